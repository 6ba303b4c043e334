// Shared set-up for the browser tests: a static server over the release build and
// Debian's Chromium driven by playwright-core. Nothing is downloaded.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Waits until the reader shows a finished annotation. */
export async function annotated(p) {
  await p.waitForSelector('section.reader[aria-busy="false"] article.article', { timeout: 20000 });
}
