// Across the library: three of our sample articles and one article of ours saved; the actor
// page (the same person joined across articles, a passage opened from it), the voices table
// and chart with its CSV, and two articles compared; all again after a reload. The view is a
// wasm of its own, fetched only when it opens.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotated, downloads, page, pasteAnywhere, showing, useApp } from './harness.mjs';

const app = useApp();

const DELAY = [
  'Harbour Pact Vote Delayed',
  '',
  'Ana Ruiz, the port director, said she now opposes the Harbour Pact. “The pact needs more work,” Ana Ruiz said on Tuesday.',
  '',
  'Critics welcomed the delay.',
].join('\n');

async function save(p, count) {
  await p.getByRole('button', { name: 'Save to library' }).click();
  await p.waitForFunction((n) => document.querySelectorAll('#library li').length === n, count);
}

async function saveFour(p) {
  await save(p, 1); // the first sample, shown at start
  for (const [i, slug] of [['water-rights', 2], ['transit-strike', 3]].map(([s, n]) => [n, s])) {
    await p.selectOption('#sample-picker', slug);
    await p.waitForFunction(() => document.querySelector('section.reader')?.getAttribute('aria-busy') === 'false');
    await save(p, i);
  }
  // Pasted outside the editor: a new article, not an edit of the one saved last.
  await pasteAnywhere(p, DELAY);
  await showing(p, 'Harbour Pact Vote Delayed');
  await save(p, 4);
}

async function openAcross(p) {
  await p.getByRole('button', { name: 'Across the library' }).click();
  await p.getByRole('tab', { name: 'Actors' }).waitFor();
}

test('actors, voices and a comparison across saved articles, after a reload too', async () => {
  const p = await page(app.chrome);
  const fetched = [];
  p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await p.goto(app.server.url);
  await annotated(p);
  await saveFour(p);
  assert.ok(!fetched.some((f) => f.includes('library')), 'nothing of the library view loads before it opens');
  await openAcross(p);
  assert.ok(fetched.includes('/library_bg.wasm'), 'its own wasm loads when it opens');

  // The actor index: Ana Ruiz once, in two articles; the search finds her by a quoted word.
  const ruiz = p.locator('.actor-list li[data-actor-name="Ana Ruiz"]');
  assert.equal(await ruiz.count(), 1);
  assert.match(await ruiz.textContent(), /person · 2 articles · \d+ quotes/);
  await p.getByLabel('Search actors and quoted words').fill('needs more work');
  assert.deepEqual(await p.locator('.actor-list li').evaluateAll((ls) => ls.map((l) => l.dataset.actorName)), ['Ana Ruiz']);
  await p.getByLabel('Search actors and quoted words').fill('');
  await ruiz.getByRole('button').click();
  const actorPage = p.getByRole('region', { name: 'Ana Ruiz' });
  assert.equal(await actorPage.locator('h4 + ul > li').first().locator('button').count(), 1);
  const stances = await actorPage.locator('ol > li').evaluateAll((ls) => ls.map((l) => l.dataset.stance));
  assert.ok(stances.includes('support') && stances.includes('oppose'), JSON.stringify(stances));
  // A quote opens its article with the quote selected.
  const quote = actorPage.locator('.across-quote').filter({ hasText: 'needs more work' });
  await quote.getByRole('button').click();
  await showing(p, 'Harbour Pact Vote Delayed');
  const selected = p.locator('article mark[data-selected="true"]').first();
  await selected.waitFor();
  assert.equal(await selected.getAttribute('data-speaker'), 'Ana Ruiz');
  assert.ok((await selected.textContent()).includes('needs more work'));

  // Voices: one row per article and the total; the chart described for screen readers; CSV.
  await openAcross(p);
  await p.getByRole('tab', { name: 'Voices' }).click();
  const rows = p.locator('.voices-table tbody tr');
  assert.equal(await rows.count(), 5);
  assert.equal(await rows.last().locator('th').textContent(), 'All selected');
  const chart = p.getByRole('img', { name: /Share of quoted words by kind of source/ });
  assert.equal(await chart.locator('g').count(), 5);
  assert.match(await chart.locator('desc').textContent(), /Named people \d+%/);
  const [csv] = await downloads(p, 1, () => p.getByRole('button', { name: 'Export voices as CSV' }).click());
  const lines = csv.text.trim().split(/\r?\n/);
  assert.equal(lines.length, 6, csv.text);
  assert.ok(lines[0].startsWith('article,title,quoted_words,named,anonymous'));
  assert.ok(lines[5].startsWith('total,'));
  // Leaving an article out of the selection drops its row.
  await p.locator('.picks label').first().locator('input').uncheck();
  assert.equal(await rows.count(), 4);

  // Compare the first sample with our article: Ana Ruiz in both, her position differs.
  await p.getByRole('tab', { name: 'Compare two' }).click();
  await p.selectOption('#compare-0', { label: 'Coastal States Split Over Harbour Pact as Vote Nears' });
  await p.selectOption('#compare-1', { label: 'Harbour Pact Vote Delayed' });
  await p.locator('.compare-table tr[data-actor-name="Ana Ruiz"]').waitFor();
  const diff = p.locator('.differences .difference').filter({ hasText: 'Ana Ruiz' });
  await diff.waitFor();
  assert.match(await diff.textContent(), /▲ support in the first, ▼ oppose in the second/);
  // The tabs answer the arrow keys.
  await p.getByRole('tab', { name: 'Compare two' }).focus();
  await p.keyboard.press('ArrowLeft');
  assert.equal(await p.getByRole('tab', { name: 'Voices' }).getAttribute('aria-selected'), 'true');

  // After a reload the library and the view are the same.
  await p.reload();
  await annotated(p);
  await p.waitForFunction(() => document.querySelectorAll('#library li').length === 4);
  await openAcross(p);
  assert.equal(await p.locator('.actor-list li[data-actor-name="Ana Ruiz"]').count(), 1);
  await p.getByRole('button', { name: 'Back to the article' }).click();
  await p.locator('article.article').waitFor();
  assert.deepEqual(p.errors, []);
});
