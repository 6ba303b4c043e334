// Annotation time in the browser: a 1,000-word article of our own, annotated in the worker
// ten times after one warm-up; prints the median of the core's time and of the round trip.
import { annotated, browser, page, serve, write } from './harness.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './harness.mjs';

const samples = ['harbour-pact', 'water-rights', 'transit-strike']
  .map((s) => readFileSync(path.join(root, 'www', 'samples', `${s}.txt`), 'utf8'));
// Bodies without their metadata lines, joined, cut to 1,000 words.
const words = samples.map((t) => t.replace(/^date .*\n/, '')).join('\n\n').split(/(\s+)/);
let article = '';
let count = 0;
for (const w of words) {
  if (/\S/.test(w)) count += 1;
  if (count > 1000) break;
  article += w;
}

const server = await serve();
const chrome = await browser();
try {
  const p = await page(chrome);
  await p.goto(server.url);
  await annotated(p);
  const core = [];
  const trip = [];
  for (let i = 0; i < 11; i++) {
    const text = `${article}\n\nRun ${i}.`;
    const t0 = Date.now();
    await write(p, text);
    await p.waitForFunction((n) => document.querySelector('.status')?.dataset.seq === String(n)
      && document.querySelector('section.reader')?.getAttribute('aria-busy') === 'false', i + 2, { timeout: 20000 });
    const ms = await p.$eval('.status', (s) => Number(s.dataset.elapsedMs));
    if (i > 0) {
      core.push(ms);
      trip.push(Date.now() - t0);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`1,000-word article in headless Chromium: core ${median(core).toFixed(2)} ms (median of ${core.length}), `
    + `edit-to-highlight round trip ${median(trip)} ms (includes the ${250} ms typing pause)`);
} finally {
  await chrome.close();
  await server.close();
}
