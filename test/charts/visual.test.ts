// Visual check of the demo progress report: rendered in Debian's headless chromium through
// playwright (never a downloaded browser), saved as test artifacts under test/charts/__output__/
// (git-ignored): demo-report.html, demo-report.png (the whole page) and demo-chart.png (the
// chart alone). It checks the PNG sizes and the colours of a few pixels at places the chart's
// documented layout fixes: the page, a score point, a band, the cut-off, the improvement marker
// and the flag marker. Node only (see NODE_ONLY_TESTS in vitest.browser.config.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartColours, renderProgressReport } from '../../src/charts/index.js';
import { demoCourse } from '../../src/cli/commands/demo.js';
import { CHROMIUM_ARGS } from '../../vitest.browser.config.js';

const OUT = join(import.meta.dirname, '__output__');
type Rgb = readonly [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;
const near = (a: Rgb, b: Rgb, tolerance = 24): boolean => a.every((v, i) => Math.abs(v - (b[i] as number)) <= tolerance);

/** PNG width and height from the IHDR chunk (bytes 16–23). */
const pngSize = (png: Buffer): { width: number; height: number } => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the demo report in headless chromium', () => {
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  let page: Awaited<ReturnType<typeof browser.newPage>>;
  let pagePng: Buffer;
  let chartPng: Buffer;
  let box: { x: number; y: number; width: number; height: number };
  let pixels: (points: readonly (readonly [number, number])[], png: Buffer) => Promise<Rgb[]>;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const html = renderProgressReport({ name: 'Made-up client', results: demoCourse() }, { format: 'html' });
    writeFileSync(join(OUT, 'demo-report.html'), html);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 820, height: 1600 }, deviceScaleFactor: 1 });
    await page.setContent(html);
    const b = await page.locator('svg').boundingBox();
    if (!b) throw new Error('the report has no visible chart');
    box = b;
    pagePng = await page.screenshot({ fullPage: true, path: join(OUT, 'demo-report.png') });
    // The chart alone, cut from the same page at the chart's whole-pixel position.
    chartPng = await page.screenshot({ path: join(OUT, 'demo-chart.png'), clip: { x: Math.round(box.x), y: Math.round(box.y), width: 720, height: 688 } });
    const reader = await browser.newPage();
    // Decode the PNG in a canvas and read pixels (no PNG decoder needed in Node).
    pixels = async (points, png) =>
      reader.evaluate(
        async ({ b64, points }) => {
          // Runs in the page (the test's tsconfig has no DOM types, hence the narrow casts).
          type Ctx = {
            drawImage(i: unknown, x: number, y: number): void;
            getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
          };
          const w = globalThis as unknown as {
            Image: new () => { src: string; width: number; height: number; decode(): Promise<void> };
            document: { createElement(t: 'canvas'): { width: number; height: number; getContext(k: '2d'): Ctx } };
          };
          const img = new w.Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const c = w.document.createElement('canvas');
          c.width = img.width;
          c.height = img.height;
          const ctx = c.getContext('2d');
          ctx.drawImage(img, 0, 0);
          return points.map(([x, y]) => [...ctx.getImageData(x as number, y as number, 1, 1).data.slice(0, 3)] as [number, number, number]);
        },
        { b64: png.toString('base64'), points: points.map((p) => [...p]) },
      );
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('saves the page and the chart as PNG files of the expected size', () => {
    // The chart is 720 × 688 (two panels): 40 + 2 · 292 + 64.
    expect(pngSize(chartPng)).toEqual({ width: 720, height: 688 });
    expect([Math.round(box.width), Math.round(box.height)]).toEqual([720, 688]);
    const page = pngSize(pagePng);
    expect(page.width).toBe(820);
    expect(page.height).toBeGreaterThan(Math.ceil(box.y + box.height));
    expect(pagePng.length).toBeGreaterThan(20_000);
  });

  it('draws the colours at the places the layout fixes (chart PNG, SVG coordinates)', async () => {
    const [background, point, flag, lowBand, highBand, improvement] = await pixels(
      [
        [4, 4], // the white page of the chart
        // Six sessions at x = 56 + 96·i; PHQ-9 (0–27) at y = 88 + 200·(27 − v)/27.
        [248, 214], // PHQ-9 at session 3 (10): the centre of the point at (248, 213.93)
        [147, 76], // inside the flag diamond of session 2 at (152, 76), left of the "!"
        [300, 285], // the Minimal band (0–5 → y 250.96–288), clear of lines and text
        [300, 95], // the Severe band (20–27 → y 88–139.85), above the reliable-change range (7–19)
        [351, 244], // the base of the improvement triangle at session 4 (7, at (344, 236.15)), 8 px below its centre
      ],
      chartPng,
    );
    expect(background).toEqual(hex(chartColours.background));
    expect(near(point as Rgb, hex(chartColours.score))).toBe(true);
    expect(near(flag as Rgb, hex(chartColours.flag))).toBe(true);
    expect(lowBand).toEqual([246, 246, 246]);
    expect(highBand).toEqual([206, 206, 206]);
    expect(near(improvement as Rgb, hex(chartColours.improvement), 40)).toBe(true);
    // The cut-off at PHQ-9 10 (y 213.93, 2 px, dashes of 8 from x = 56 every 12 px): black on one of rows 213–214.
    const cut = await pixels(
      [
        [420, 213],
        [420, 214],
      ],
      chartPng,
    );
    expect(Math.min(...cut.map((c) => c[0] + c[1] + c[2]))).toBeLessThan(120);
    // Between two dashes (x = 56 + 8 + 2) the band shows through.
    const gap = await pixels([[66, 213]], chartPng);
    expect((gap[0] as Rgb)[0]).toBeGreaterThan(150);
  });

  it('shows the chart inside the page where the layout puts it', async () => {
    const [point] = await pixels([[Math.round(box.x + 248), Math.round(box.y + 214)]], pagePng);
    expect(near(point as Rgb, hex(chartColours.score))).toBe(true);
  });
});
