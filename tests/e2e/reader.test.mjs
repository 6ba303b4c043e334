// The reader end to end: the sample is annotated on load (as annotated at build time; the
// annotating worker starts once the page is idle); pasting an article shows its
// quotes with their speakers; layers draw quotes, actors, stances and dates, nested
// correctly and never by colour alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotated, open, page, pasteFrost, shownQuotes, useApp } from './harness.mjs';

const app = useApp();

test('the sample article is annotated on load', async () => {
  const p = await page(app.chrome);
  const workers = [];
  p.on('request', (r) => { if (r.url().includes('annotator')) workers.push(Date.now()); });
  const t0 = Date.now();
  await p.goto(app.server.url);
  await annotated(p);
  const loadMs = Date.now() - t0;
  // Shown as annotated when the app was built: no time in the core, no worker yet ...
  assert.equal(await p.$eval('.status', (s) => s.dataset.elapsedMs), '');
  assert.equal(workers.length, 0, 'the annotating worker is not needed to show the sample');
  // ... which starts by itself once the page is idle, ready for the first edit.
  await p.waitForRequest((r) => r.url().endsWith('/annotator_bg.wasm'), { timeout: 10000 });
  const quotes = await shownQuotes(p);
  assert.ok(quotes.length >= 8, `expected the sample's quotes, got ${quotes.length}`);
  const speakers = quotes.filter(([, kind]) => kind === 'direct').map(([, , s]) => s);
  assert.ok(speakers.includes('Ana Ruiz'), `speakers: ${speakers}`);
  assert.ok(speakers.includes('Tomas Keller'), `speakers: ${speakers}`);
  // The speaker is named in text beside the quote, not by colour alone.
  const labels = await p.$$eval('.speaker-label', (ls) => ls.map((l) => l.textContent));
  assert.ok(labels.includes('Ana Ruiz'), `labels: ${labels}`);
  assert.deepEqual(p.errors, []);
  console.log(`# cold load to annotated sample: ${loadMs} ms`);
});

test('pasting an article shows its quotes and speakers', async () => {
  const p = await open(app.chrome, app.server.url);
  await pasteFrost(p);
  assert.deepEqual(p.errors, []);
});

test('layers: kinds, nesting, stance icons and words, dates; each can be switched off', async () => {
  const p = await open(app.chrome, app.server.url);
  const kinds = await p.$$eval('mark[data-kind]', (ms) => [...new Set(ms.map((m) => m.dataset.kind))].sort());
  assert.deepEqual(kinds, ['direct', 'indirect', 'mixed']);
  // Kinds differ by more than colour: each has its own underline style.
  const styles = await p.$$eval('mark[data-kind]', (ms) => Object.fromEntries(ms.map((m) => [m.dataset.kind, getComputedStyle(m).borderBottomStyle])));
  assert.equal(new Set(Object.values(styles)).size, 3, JSON.stringify(styles));
  // An actor's name inside a quote is a mention nested in the quote's mark.
  assert.ok(await p.$('mark[data-kind] .mention'), 'a mention nested in a quote');
  // By default the page is calm: quotes and stances. Mentions are quiet (no underline, no
  // Tab stop) until hovered or their actor is selected; dates are off.
  assert.equal(await p.$('article time.date'), null, 'dates are off by default');
  const transparent = 'rgba(0, 0, 0, 0)';
  const quiet = await p.$eval('article .mention', (m) => [m.classList.contains('quiet'), m.tabIndex, getComputedStyle(m).borderBottomColor]);
  assert.ok(quiet[0] && quiet[1] === -1 && quiet[2] === transparent, JSON.stringify(quiet));
  const first = p.locator('article .mention').first();
  await first.hover();
  assert.notEqual(await first.evaluate((m) => getComputedStyle(m).borderBottomColor), transparent, 'a hovered mention is underlined');
  // With the actors layer on every mention is underlined, a Tab stop, and names its actor on
  // hover and focus.
  await p.getByRole('checkbox', { name: 'Actors' }).check();
  const mention = await p.$eval('article .mention', (m) => [m.getAttribute('title'), m.tabIndex, m.dataset.name, m.classList.contains('quiet')]);
  assert.ok(mention[0] && mention[1] === 0 && mention[0].startsWith(mention[2]) && !mention[3], JSON.stringify(mention));
  // Stance cues say their polarity in an icon and a word.
  const cue = await p.$eval('article [data-stance]', (s) => [s.dataset.stance, getComputedStyle(s, '::before').content, s.textContent]);
  const icon = { support: '▲', oppose: '▼', neutral: '●' }[cue[0]];
  assert.ok(cue[1].includes(icon), JSON.stringify(cue));
  assert.ok(cue[2].includes(`(${cue[0]})`), JSON.stringify(cue));
  await p.getByRole('checkbox', { name: 'Dates' }).check();
  assert.ok(await p.$('article time.date[datetime]'), 'dates are marked');
  for (const [name, selector] of [['Quotes', 'article mark[data-kind]'], ['Actors', 'article .mention:not(.quiet)'], ['Stances', 'article [data-stance]'], ['Dates', 'article time.date']]) {
    await p.getByRole('checkbox', { name }).uncheck();
    assert.equal(await p.$(selector), null, `${name} layer off`);
    await p.getByRole('checkbox', { name }).check();
    assert.ok(await p.$(selector), `${name} layer on`);
  }
  assert.deepEqual(p.errors, []);
});
