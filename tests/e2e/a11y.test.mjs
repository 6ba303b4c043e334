// Accessibility: axe-core finds no serious or critical violation in either theme, with a
// quote selected and with the help dialog open (colour contrast of every highlight included).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { annotated, page, root, useApp } from './harness.mjs';

const AXE = readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const app = useApp();

/** Serious and critical violations on the page as it is now. */
async function audit(p) {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ content: AXE });
  const result = await p.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark']) {
  test(`no serious or critical violation in the ${theme} theme`, async () => {
    // The test injects axe-core as an inline script, which the page's own policy forbids.
    const p = await page(app.chrome, { bypassCSP: true, colorScheme: theme });
    await p.goto(app.server.url);
    await annotated(p);
    assert.equal(await p.evaluate(() => document.documentElement.dataset.theme), theme);
    assert.deepEqual(await audit(p), [], 'as loaded');
    await p.locator('article mark[data-kind]:has([data-stance])').first().click();
    await p.getByRole('region', { name: 'Actors', exact: true }).getByRole('button').first().click();
    assert.deepEqual(await audit(p), [], 'with a selection');
    await p.getByRole('button', { name: 'Keyboard help' }).click();
    assert.deepEqual(await audit(p), [], 'with the help dialog');
    assert.deepEqual(p.errors, []);
  });
}
