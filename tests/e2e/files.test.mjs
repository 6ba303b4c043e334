// Opening articles: a text file, a Markdown file, a saved web page (title and body text
// only, its scripts never run), a dropped file, and a file that is not an article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editMode, fixture, open, openFile, showing, shownQuotes, useApp, write } from './harness.mjs';

const app = useApp();

test('a .txt file', async () => {
  const p = await open(app.chrome, app.server.url);
  await openFile(p, fixture('frost.txt'));
  await showing(p, 'Orchard Growers Face Early Frost');
  const quotes = await shownQuotes(p);
  assert.deepEqual(quotes[0], ['We lost half the blossoms in one night,', 'direct', 'Greta Holm']);
  assert.match(await p.textContent('.notice'), /Opened/);
  assert.deepEqual(p.errors, []);
});

test('a .md file: markup does not hide the speakers', async () => {
  const p = await open(app.chrome, app.server.url);
  await openFile(p, fixture('ferry.md', 'text/markdown'));
  await showing(p, '# Island Ferry Timetable Cut Again');
  assert.equal(await p.textContent('.article-title'), 'Island Ferry Timetable Cut Again');
  const speakers = (await shownQuotes(p)).map(([, , s]) => s);
  assert.deepEqual(speakers, ['Owen Tarrant', 'ferry operator', 'Mira Solberg']);
  assert.deepEqual(p.errors, []);
});

test('a saved web page: its title and article text, never its markup or scripts', async () => {
  const p = await open(app.chrome, app.server.url);
  await openFile(p, fixture('library-vote.html', 'text/html'));
  await showing(p, 'Town Keeps Its Library Open After Close Vote');
  const text = await p.inputValue('#article-text');
  for (const absent of ['<', 'Home', 'Sport', 'Copyright', 'font-family', '__fixture']) {
    assert.ok(!text.includes(absent), `the article text holds ${absent}: ${text}`);
  }
  assert.ok(text.includes('“A library that is shut on Saturday is a library for nobody,” said Hana Ostrova'), text);
  const ran = await p.evaluate(() => [window.__fixtureScriptRan, window.__fixtureImageRan, document.title]);
  assert.deepEqual(ran, [undefined, undefined, 'Standpoint']);
  const speakers = (await shownQuotes(p)).map(([, , s]) => s);
  assert.deepEqual(speakers, ['Hana Ostrova', 'Piet Lund']);
  assert.deepEqual(p.errors, []);
});

test('a dropped file opens like a picked one', async () => {
  const p = await open(app.chrome, app.server.url);
  const { buffer } = fixture('ferry.md');
  const transfer = await p.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'ferry.md', { type: 'text/markdown' }));
    return dt;
  }, buffer.toString('utf8'));
  await p.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  await p.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await showing(p, '# Island Ferry Timetable Cut Again');
  assert.ok((await shownQuotes(p)).some(([, , s]) => s === 'Owen Tarrant'));
  assert.deepEqual(p.errors, []);
});

test('a file that is not an article or an export is refused with a reason', async () => {
  const p = await open(app.chrome, app.server.url);
  const before = await p.inputValue('#article-text');
  await openFile(p, { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await p.waitForFunction(() => /not a Standpoint export/.test(document.querySelector('.notice')?.textContent));
  assert.equal(await p.inputValue('#article-text'), before);
  assert.deepEqual(p.errors, []);
});

/** Saves the article shown to the library and waits until the list shows it. */
async function saveShown(p) {
  await p.getByRole('button', { name: 'Save to library' }).click();
  await p.waitForFunction(() => document.querySelectorAll('#library li').length === 1);
}

/** Waits for a notice matching `re`, then checks the article shown and the library are as
 * they were. */
async function refusedAndKept(p, re, before) {
  await p.waitForFunction((s) => new RegExp(s).test(document.querySelector('.notice')?.textContent), re.source);
  assert.equal(await p.inputValue('#article-text'), before);
  assert.equal(await p.$$eval('#library li', (ls) => ls.length), 1);
  assert.ok(await p.$('section.reader article.article'), 'the annotated article is still shown');
}

test('a file that is not text is refused, and nothing shown or saved is lost', async () => {
  const p = await open(app.chrome, app.server.url);
  await saveShown(p);
  const before = await p.inputValue('#article-text');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]);
  await openFile(p, { name: 'photo.png', mimeType: 'image/png', buffer: png });
  await refusedAndKept(p, /photo\.png is not a text file/, before);
  // A binary file with a text name is refused too.
  await openFile(p, { name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64)]) });
  await refusedAndKept(p, /report\.txt is not a text file/, before);
  assert.deepEqual(p.errors, []);
});

test('an article of 5 MB or more, opened or pasted, is refused; nothing shown or saved is lost', async () => {
  const p = await open(app.chrome, app.server.url);
  await saveShown(p);
  const before = await p.inputValue('#article-text');
  const big = 'The council met again on Monday. '.repeat(Math.ceil(5_000_000 / 33));
  await openFile(p, { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
  await refusedAndKept(p, /huge\.txt is 5\.0 MB; Standpoint reads articles under 5 MB/, before);
  await write(p, big);
  await refusedAndKept(p, /The article text is 5\.0 MB/, before);
  // The editor still works afterwards.
  await write(p, '“We agree,” said Ana Ruiz.');
  await showing(p, '“We agree,”');
  assert.deepEqual(p.errors, []);
});

test('a saved page in a legacy encoding: its text decoded, its date dating "on Tuesday"', async () => {
  const p = await open(app.chrome, app.server.url);
  const head = '<html><head><meta charset="windows-1252"><meta property="article:published_time" content="2026-03-06T10:00:00Z">'
    + '<title>Caf\xe9 Owners Win Terrace Appeal</title></head><body><article>';
  const body = '<p>\x93We can finally serve outside again,\x94 said Lena Korhonen, who runs the caf\xe9 on the square, after the appeal was decided on Tuesday.</p>'
    + '<p>The council had refused the terrace permit in January, citing noise from late opening hours in the narrow street.</p>';
  const buffer = Buffer.from(head + body + '</article></body></html>', 'latin1');
  await openFile(p, { name: 'terrace.html', mimeType: 'text/html', buffer });
  await showing(p, 'Café Owners Win Terrace Appeal');
  assert.ok((await p.inputValue('#article-text')).includes('“We can finally serve outside again,” said Lena Korhonen'));
  await p.waitForFunction(() => [...document.querySelectorAll('#timeline time')].some((t) => t.getAttribute('datetime') === '2026-03-03'));
  assert.deepEqual(p.errors, []);
});

test('a saved page\'s figure caption is shown and never read as a quote', async () => {
  const p = await open(app.chrome, app.server.url);
  const page = '<html><head><meta charset="utf-8"><title>Mill Roof Repairs Begin</title></head><body><article><h1>Mill Roof Repairs Begin</h1>'
    + '<p>Work on the old mill began on Monday after a decade in which the building stood empty and its roof let in the rain.</p>'
    + '<figure><img src="mill.jpg" alt=""><figcaption>“We will rebuild the mill,” said Mayor Ada Lind at the site.</figcaption></figure>'
    + '<p>“The roof comes first, then the floors,” said Ines Moreau, who leads the residents\' group that campaigned for the repairs.</p>'
    + '</article></body></html>';
  await openFile(p, { name: 'mill.html', mimeType: 'text/html', buffer: Buffer.from(page, 'utf-8') });
  await showing(p, 'Mill Roof Repairs Begin');
  const caption = await p.textContent('#article p.caption');
  assert.equal(caption, '“We will rebuild the mill,” said Mayor Ada Lind at the site.');
  const speakers = (await shownQuotes(p)).map(([, , s]) => s);
  assert.deepEqual(speakers, ['Ines Moreau']);
  // Saved, and opened again from the library after another article: still a caption.
  await p.getByRole('button', { name: 'Save to library' }).click();
  await p.waitForFunction(() => document.querySelectorAll('#library li').length === 1);
  await p.selectOption('#sample-picker', 'water-rights');
  await p.waitForFunction(() => !document.querySelector('#article p.caption'));
  await p.locator('#library li button.link').click();
  await showing(p, 'Mill Roof Repairs Begin');
  await p.waitForFunction(() => document.querySelector('section.reader')?.getAttribute('aria-busy') === 'false');
  assert.equal(await p.textContent('#article p.caption'), '“We will rebuild the mill,” said Mayor Ada Lind at the site.');
  assert.deepEqual((await shownQuotes(p)).map(([, , s]) => s), ['Ines Moreau']);
  assert.deepEqual(p.errors, []);
});

test('rich text pasted from a web page keeps its paragraphs, never its markup', async () => {
  const p = await open(app.chrome, app.server.url);
  await editMode(p);
  await p.getByLabel('Article text').fill('');
  await p.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/html', '<meta charset="utf-8"><h1>Pier Reopens</h1><p>“It is safe again,” said Omar Haddad.</p><script>window.__pasteRan = 1</script><p>Repairs took <b>six</b> weeks.</p>');
    dt.setData('text/plain', 'Pier Reopens “It is safe again,” said Omar Haddad. Repairs took six weeks.');
    document.querySelector('#article-text').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await showing(p, 'Pier Reopens');
  assert.equal(await p.inputValue('#article-text'), 'Pier Reopens\n\n“It is safe again,” said Omar Haddad.\n\nRepairs took six weeks.');
  assert.equal(await p.evaluate(() => window.__pasteRan), undefined);
  assert.ok((await shownQuotes(p)).some(([, , s]) => s === 'Omar Haddad'));
  assert.deepEqual(p.errors, []);
});
