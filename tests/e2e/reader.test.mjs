// The reader end to end: the sample is annotated on load; pasting an article shows its
// quotes with their speakers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { annotated, browser, page, serve } from './harness.mjs';

let server;
let chrome;

before(async () => {
  server = await serve();
  chrome = await browser();
});

after(async () => {
  await chrome?.close();
  await server?.close();
});

test('the sample article is annotated on load', async () => {
  const p = await page(chrome);
  const t0 = Date.now();
  await p.goto(server.url);
  await annotated(p);
  const loadMs = Date.now() - t0;
  const quotes = await p.$$('mark[data-kind]');
  assert.ok(quotes.length >= 8, `expected the sample's quotes, got ${quotes.length}`);
  const speakers = await p.$$eval('mark[data-kind="direct"]', (ms) => ms.map((m) => m.dataset.speaker));
  assert.ok(speakers.includes('Ana Ruiz'), `speakers: ${speakers}`);
  assert.ok(speakers.includes('Tomas Keller'), `speakers: ${speakers}`);
  // The speaker is named in text beside the quote, not by colour alone.
  const labels = await p.$$eval('.speaker-label', (ls) => ls.map((l) => l.textContent));
  assert.ok(labels.includes('Ana Ruiz'), `labels: ${labels}`);
  assert.deepEqual(p.errors, []);
  console.log(`# cold load to annotated sample: ${loadMs} ms`);
});

test('pasting an article shows its quotes and speakers', async () => {
  const p = await page(chrome);
  await p.goto(server.url);
  await annotated(p);
  const article = [
    'Orchard Growers Face Early Frost',
    '',
    '“We lost half the blossoms in one night,” said Greta Holm, who farms near the lake.',
    '',
    'The regional agriculture office said it would offer emergency loans to growers.',
  ].join('\n');
  await p.getByLabel('Article text').fill(article);
  await p.waitForFunction(() => [...document.querySelectorAll('mark[data-kind]')]
    .some((m) => m.dataset.speaker === 'Greta Holm'), null, { timeout: 10000 });
  const direct = await p.$eval('mark[data-kind="direct"]', (m) => [m.textContent, m.dataset.speaker]);
  assert.deepEqual(direct, ['We lost half the blossoms in one night,', 'Greta Holm']);
  const indirect = await p.$$eval('mark[data-kind="indirect"]', (ms) => ms.map((m) => m.textContent));
  assert.ok(indirect.some((t) => t.startsWith('it would offer emergency loans')), `indirect: ${indirect}`);
  assert.deepEqual(p.errors, []);
});
