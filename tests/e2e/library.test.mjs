// The library: saved articles survive a reload, open, rename and delete; a full store is
// reported and leaves what was saved as it was.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotated, page, showing, useApp, write } from './harness.mjs';

const app = useApp();

const ARTICLE = [
  'Bridge Repairs Delayed Until Spring',
  '',
  '“The steel simply did not arrive,” said Colm Brady, the county engineer.',
].join('\n');

const library = (p) => p.getByRole('region', { name: 'Library', exact: true });
const titles = (p) => library(p).locator('li button.link').allTextContents();

test('saved articles survive a reload; open, rename, delete', async () => {
  const p = await page(app.chrome);
  p.on('dialog', (d) => d.accept());
  await p.goto(app.server.url);
  await annotated(p);
  await write(p, ARTICLE);
  await showing(p, 'Bridge Repairs');
  await p.getByRole('button', { name: 'Save to library' }).click();
  await p.waitForFunction(() => document.querySelectorAll('#library li').length === 1);
  await p.reload();
  await annotated(p);
  await p.waitForFunction(() => document.querySelectorAll('#library li').length === 1);
  assert.deepEqual(await titles(p), ['Bridge Repairs Delayed Until Spring']);
  // Open it: the text comes back and is annotated.
  await library(p).getByRole('button', { name: 'Bridge Repairs Delayed Until Spring', exact: true }).click();
  await showing(p, 'Bridge Repairs');
  await p.waitForFunction(() => [...document.querySelectorAll('mark[data-kind]')].some((m) => m.dataset.speaker === 'Colm Brady'));
  // Rename it.
  await library(p).getByRole('button', { name: 'Rename Bridge Repairs Delayed Until Spring' }).click();
  const field = library(p).getByRole('textbox');
  await field.fill('Bridge repairs');
  await field.press('Enter');
  await p.waitForFunction(() => document.querySelector('#library li button.link')?.textContent === 'Bridge repairs');
  await p.reload();
  await annotated(p);
  await p.waitForFunction(() => document.querySelectorAll('#library li').length === 1);
  assert.deepEqual(await titles(p), ['Bridge repairs']);
  // Delete it.
  await library(p).getByRole('button', { name: 'Delete Bridge repairs' }).click();
  await p.waitForFunction(() => document.querySelectorAll('#library li').length === 0);
  await p.reload();
  await annotated(p);
  await p.waitForTimeout(300);
  assert.deepEqual(await titles(p), []);
  assert.deepEqual(p.errors, []);
});

test('a full store is reported and nothing saved is lost', async () => {
  const p = await page(app.chrome);
  await p.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function patched(...args) {
      if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await p.goto(app.server.url);
  await annotated(p);
  await p.getByRole('button', { name: 'Save to library' }).click();
  await p.waitForFunction(() => document.querySelectorAll('#library li').length === 1);
  const saved = await titles(p);
  await p.evaluate(() => { window.__storageFull = true; });
  await write(p, ARTICLE);
  await showing(p, 'Bridge Repairs');
  await p.getByRole('button', { name: 'Save to library' }).click();
  await p.waitForFunction(() => /storage is full/.test(document.querySelector('.notice')?.textContent));
  await p.reload();
  await annotated(p);
  await p.waitForFunction(() => document.querySelectorAll('#library li').length === 1);
  assert.deepEqual(await titles(p), saved);
  assert.deepEqual(p.errors, []);
});
