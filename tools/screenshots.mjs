// Refreshes the README's screenshots (docs/screenshot.png, docs/screenshot-phone.png) from the
// release build: the first sample article, a quote selected, at desktop and phone sizes.
// Run after `./x dist`: node tools/screenshots.mjs
import path from 'node:path';
import { annotated, browser, page, root, serve } from '../tests/e2e/harness.mjs';

const shots = [
  { file: 'screenshot.png', viewport: { width: 1400, height: 900 } },
  { file: 'screenshot-phone.png', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
];

const server = await serve();
const chrome = await browser();
try {
  for (const { file, viewport, deviceScaleFactor = 1 } of shots) {
    const p = await page(chrome, { viewport, deviceScaleFactor, colorScheme: 'light' });
    await p.goto(server.url);
    await annotated(p);
    await p.locator('article mark[data-kind="direct"]').first().click();
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.waitForTimeout(400);
    await p.screenshot({ path: path.join(root, 'docs', file) });
    await p.context().close();
    console.log(`docs/${file}`);
  }
} finally {
  await chrome.close();
  await server.close();
}
