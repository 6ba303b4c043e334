// Panels and keyboard: each panel is a region named by its heading; selecting in a panel
// scrolls to and marks the text; selecting a quote in the text shows its speaker and stance;
// shortcuts step through quotes, toggle layers, move focus, open help, and can be switched off.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { open, useApp } from './harness.mjs';

const app = useApp();

// Instant scrolling (the app honours reduced motion), so a scroll is done when a test looks.
const small = { viewport: { width: 1100, height: 600 }, reducedMotion: 'reduce' };

/** Whether the first element matching `selector` comes within the window (scrolling is
 * smooth, so this waits for it a little). */
const inView = (p, selector) => p.waitForFunction((s) => {
  const el = document.querySelector(s);
  const r = el?.getBoundingClientRect();
  return r && r.bottom > 0 && r.top < window.innerHeight;
}, selector, { timeout: 3000 }).then(() => true, () => false);

test('panels are regions named by their headings', async () => {
  const p = await open(app.chrome, app.server.url);
  for (const name of ['Actors', 'Quotes', 'Stances', 'Timeline']) {
    const region = p.getByRole('region', { name, exact: true });
    assert.equal(await region.count(), 1, name);
  }
  assert.deepEqual(p.errors, []);
});

test('an actor in the Actors panel marks its mentions', async () => {
  const p = await open(app.chrome, app.server.url, small);
  const actors = p.getByRole('region', { name: 'Actors', exact: true });
  await actors.getByRole('button', { name: 'Tomas Keller' }).click();
  const selected = await p.$$eval('article .mention[data-selected="true"]', (ms) => ms.map((m) => m.dataset.name));
  assert.ok(selected.length >= 2 && selected.every((n) => n === 'Tomas Keller'), JSON.stringify(selected));
  assert.ok(await inView(p, 'article .mention[data-selected="true"]'));
  assert.equal(await actors.getByRole('button', { name: 'Tomas Keller' }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(p.errors, []);
});

test('a quote in the Quotes panel scrolls to the quote; the last one too', async () => {
  const p = await open(app.chrome, app.server.url, small);
  const items = p.getByRole('region', { name: 'Quotes', exact: true }).locator('button.quote-item');
  const n = await items.count();
  assert.ok(n >= 8);
  await items.nth(n - 1).click();
  const id = await items.nth(n - 1).getAttribute('data-quote');
  const mark = `article mark[data-quote="${id}"]`;
  assert.equal(await p.getAttribute(mark, 'data-selected'), 'true');
  assert.ok(await inView(p, mark), 'the selected quote is scrolled into view');
  assert.deepEqual(p.errors, []);
});

test('a stance cell opens its evidence, which leads to the cue and the target in the text', async () => {
  const p = await open(app.chrome, app.server.url, small);
  const stances = p.getByRole('region', { name: 'Stances', exact: true });
  assert.match(await stances.locator('.legend').textContent(), /support.*oppose.*neutral.*underlined/);
  // Issues come before actors among the columns.
  const kinds = await stances.locator('thead th[data-kind]').evaluateAll((ths) => ths.map((t) => t.dataset.kind));
  assert.ok(kinds.length >= 2 && kinds[0] === 'issue', JSON.stringify(kinds));
  assert.deepEqual(kinds, [...kinds].sort((a, b) => (a === 'issue' ? 0 : 1) - (b === 'issue' ? 0 : 1)));
  const cell = stances.locator('button.cell').first();
  // Its accessible name is its visible text with the row and column around it.
  const name = await cell.evaluate((b) => b.textContent);
  assert.match(name, / on .*: [▲▼●] (support|oppose|neutral) ×\d+ \(\d+ evidence/);
  assert.equal(await cell.getAttribute('aria-label'), null);
  await cell.click();
  const details = p.getByRole('region', { name: 'Selection', exact: true });
  const evidence = details.locator('li.evidence');
  assert.ok(await evidence.count() >= 1);
  assert.match(await evidence.first().locator('.confidence').textContent(), /confidence \d+%/);
  const piece = evidence.first().locator('.pieces > li').first();
  assert.ok((await piece.locator('strong').textContent()).length > 0, 'the cue words are shown');
  assert.ok((await piece.locator('blockquote').textContent()).length > 0, 'and the sentence');
  assert.ok(await p.$('article [data-stance][data-selected="true"]'), 'the cell marks its cues in the text');
  assert.ok(await p.$('article .target-mention[data-selected="true"]'), 'and the target it is about');
  await evidence.first().getByRole('button').first().click();
  assert.ok(await inView(p, 'article [data-stance][data-selected="true"]'));
  assert.deepEqual(p.errors, []);
});

test('a date in the Timeline marks it in the text', async () => {
  const p = await open(app.chrome, app.server.url, small);
  const events = p.getByRole('region', { name: 'Timeline', exact: true }).locator('button.event');
  assert.ok(await events.count() >= 3);
  await events.last().click();
  assert.ok(await p.$('article time.date[data-selected="true"]'));
  assert.ok(await inView(p, 'article time.date[data-selected="true"]'));
  assert.deepEqual(p.errors, []);
});

test('a quote selected in the text shows its speaker and its stance', async () => {
  const p = await open(app.chrome, app.server.url);
  // The first quote that carries a stance cue.
  const mark = p.locator('article mark[data-kind]:has([data-stance])').first();
  const speaker = await mark.getAttribute('data-speaker');
  // From the keyboard (a quote that wraps over lines has no single point to click).
  await mark.focus();
  await p.keyboard.press('Enter');
  const details = p.getByRole('region', { name: 'Selection', exact: true });
  assert.equal(await details.locator('.detail-speaker').textContent(), speaker);
  const stances = await details.locator('li[data-stance]').allTextContents();
  assert.ok(stances.length >= 1 && /^[▲▼●] /.test(stances[0]), JSON.stringify(stances));
  assert.deepEqual(p.errors, []);
});

test('clicking a quote in the text selects it', async () => {
  const p = await open(app.chrome, app.server.url);
  const mark = p.locator('article mark[data-kind="direct"]').first();
  await mark.click();
  assert.equal(await mark.getAttribute('data-selected'), 'true');
  const details = p.getByRole('region', { name: 'Selection', exact: true });
  assert.equal(await details.locator('.detail-speaker').textContent(), await mark.getAttribute('data-speaker'));
  assert.deepEqual(p.errors, []);
});

test('keyboard: quotes, layers, focus, help; single keys can be switched off', async () => {
  const p = await open(app.chrome, app.server.url, small);
  await p.locator('body').click({ position: { x: 2, y: 2 } });
  const selectedQuote = () => p.$eval('article mark[data-selected="true"]', (m) => m.dataset.quote).catch(() => null);
  await p.keyboard.press('j');
  const first = await selectedQuote();
  assert.ok(first, 'j selects a quote');
  await p.keyboard.press('j');
  const second = await selectedQuote();
  assert.notEqual(second, first);
  await p.keyboard.press('k');
  assert.equal(await selectedQuote(), first);
  assert.equal(await p.$('article .mention:not(.quiet)'), null, 'actor underlines are off by default');
  await p.keyboard.press('2');
  assert.ok(await p.$('article .mention:not(.quiet)'), '2 underlines every mention');
  await p.keyboard.press('2');
  assert.equal(await p.$('article .mention:not(.quiet)'), null, '2 again makes them quiet');
  // t moves between the text and the panels.
  const inArticle = () => p.evaluate(() => document.activeElement.closest('#article') !== null);
  const was = await inArticle();
  await p.keyboard.press('t');
  assert.equal(await inArticle(), !was, 't moves focus across');
  await p.keyboard.press('t');
  assert.equal(await inArticle(), was, 't moves focus back');
  await p.keyboard.press('?');
  const dialog = p.getByRole('dialog', { name: 'Keyboard shortcuts' });
  assert.ok(await dialog.isVisible());
  assert.ok((await dialog.textContent()).includes('next quote'));
  // Switch single keys off, close the dialog: j no longer moves, Alt+J still does.
  await dialog.getByRole('checkbox').uncheck();
  await p.keyboard.press('Escape');
  assert.equal(await dialog.count(), 0);
  await p.keyboard.press('j');
  assert.equal(await selectedQuote(), first);
  await p.keyboard.press('Alt+j');
  assert.equal(await selectedQuote(), second);
  // Typing in the text area never triggers shortcuts.
  await p.keyboard.press('Alt+e');
  await p.waitForSelector('#article-text', { state: 'visible' });
  await p.getByLabel('Article text').press('End');
  await p.getByLabel('Article text').press('1');
  assert.ok(await p.$('article mark[data-kind]'), 'typing 1 does not hide quotes');
  assert.deepEqual(p.errors, []);
});
