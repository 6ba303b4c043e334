// The one-file app (dist/standpoint.html, built by `./x dist`): opened from file:// with the
// network blocked it annotates a pasted article like the hosted build, says plainly what a
// file cannot do, exports, and stays within 1.5 times what the hosted app downloads (gzip): its
// first load and the file worker, which reads saved pages and writes exports and which the
// hosted app fetches on first use, while the one file must carry it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { annotated, browser, dist, exportAs, page, pasteFrost } from './harness.mjs';

const single = path.join(dist, 'standpoint.html');
let chrome;

before(async () => {
  assert.ok(existsSync(single), `${single} is missing: run ./x dist`);
  chrome = await browser();
});

after(async () => {
  await chrome?.close();
});

/** A page on the one-file app with every network request refused. */
async function offlinePage() {
  const p = await page(chrome);
  await p.context().route(/^https?:/, (route) => route.abort());
  await p.context().setOffline(true);
  await p.goto(pathToFileURL(single).href);
  await annotated(p);
  return p;
}

test('from file:// with no network: paste an article, see quotes and speakers', async () => {
  const p = await offlinePage();
  const quotes = await pasteFrost(p);
  // Panels and exports work as in the hosted app.
  assert.equal(await p.getByRole('region', { name: 'Quotes', exact: true }).locator('button.quote-item').count(), quotes.length);
  const [csv] = await exportAs(p, 'Quotes as CSV');
  assert.match(csv.text, /Greta Holm/);
  // What a file cannot do is said plainly.
  assert.match(await p.textContent('.file-note'), /service worker/);
  // The library view starts from its Blob like the workers.
  await p.getByRole('button', { name: 'Save to library' }).click();
  await p.waitForFunction(() => document.querySelectorAll('#library li').length === 1);
  await p.getByRole('button', { name: 'Across the library' }).click();
  await p.locator('.actor-list li[data-actor-name="Greta Holm"]').waitFor();
  assert.deepEqual(p.errors, []);
});

test('its policy: hashed inline script and style only, wasm, Blob workers and the library view from a Blob', async () => {
  const html = readFileSync(single, 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1].replaceAll('&#x27;', "'");
  const script = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.match(script, /^script-src 'wasm-unsafe-eval' blob: 'sha256-[A-Za-z0-9+/=]+'$/);
  assert.ok(!csp.includes('unsafe-inline'), csp);
  assert.ok(csp.includes("worker-src blob:"), csp);
  // Every executable script is inline and covered; nothing is fetched.
  assert.doesNotMatch(html, /<script[^>]+src=/);
  assert.doesNotMatch(html, /<link[^>]+href="(?!data:)/);
});

test('size: raw and gzip, within 1.5 times the hosted first load, workers and library view', () => {
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const mainJs = index.match(/from '\.\/([^']+\.js)'/)[1];
  const firstLoad = ['index.html', mainJs, mainJs.replace(/\.js$/, '_bg.wasm'),
    ...readdirSync(dist).filter((f) => /^style-.*\.css$|^icon-.*\.svg$/.test(f))];
  const sum = (files) => files.reduce((total, f) => total + gz(readFileSync(path.join(dist, f))), 0);
  const hosted = sum(firstLoad);
  const annotator = sum(['annotator_loader.js', 'annotator.js', 'annotator_bg.wasm']);
  const filer = sum(['files_loader.js', 'files.js', 'files_bg.wasm']);
  const library = sum(['library.js', 'library_bg.wasm', 'library-boot.js']);
  const bytes = readFileSync(single);
  const ratio = gz(bytes) / (hosted + annotator + filer + library);
  console.log(`# standpoint.html: ${(bytes.length / 1024).toFixed(1)} KiB raw, ${(gz(bytes) / 1024).toFixed(1)} KiB gzip; `
    + `hosted first load ${(hosted / 1024).toFixed(1)} KiB gzip, annotating worker ${(annotator / 1024).toFixed(1)} KiB gzip, file worker ${(filer / 1024).toFixed(1)} KiB gzip, `
    + `library view ${(library / 1024).toFixed(1)} KiB gzip; ratio ${ratio.toFixed(2)}`);
  assert.ok(ratio <= 1.5, `standpoint.html is ${ratio.toFixed(2)} times the hosted first load, workers and library view`);
});
