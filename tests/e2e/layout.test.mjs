// Reading first: the annotated article is the main view, editing is a mode that swaps the
// text area in and back, the summary above the article links into it, and on a phone the
// tools fold into a menu and the panels into a tab bar.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { annotated, open, pasteAnywhere, root, showing, useApp } from './harness.mjs';

const RIVERSIDE = readFileSync(path.join(root, 'tests', 'fixtures', 'riverside.txt'), 'utf8');
const PHONE = { viewport: { width: 390, height: 844 } };

const app = useApp();

test('the article is the main view; Edit, e and Escape swap the text area in and out', async () => {
  const p = await open(app.chrome, app.server.url, { viewport: { width: 1400, height: 900 } });
  assert.ok(await p.isVisible('article.article'), 'the article shows');
  assert.equal(await p.isVisible('#article-text'), false, 'the text area does not');
  // Panels sit beside the article on a wide screen.
  const article = await p.locator('section.reader').boundingBox();
  const panels = await p.locator('aside.panels').boundingBox();
  assert.ok(panels.x >= article.x + article.width - 1, `panels beside the article: ${JSON.stringify([article, panels])}`);
  assert.equal(await p.isVisible('[role=tablist]'), false, 'no tab bar on a wide screen');
  await p.getByRole('button', { name: /^Edit/ }).click();
  assert.ok(await p.isVisible('#article-text'));
  assert.equal(await p.isVisible('article.article'), false, 'the text area takes the article’s place');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'article-text', 'with the caret in it');
  await p.getByLabel('Article text').fill(RIVERSIDE);
  await p.keyboard.press('Escape');
  await p.waitForSelector('article.article', { state: 'visible' });
  await showing(p, 'Council Backs Riverside');
  assert.equal(await p.isVisible('#article-text'), false, 'Escape leaves the editor');
  await p.waitForFunction(() => document.querySelector('[data-voice="Tomas Weber"]'));
  // e opens the editor again, with the text as typed (its undo history kept).
  await p.locator('body').click({ position: { x: 2, y: 2 } });
  await p.keyboard.press('e');
  await p.waitForSelector('#article-text', { state: 'visible' });
  assert.equal(await p.inputValue('#article-text'), RIVERSIDE);
  await p.getByRole('button', { name: /^Done/ }).click();
  await p.waitForSelector('article.article', { state: 'visible' });
  assert.deepEqual(p.errors, []);
});

test('the summary: voices with quotes and shares, the anonymous share, positions; each a link into the text', async () => {
  const p = await open(app.chrome, app.server.url);
  const summary = p.getByRole('region', { name: 'Summary', exact: true });
  assert.ok(await summary.isVisible());
  // The sample has many voices: the four most quoted show, the rest behind a disclosure.
  const total = Number((await summary.locator('.overview').textContent()).match(/^(\d+) voices/)[1]);
  assert.ok(total > 4, `the sample has ${total} voices`);
  assert.equal(await summary.locator('.voice:visible').count(), 4);
  assert.equal(await summary.locator('.more-voices > summary').textContent(), `${total - 4} more voices`);
  await summary.locator('.more-voices > summary').click();
  assert.equal(await summary.locator('.voice:visible').count(), total);
  await pasteAnywhere(p, RIVERSIDE);
  await showing(p, 'Council Backs Riverside');
  assert.equal(await p.isVisible('#article-text'), false, 'a paste outside any field opens the article to read');
  const voice = summary.locator('[data-voice="Tomas Weber"]');
  await voice.waitFor();
  assert.equal(await voice.getAttribute('data-kind'), 'named');
  assert.match(await voice.textContent(), /Tomas Weber.*named.*\d+ quotes? · \d+% of quoted words/);
  assert.ok(await summary.locator('[data-voice][data-kind="anonymous"]').count() >= 1, 'the anonymous source is a voice');
  assert.match(await summary.locator('.overview').textContent(), /\d+ voices; \d+ quoted words, \d+% of them from anonymous sources\./);
  // A voice selects its first quote in the text, and moves focus there.
  await voice.getByRole('button').click();
  const quote = p.locator('article mark[data-selected="true"]').first();
  await quote.waitFor();
  assert.equal(await quote.getAttribute('data-speaker'), 'Tomas Weber');
  assert.equal(await p.evaluate(() => document.activeElement.dataset.speaker), 'Tomas Weber');
  // A position selects its stance's cue.
  const position = summary.locator('.position').first();
  const holder = await position.getAttribute('data-holder');
  const polarity = await position.getAttribute('data-stance');
  assert.ok(['support', 'oppose', 'neutral'].includes(polarity));
  assert.ok((await position.textContent()).includes({ support: '▲', oppose: '▼', neutral: '●' }[polarity]));
  await position.getByRole('button').click();
  const cue = p.locator('article .stance[data-selected="true"]').first();
  await cue.waitFor();
  assert.ok((await cue.getAttribute('title')).startsWith(`${holder}: ${polarity}`));
  assert.deepEqual(p.errors, []);
});

test('on a phone: the article within the first screen, the tools in a menu, the panels in tabs', async () => {
  const p = await open(app.chrome, app.server.url, PHONE);
  const top = (await p.locator('section.reader').boundingBox()).y;
  assert.ok(top < 300, `the reader starts ${top} px down`);
  assert.equal(await p.isVisible('#export-format'), false, 'the tools are folded');
  const menu = p.getByRole('button', { name: 'Menu' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  assert.ok(await p.isVisible('#export-format'), 'the menu shows every tool');
  await p.getByRole('checkbox', { name: 'Dates' }).check();
  assert.ok(await p.$('article time.date'), 'and they work');
  await menu.click();
  assert.equal(await p.isVisible('#export-format'), false);
  // One panel at a time under the article, chosen in the tab bar (arrow keys move along it).
  const tabs = p.getByRole('tablist', { name: 'Panels' });
  assert.ok(await tabs.isVisible());
  const shown = () => p.$$eval('aside.panels > .panel', (ps) => ps.filter((e) => e.offsetParent !== null).map((e) => e.id));
  assert.deepEqual(await shown(), ['details', 'actors']);
  await p.getByRole('tab', { name: 'Stances' }).click();
  assert.deepEqual(await shown(), ['details', 'stances']);
  assert.equal(await p.getByRole('tab', { name: 'Stances' }).getAttribute('aria-selected'), 'true');
  await p.keyboard.press('ArrowRight');
  assert.deepEqual(await shown(), ['details', 'timeline']);
  assert.equal(await p.evaluate(() => document.activeElement.id), 'tab-timeline');
  // Nothing wider than the screen.
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
  await annotated(p);
  assert.deepEqual(p.errors, []);
});
