// Shared set-up for the browser tests: a static server over the release build and
// Debian's Chromium driven by playwright-core. Nothing is downloaded.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const dist = process.env.STANDPOINT_DIST || path.join(root, 'dist');

/** A free TCP port on 127.0.0.1. */
async function freePort() {
  const srv = createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address();
  srv.close();
  await once(srv, 'close');
  return port;
}

/** Serves `dir` with Python's static server (it sends application/wasm). */
export async function serve(dir = dist) {
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  proc.stderr.on('data', (d) => { log += d; });
  // Wait until it answers.
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    log: () => log,
    async close() {
      proc.kill();
      await once(proc, 'exit').catch(() => {});
    },
  };
}

/** Launches headless Chromium with the flags this machine needs. */
export async function browser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** The set-up most test files share: the release build served and Chromium started before
 * the file's tests, both closed after them. `server` and `chrome` are set once they run. */
export function useApp() {
  const app = { server: null, chrome: null };
  before(async () => {
    app.server = await serve();
    app.chrome = await browser();
  });
  after(async () => {
    await app.chrome?.close();
    await app.server?.close();
  });
  return app;
}

/** A new page that fails the test on any uncaught page error. */
export async function page(b, options = {}) {
  const context = await b.newContext(options);
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  p.errors = errors;
  return p;
}

/** Waits until the reader shows a finished annotation: the highlighted article. */
export async function highlighted(p) {
  // (Attached: in edit mode the article is drawn behind the text area.)
  await p.waitForSelector('section.reader[aria-busy="false"] article.article', { state: 'attached', timeout: 20000 });
}

/** Waits until the annotated article and its panels are drawn (the panels come a frame after
 * the article on the first annotation). */
export async function annotated(p) {
  await highlighted(p);
  // (Attached, not visible: on a phone the tab bar shows one panel at a time.)
  await p.waitForSelector('#timeline', { state: 'attached', timeout: 20000 });
}

/** Switches the reader to edit mode (the text area in the article's place), if it is not. */
export async function editMode(p) {
  if (!(await p.isVisible('#article-text'))) await p.getByRole('button', { name: /^Edit/ }).click();
  await p.waitForSelector('#article-text', { state: 'visible' });
}

/** Back from edit mode to the annotated article. */
export async function readMode(p) {
  if (await p.isVisible('#article-text')) await p.getByRole('button', { name: /^Done/ }).click();
  await p.waitForSelector('.reading', { state: 'visible' });
}

/** Types `text` as the whole article, as a reader does: Edit, replace the text, Done. */
export async function write(p, text) {
  await editMode(p);
  await p.getByLabel('Article text').fill(text);
  await readMode(p);
}

/** Pastes plain `text` outside any field, as a reader does to open a new article. */
export async function pasteAnywhere(p, text) {
  await p.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

/** A fixture file as Playwright's file payload. */
export function fixture(name, mimeType = 'text/plain') {
  return { name, mimeType, buffer: readFileSync(path.join(root, 'tests', 'fixtures', name)) };
}

/** Opens the app in a fresh context and waits for the sample's annotation. */
export async function open(b, url, options = {}) {
  const p = await page(b, options);
  await p.goto(url);
  await annotated(p);
  return p;
}

/** Picks a file through the toolbar's "Open file…" input. */
export async function openFile(p, file) {
  await p.setInputFiles('input[type=file]', file);
}

/** Waits until the reader shows an article whose text starts with `prefix`. */
export async function showing(p, prefix) {
  await p.waitForFunction((s) => document.querySelector('#article-text')?.value.startsWith(s)
    && document.querySelector('section.reader')?.getAttribute('aria-busy') === 'false'
    && document.querySelector('article.article'), prefix, { timeout: 20000 });
}

/** Runs `action` and returns the `count` files it downloads, as { name, text }. */
export async function downloads(p, count, action) {
  const got = [];
  const all = new Promise((resolve) => {
    const on = (d) => {
      got.push(d);
      if (got.length === count) {
        p.off('download', on);
        resolve();
      }
    };
    p.on('download', on);
  });
  await action();
  await Promise.race([all, new Promise((_, reject) => setTimeout(() => reject(new Error(`expected ${count} download(s), got ${got.length}`)), 15000))]);
  return Promise.all(got.map(async (d) => ({ name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') })));
}

/** Exports the current article in the format whose option label starts with `label`. */
export async function exportAs(p, label, count = 1) {
  const value = await p.$eval('#export-format', (s, l) => [...s.options].find((o) => o.textContent.startsWith(l))?.value, label);
  await p.selectOption('#export-format', value);
  return downloads(p, count, () => p.getByRole('button', { name: 'Export', exact: true }).click());
}

/** The quotes shown in the text, in order, as [content, kind, speaker] (a quote drawn as
 * several marks is joined; words only for screen readers are left out). */
export async function shownQuotes(p) {
  return p.$$eval('mark[data-kind]', (ms) => {
    const seen = new Map();
    const visible = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.classList?.contains('visually-hidden')) return '';
      return [...node.childNodes].map(visible).join('');
    };
    for (const m of ms) {
      const id = m.dataset.quote;
      const prev = seen.get(id);
      if (prev) prev[0] += visible(m);
      else seen.set(id, [visible(m), m.dataset.kind, m.dataset.speaker]);
    }
    return [...seen.values()];
  });
}

/** The annotated article as a canonical string: tags, sorted attributes and text, so two
 * renderings compare equal whatever order the DOM keeps attributes in. */
export async function articleShape(p) {
  return p.$eval('article.article', (root) => {
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) return n.textContent;
      if (n.nodeType !== Node.ELEMENT_NODE) return '';
      const attrs = [...n.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ');
      return `<${n.localName} ${attrs}>${[...n.childNodes].map(walk).join('')}</${n.localName}>`;
    };
    return walk(root);
  });
}

/** Pastes our frost article (tests/fixtures/frost.txt) and checks the quotes and speakers
 * every build must show for it; returns the quotes shown. */
export async function pasteFrost(p) {
  const article = readFileSync(path.join(root, 'tests', 'fixtures', 'frost.txt'), 'utf8');
  await write(p, article);
  await p.waitForFunction(() => [...document.querySelectorAll('mark[data-kind]')]
    .some((m) => m.dataset.speaker === 'Greta Holm'), null, { timeout: 10000 });
  const quotes = await shownQuotes(p);
  assert.deepEqual(quotes[0], ['We lost half the blossoms in one night,', 'direct', 'Greta Holm']);
  assert.ok(quotes.some(([t, kind]) => kind === 'indirect' && t.startsWith('it would offer emergency loans')),
    `quotes: ${JSON.stringify(quotes)}`);
  return quotes;
}
