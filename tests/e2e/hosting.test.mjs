// Static hosting: the build works from a sub-path, under its Content-Security-Policy, and
// after one visit it reloads and works with the network gone.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { annotated, browser, dist, exportAs, page, serve, shownQuotes, write } from './harness.mjs';

let chrome;

before(async () => {
  chrome = await browser();
});

after(async () => {
  await chrome?.close();
});

test('served from a sub-path, as on GitHub Pages', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'standpoint-host-'));
  symlinkSync(path.resolve(dist), path.join(dir, 'standpoint'));
  const server = await serve(dir);
  try {
    const p = await page(chrome);
    const before = server.log().length;
    await p.goto(`${server.url}standpoint/`);
    await annotated(p);
    assert.ok((await shownQuotes(p)).length >= 8);
    // Every request stayed under the sub-path.
    const log = server.log().slice(before);
    assert.ok(/GET \/standpoint\/\S*_bg\.wasm /.test(log), log);
    assert.ok(!/GET \/(?!standpoint\/)\S* /.test(log), log);
    assert.deepEqual(p.errors, []);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the Content-Security-Policy allows no inline script beyond the hashed loader', async () => {
  const server = await serve();
  try {
    const p = await page(chrome);
    const violations = [];
    await p.exposeFunction('__violation', (v) => violations.push(v));
    await p.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)));
    await p.goto(server.url);
    await annotated(p);
    const csp = await p.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    const script = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    assert.ok(!script.includes("'unsafe-inline'") && !script.includes("'unsafe-eval'"), script);
    assert.ok(script.includes("'wasm-unsafe-eval'") && script.includes("'sha256-"), script);
    // An injected inline script is refused.
    await p.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
    });
    assert.equal(await p.evaluate(() => window.__injected), undefined);
    assert.ok(violations.some((v) => v.startsWith('script-src')), JSON.stringify(violations));
    assert.deepEqual(violations.filter((v) => !v.startsWith('script-src')), []);
  } finally {
    await server.close();
  }
});

test('after one visit it reloads and works with the network off', async () => {
  const server = await serve();
  const p = await page(chrome);
  await p.goto(server.url);
  await annotated(p);
  // The service worker has installed (precached everything) and controls the page.
  await p.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  await server.close();
  await p.context().setOffline(true);
  await p.reload();
  await annotated(p);
  assert.ok((await shownQuotes(p)).length >= 8, 'the sample is annotated offline');
  await write(p, '“The road is closed until Friday,” said Lars Berg, the site manager.');
  await p.waitForFunction(() => [...document.querySelectorAll('mark[data-kind]')].some((m) => m.dataset.speaker === 'Lars Berg'));
  // The file worker, started only now, comes from the cache as well.
  const [file] = await exportAs(p, 'Quotes as CSV');
  assert.match(file.text, /Lars Berg/);
  const errors = p.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e));
  assert.deepEqual(errors, []);
});
