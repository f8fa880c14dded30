// The web example (examples/web) in headless Chromium: Vite builds it (securebase from the
// repository source through the example's alias), a small static server serves the build, and
// Debian's /usr/bin/chromium is driven through playwright-core (never a downloaded browser). A
// person fills in the PHQ-9 by keyboard alone; the risk panel must appear as soon as item 9 is
// answered 1 or more, before the last item; axe-core must find no serious or critical violation on
// any screen; a PNG of each screen is saved under test/web/__output__/.
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import axe from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crisisHelp } from '../../src/safety/index.js';
import { CHROMIUM_ARGS } from '../../vitest.browser.config.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'test', 'web', '__output__');
const SITE = join(OUT, 'site');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let server: Server;
let browser: Browser;
let base = '';

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  await build({ configFile: join(ROOT, 'examples', 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir: SITE, emptyOutDir: true } });
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(SITE, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

/** axe-core on the page as it is: the serious and critical violations, as `rule: targets`. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: axe.source });
  const found = await page.evaluate(async () => {
    const r = await (globalThis as unknown as { axe: typeof axe }).axe.run();
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(', ')}`);
}

/** The DOM as the page sees it (the root tsconfig has no DOM types). */
type PageGlobal = { document: { activeElement: { id: string } | null } };
const activeId = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobal).document.activeElement?.id ?? '');

/** Presses Tab until the element with this id has focus (at most 20 times). */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 20 && (await activeId(page)) !== id; i++) await page.keyboard.press('Tab');
  expect(await activeId(page)).toBe(id);
}

/** Answers the item on screen by keyboard: Tab into the radio group, arrows to the value, Space. */
async function answer(page: Page, value: number): Promise<void> {
  const first = await page.locator('input[type=radio]').first().getAttribute('id');
  await tabTo(page, first ?? '');
  for (let k = 0; k < value; k++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  expect(await page.locator('input[type=radio]:checked').getAttribute('value')).toBe(String(value));
}

describe('examples/web: the PHQ-9 page in headless Chromium', () => {
  it('is completed by keyboard alone; the risk panel shows before the last item; axe finds no serious or critical violation; each screen is saved', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(base);
    const screens: Record<string, string[]> = {};
    const check = async (name: string) => {
      screens[name] = await seriousViolations(page);
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    };

    // Start: choose the region by keyboard (GB), then start.
    await page.locator('#region').focus();
    await page.keyboard.type('United Kingdom');
    expect(await page.locator('#region').inputValue()).toBe('GB');
    await check('1-start');
    await tabTo(page, 'start');
    await page.keyboard.press('Enter');

    // Items 1-8 answered 0, then item 9 answered 2: the risk panel appears at once.
    const answers = [0, 0, 0, 0, 0, 0, 0, 0];
    for (const [i, v] of answers.entries()) {
      expect(await activeId(page)).toBe(`sb-phq-9-phq9-${i + 1}-question`); // focus moved to the new question
      if (i === 0) await check('2-question');
      await answer(page, v);
      await tabTo(page, 'next');
      await page.keyboard.press('Enter');
    }
    expect(await page.locator('#risk-panel').count()).toBe(0);
    expect(await page.locator('#next').textContent()).toBe('Finish'); // all 0 so far: item 10 is not asked
    await answer(page, 2);
    await expect.poll(() => page.locator('#risk-panel').count()).toBe(1);
    const panel = (await page.locator('#risk-panel').textContent()) ?? '';
    expect(panel).toContain(crisisHelp({ region: 'GB' }).text); // the region's resources, from src/safety
    expect(await page.locator('#next').textContent()).toBe('Next'); // a problem was checked: item 10 is now asked
    await check('3-risk');
    await tabTo(page, 'next');
    await page.keyboard.press('Enter');

    // Item 10 (the last), then Finish.
    expect(await activeId(page)).toBe('sb-phq-9-phq9-10-question');
    await answer(page, 1);
    await tabTo(page, 'next');
    await page.keyboard.press('Enter');

    // The result: total and band, focus on its heading, the risk panel still there.
    expect(await activeId(page)).toBe('sb-phq-9-result');
    expect(await page.locator('#total').textContent()).toBe('Your total is 2 out of 27: Minimal.');
    expect(await page.locator('#risk-panel').count()).toBe(1);
    await check('4-result');

    // The breathing exercise with the session runner, by keyboard.
    await tabTo(page, 'breathe');
    await page.keyboard.press('Enter');
    expect(await page.locator('#step-text').textContent()).not.toBe('');
    await check('5-breathing');
    for (let i = 0; i < 40 && (await page.locator('#exercise-next').count()) > 0; i++) {
      await tabTo(page, 'exercise-next');
      await page.keyboard.press('Enter');
    }
    expect(await page.locator('#step-text').textContent()).toContain('Well done');
    await check('6-breathing-done');

    expect(errors).toEqual([]);
    expect(screens).toEqual({ '1-start': [], '2-question': [], '3-risk': [], '4-result': [], '5-breathing': [], '6-breathing-done': [] });
    await page.close();
  });

  it('is completed with the mouse too; with every answer 0 item 10 is never asked and no risk panel shows; with no region no number is named', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.click('#start'); // region left at "Somewhere else"
    for (let i = 1; i <= 9; i++) {
      await page.click(`label[for="sb-phq-9-phq9-${i}-option-0"]`);
      expect(await page.locator('#risk-panel').count()).toBe(0);
      await page.click('#next');
    }
    expect(await page.locator('#total').textContent()).toBe('Your total is 0 out of 27: Minimal.');
    expect(await page.locator('#risk-panel').count()).toBe(0);
    // Start again, no region: item 9 answered 3 shows the panel with help that names no number.
    await page.click('#again');
    await page.click('#start');
    for (let i = 1; i <= 8; i++) {
      await page.click(`label[for="sb-phq-9-phq9-${i}-option-0"]`);
      await page.click('#next');
    }
    await page.click('label[for="sb-phq-9-phq9-9-option-3"]');
    const panel = (await page.locator('#risk-panel').textContent()) ?? '';
    expect(panel).toContain(crisisHelp().text);
    expect(panel).not.toMatch(/\d/);
    await page.close();
  });
});
