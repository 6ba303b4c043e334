// Accessibility: axe-core finds no serious or critical violation in either theme, at desktop
// and phone sizes, on the sample and on a pasted article with quotes, stances and dates
// (every layer on), with a selection and with the help dialog open; colour contrast of every
// highlight included.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { annotated, page, root, useApp, write } from './harness.mjs';

const AXE = readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const RIVERSIDE = readFileSync(path.join(root, 'tests', 'fixtures', 'riverside.txt'), 'utf8');
const SIZES = { desktop: { width: 1400, height: 900 }, phone: { width: 390, height: 844 } };

const app = useApp();

/** Serious and critical violations on the page as it is now, and any content outside a
 * landmark (`region`, moderate). The experimental rules run too: among them
 * `label-content-name-mismatch`, an accessible name that does not contain the visible text. */
async function audit(p) {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ content: AXE });
  const result = await p.evaluate(() => {
    const experimental = window.axe.getRules(['experimental']).map((r) => [r.ruleId, { enabled: true }]);
    return window.axe.run(document, { resultTypes: ['violations'], rules: Object.fromEntries(experimental) });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'region')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the toolbar's menu when it is folded (on a phone). */
async function tools(p) {
  const menu = p.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) === 'false') await menu.click();
}

for (const theme of ['light', 'dark']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`no serious or critical violation: ${theme} theme, ${size}, sample and pasted article`, async () => {
      // The test injects axe-core as an inline script, which the page's own policy forbids.
      const p = await page(app.chrome, { bypassCSP: true, colorScheme: theme, viewport });
      await p.goto(app.server.url);
      await annotated(p);
      assert.equal(await p.evaluate(() => document.documentElement.dataset.theme), theme);
      assert.deepEqual(await audit(p), [], 'the sample as loaded');
      await p.locator('article mark[data-kind]:has([data-stance])').first().click();
      assert.deepEqual(await audit(p), [], 'with a quote selected');
      await write(p, RIVERSIDE);
      await p.waitForFunction(() => document.querySelector('[data-voice="Tomas Weber"]'));
      await tools(p);
      for (const name of ['Actors', 'Dates']) await p.getByRole('checkbox', { name }).check();
      assert.ok(await p.$('article time.date') && await p.$('article [data-stance]') && await p.$('article .mention:not(.quiet)'));
      assert.deepEqual(await audit(p), [], 'a pasted article, every layer on, the menu open');
      if (size === 'phone') await p.getByRole('tab', { name: 'Stances' }).click();
      await p.locator('#summary-heading ~ .voices button').first().click();
      assert.deepEqual(await audit(p), [], 'with a voice chosen in the summary');
      await p.getByRole('button', { name: 'Keyboard help' }).click();
      assert.deepEqual(await audit(p), [], 'with the help dialog');
      assert.deepEqual(p.errors, []);
    });
  }
}

test('no serious or critical violation in the view across the library, each part', async () => {
  const p = await page(app.chrome, { bypassCSP: true, colorScheme: 'dark' });
  await p.goto(app.server.url);
  await annotated(p);
  for (const [slug, n] of [['', 1], ['water-rights', 2]]) {
    if (slug) {
      await p.selectOption('#sample-picker', slug);
      await p.waitForFunction(() => document.querySelector('section.reader')?.getAttribute('aria-busy') === 'false');
    }
    await p.getByRole('button', { name: 'Save to library' }).click();
    await p.waitForFunction((k) => document.querySelectorAll('#library li').length === k, n);
  }
  await p.getByRole('button', { name: 'Across the library' }).click();
  await p.locator('.actor-list li button').first().click();
  assert.deepEqual(await audit(p), [], 'actors, with an actor page');
  await p.getByRole('tab', { name: 'Voices' }).click();
  assert.deepEqual(await audit(p), [], 'voices');
  await p.getByRole('tab', { name: 'Compare two' }).click();
  await p.locator('.compare-picks').waitFor();
  await p.waitForFunction(() => !document.querySelector('.across-compare [role=status]'));
  assert.deepEqual(await audit(p), [], 'comparison');
  assert.deepEqual(p.errors, []);
});
