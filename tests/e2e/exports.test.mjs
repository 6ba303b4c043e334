// Exports download the right content, and importing a JSON export restores the article and
// its annotations exactly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleShape, exportAs, open, openFile, showing, shownQuotes, useApp, write } from './harness.mjs';

const app = useApp();

/** An article of our own with characters outside the Basic Multilingual Plane before its
 * quotes, so code-point and UTF-16 offsets differ. */
const ASTRAL = [
  'Festival Crowds Return 🎉 to the Old Harbour',
  '',
  'Thousands came back to the harbour festival 🎆🎆 on Saturday after two quiet years.',
  '',
  '“It finally feels like summer again,” said Ines Varga, who sells grilled fish by the pier.',
  '',
  'The harbour master, Rolf Eide, said the crowds were the largest since 2019.',
].join('\n');

/** Splits CSV text into rows of fields (RFC 4180 quoting). */
function csv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const codePoints = (text, s, e) => [...text].slice(s, e).join('');

test('JSON: the document with its text, matching what the reader shows', async () => {
  const p = await open(app.chrome, app.server.url);
  const [file] = await exportAs(p, 'JSON');
  assert.match(file.name, /^coastal-states-split-over-harbour-pact[a-z-]*\.standpoint\.json$/);
  const doc = JSON.parse(file.text);
  assert.equal(doc.text, await p.inputValue('#article-text'));
  const shown = await shownQuotes(p);
  assert.equal(doc.quotes.length, shown.length);
  const speakers = doc.quotes.map((q) => doc.actors.find((a) => a.id === q.speaker)?.name ?? '');
  assert.deepEqual(speakers, shown.map(([, , s]) => s));
  assert.deepEqual(p.errors, []);
});

test('Web Annotation: every target has quote and position selectors in code points', async () => {
  const p = await open(app.chrome, app.server.url);
  await write(p, ASTRAL);
  await p.waitForFunction(() => [...document.querySelectorAll('mark[data-kind]')].some((m) => m.dataset.speaker === 'Ines Varga'));
  const [file] = await exportAs(p, 'Web Annotation');
  assert.match(file.name, /\.annotations\.jsonld$/);
  const collection = JSON.parse(file.text);
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  const items = collection.first.items;
  assert.equal(collection.total, items.length);
  assert.ok(items.some((a) => a.motivation === 'assessing' || a.body?.[0]?.value?.endsWith('quote')));
  let checked = 0;
  for (const a of items) {
    for (const target of [a.target].flat()) {
      const quote = target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = target.selector.find((s) => s.type === 'TextPositionSelector');
      assert.ok(quote && position, JSON.stringify(target));
      assert.equal(codePoints(ASTRAL, position.start, position.end), quote.exact);
      checked += 1;
    }
  }
  assert.ok(checked >= 4, `checked ${checked} targets`);
  const quote = items.find((a) => [a.body].flat().some((b) => b.value === 'Ines Varga'));
  assert.ok(quote, 'the direct quote names its speaker');
  assert.deepEqual(p.errors, []);
});

test('brat: the .txt is the text and every .ann offset matches it', async () => {
  const p = await open(app.chrome, app.server.url);
  await write(p, ASTRAL);
  await p.waitForFunction(() => [...document.querySelectorAll('mark[data-kind]')].some((m) => m.dataset.speaker === 'Ines Varga'));
  const files = await exportAs(p, 'brat', 2);
  const txt = files.find((f) => f.name.endsWith('.txt'));
  const ann = files.find((f) => f.name.endsWith('.ann'));
  assert.ok(txt && ann, files.map((f) => f.name).join(', '));
  assert.equal(txt.name.replace(/\.txt$/, ''), ann.name.replace(/\.ann$/, ''));
  assert.equal(txt.text, ASTRAL);
  const lines = ann.text.trim().split('\n');
  const tb = lines.filter((l) => l.startsWith('T'));
  assert.ok(tb.length >= 4 && lines.some((l) => l.startsWith('R')), ann.text);
  for (const line of tb) {
    const [, typed, shown] = line.split('\t');
    const frags = typed.slice(typed.indexOf(' ') + 1).split(';').map((f) => f.split(' ').map(Number));
    assert.equal(frags.map(([s, e]) => codePoints(ASTRAL, s, e)).join(' '), shown, line);
  }
  assert.deepEqual(p.errors, []);
});

test('CSV: one row per quote with its speaker; the stance matrix', async () => {
  const p = await open(app.chrome, app.server.url);
  const [file] = await exportAs(p, 'Quotes as CSV');
  assert.match(file.name, /\.quotes\.csv$/);
  const rows = csv(file.text);
  assert.deepEqual(rows[0], ['id', 'kind', 'speaker', 'speaker_kind', 'content', 'cue', 'source', 'start', 'end']);
  const shown = await shownQuotes(p);
  assert.equal(rows.length - 1, shown.length);
  assert.deepEqual(rows.slice(1).map((r) => [r[1], r[2]]), shown.map(([, k, s]) => [k, s]));
  const [matrix] = await exportAs(p, 'Stance matrix');
  const m = csv(matrix.text);
  assert.ok(m.length >= 2 && m[0].length >= 2, matrix.text);
  const cells = await p.$$eval('#stances button.cell', (cs) => cs.length);
  assert.ok(cells > 0);
  assert.deepEqual(p.errors, []);
});

test('CSV: a cell a spreadsheet would run as a formula is kept as text', async () => {
  const p = await open(app.chrome, app.server.url);
  await write(p, 'Harbour Vote\n\n“=HYPERLINK(1),” said Bo Li on Monday.');
  await showing(p, 'Harbour Vote');
  const [file] = await exportAs(p, 'Quotes as CSV');
  const rows = csv(file.text);
  assert.equal(rows[1][4], "'=HYPERLINK(1),", file.text);
  assert.deepEqual(p.errors, []);
});

test('importing a JSON export restores the article and its annotations exactly', async () => {
  const p = await open(app.chrome, app.server.url);
  const text = await p.inputValue('#article-text');
  const article = await articleShape(p);
  const [file] = await exportAs(p, 'JSON');
  // Another article in between.
  await p.selectOption('#sample-picker', 'water-rights');
  await p.waitForFunction((t) => document.querySelector('#article-text').value !== t, text);
  await showing(p, 'date');
  await openFile(p, { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await showing(p, text.slice(0, 40));
  assert.equal(await p.inputValue('#article-text'), text);
  assert.equal(await articleShape(p), article);
  assert.match(await p.textContent('.notice'), /Imported/);
  assert.deepEqual(p.errors, []);
});
