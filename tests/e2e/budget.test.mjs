// Budgets, measured and printed (not asserted as timings): the bytes of the first page load
// (gzip), a cold load to the annotated sample, and whether re-annotating a 5,000-word
// article after an edit keeps the page answering input.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { annotated, dist, editMode, highlighted, page, root, useApp } from './harness.mjs';

const app = useApp();

test('first load: bytes (gzip) and time to the annotated sample', async () => {
  const p = await page(app.chrome);
  // What the page and its workers fetch; the service worker's own background fetches (the
  // precache for offline use) are counted apart.
  const bodies = [];
  const background = [];
  p.context().on('response', (r) => {
    const list = r.request().serviceWorker() ? background : bodies;
    list.push(r.body().then((b) => [new URL(r.url()).pathname, b]).catch(() => null));
  });
  const t0 = Date.now();
  await p.goto(app.server.url);
  await highlighted(p);
  const ms = Date.now() - t0;
  const files = new Map((await Promise.all(bodies)).filter(Boolean));
  let raw = 0;
  let gz = 0;
  const rows = [];
  for (const [name, body] of files) {
    if (name.endsWith('sw.js') || name.endsWith('.webmanifest')) continue;
    const z = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += z;
    rows.push(`${name} ${body.length} B (${z} B gzip)`);
  }
  const kinds = [...files.keys()].map((n) => path.extname(n) || '.html');
  for (const k of ['.html', '.js', '.wasm', '.css']) assert.ok(kinds.includes(k), `first load fetched no ${k}: ${[...files.keys()]}`);
  assert.ok(![...files.keys()].some((n) => n.includes('annotator')), 'the annotating worker is not part of the first load (the sample was annotated at build time)');
  assert.ok(![...files.keys()].some((n) => n.includes('files')), 'the file worker is not part of the first load');
  assert.ok(![...files.keys()].some((n) => n.includes('library')), 'nor is the library view');
  // (Their bodies are not exposed to the test; the files on disk are the same bytes.)
  const later = [...new Set((await Promise.all(background)).filter(Boolean).map(([n]) => n))]
    .filter((n) => !files.has(n) && n !== '/' && existsSync(path.join(dist, n)));
  const laterGz = later.reduce((sum, n) => sum + gzipSync(readFileSync(path.join(dist, n)), { level: 9 }).length, 0);
  const annotator = ['annotator_loader.js', 'annotator.js', 'annotator_bg.wasm']
    .reduce((sum, n) => sum + gzipSync(readFileSync(path.join(dist, n)), { level: 9 }).length, 0);
  console.log(`# the annotating worker, started once the sample is shown and the page is idle (or by the first edit): ${(annotator / 1024).toFixed(1)} KiB gzip`);
  console.log(`# then the service worker caches ${(laterGz / 1024).toFixed(1)} KiB gzip more in the background for offline use (${later.join(', ')})`);
  // Four more cold loads, each in a fresh browser context (empty caches, no service worker).
  const times = [ms];
  for (let i = 0; i < 4; i++) {
    const q = await page(app.chrome);
    const t = Date.now();
    await q.goto(app.server.url);
    await highlighted(q);
    times.push(Date.now() - t);
    await q.context().close();
  }
  times.sort((a, b) => a - b);
  console.log(`# first load: ${(gz / 1024).toFixed(1)} KiB gzip (${(raw / 1024).toFixed(1)} KiB raw) in ${rows.length} files; `
    + `cold load to annotated sample: median ${times[2]} ms of 5 (${times[0]}–${times[4]} ms)\n#   ${rows.join('\n#   ')}`);
});

test('re-annotating a 5,000-word article after an edit keeps input responsive', async () => {
  const samples = ['harbour-pact', 'water-rights', 'transit-strike']
    .map((s) => readFileSync(path.join(root, 'www', 'samples', `${s}.txt`), 'utf8').replace(/^date .*\n/, ''));
  let article = '';
  while (article.split(/\s+/).length < 5000) article += `${samples.join('\n\n')}\n\n`;
  const p = await page(app.chrome);
  await p.goto(app.server.url);
  await annotated(p);
  await editMode(p);
  const box = p.getByLabel('Article text');
  await box.fill(article);
  await annotated(p);
  await p.waitForFunction(() => document.querySelectorAll('mark[data-kind]').length > 100);
  // Watch the main thread while an edit is re-annotated and typing goes on.
  await p.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    window.__lag = [];
    document.querySelector('#article-text').addEventListener('keydown', (e) => window.__lag.push(performance.now() - e.timeStamp));
  });
  await box.press('End');
  const seq = Number(await p.getAttribute('.status', 'data-seq'));
  await box.type(' More words typed while the article is annotated again.', { delay: 15 });
  await p.waitForFunction((s) => Number(document.querySelector('.status').dataset.seq) > s
    && document.querySelector('section.reader').getAttribute('aria-busy') === 'false', seq, { timeout: 30000 });
  await p.waitForTimeout(200);
  const { long, lag } = await p.evaluate(() => ({ long: window.__long, lag: window.__lag }));
  const value = await box.inputValue();
  assert.ok(value.endsWith('annotated again.'), 'every typed key arrived');
  const max = (xs) => (xs.length ? Math.max(...xs) : 0);
  const core = await p.getAttribute('.status', 'data-elapsed-ms');
  console.log(`# 5,000-word re-annotation: core ${Number(core).toFixed(1)} ms in the worker; main thread's longest task ${max(long).toFixed(0)} ms `
    + `(${long.length} over 50 ms); longest key-to-handler delay ${max(lag).toFixed(0)} ms over ${lag.length} keys`);
});
