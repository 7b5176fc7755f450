// Map export in browser mode, as a user does it from the 导出 menu: a 12,000-px PNG of the chain map
// drawn by the host (not a canvas) that is that wide and not blank, an SVG whose Chinese names are
// text, the cluster map, the printable report as one self-contained HTML file, and 导出全部图谱 as a zip.
import { readFileSync } from 'node:fs';

import { expect, test, type Download, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';

import { pngSize, pngStats } from '../support/png-stats.js';
import { openApp, SCREENSHOTS } from './fixtures.js';

// Drawing happens in the host, which shares a 2-core machine with the browser and the test runner:
// on a slow CI machine under load a batch of ten pictures can take minutes, so the limits are for a
// machine several times slower than a developer's; every step waits for a state, never a fixed time.
const DRAWING = 300_000;

/** Opens the 导出 menu once the previous export has finished, and chooses `item`. */
async function exportVia(page: Page, item: string | RegExp): Promise<Download> {
  const button = page.getByTestId('map-export');
  await expect(button).not.toHaveClass(/ant-btn-loading/, { timeout: DRAWING });
  await button.click();
  const entry = page.getByRole('menuitem', { name: item });
  await expect(entry).toBeVisible();
  const downloading = page.waitForEvent('download', { timeout: DRAWING });
  await entry.click();
  const download = await downloading;
  // The job's dialog closes after the file is handed over; the next export waits for that.
  await expect(page.getByTestId('map-export-progress')).toBeHidden({ timeout: DRAWING });
  return download;
}

const bytesOf = async (d: Download): Promise<Buffer> => readFileSync(await d.path());

test('a 12,000-px PNG of the chain map is that wide, with ink in every third', async ({ page }) => {
  test.setTimeout(DRAWING + 60_000);
  await openApp(page, 'chain-map');
  await page.getByTestId('map-export').click();
  await page.getByRole('menuitem', { name: 'PNG 图片（指定宽度…）' }).click();
  const width = page.getByRole('spinbutton', { name: '图片宽度（像素）' });
  await width.fill('12000');
  const downloading = page.waitForEvent('download', { timeout: DRAWING });
  const started = Date.now();
  await page.getByRole('button', { name: '导出 PNG' }).click();
  // Progress shows while the host draws.
  await expect(page.getByTestId('map-export-progress')).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/map-export-progress.png` });
  const download = await downloading;
  const seconds = (Date.now() - started) / 1000;
  await expect(page.getByText(/已导出 工程机械-.*12000×/)).toBeVisible();
  expect(download.suggestedFilename()).toMatch(/^工程机械-\d{4}-\d{2}-\d{2}\.png$/);
  const png = await bytesOf(download);
  const size = pngSize(png);
  expect(size.width).toBe(12_000);
  const stats = pngStats(png, 8);
  expect(stats.inked).toBeGreaterThan(0.04);
  expect(stats.black).toBeLessThan(0.05);
  expect(stats.colours).toBeGreaterThan(30);
  for (const third of stats.thirds) expect(third).toBeGreaterThan(0.03);
  // The picture reaches the right and bottom edges' margins: nothing was cut off.
  expect(stats.box?.right ?? 0).toBeGreaterThan(size.width * 0.8);
  expect(stats.box?.bottom ?? 0).toBeGreaterThan(size.height * 0.9);
  test.info().annotations.push({
    type: 'measure',
    description: `12000×${String(size.height)} PNG, ${String(Math.round(png.length / 1024))} KB, ${seconds.toFixed(1)} s`,
  });
});

test('SVG export keeps the Chinese names as text', async ({ page }) => {
  await openApp(page, 'chain-map');
  const download = await exportVia(page, 'SVG 矢量图（文字可编辑）');
  const svg = (await bytesOf(download)).toString('utf8');
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  expect(svg).toMatch(/<text[^>]*>工程机械 产业链图谱<\/text>/);
  for (const word of ['上游', '发动机', '缺链', '建议招引'])
    expect(svg, word).toMatch(new RegExp(`<text[^>]*>[^<]*${word}[^<]*</text>`));
});

test('cluster map exports as PNG; the report is one printable HTML file', async ({ page }) => {
  test.setTimeout(2 * DRAWING);
  await openApp(page, 'cluster-map');
  const png = await bytesOf(await exportVia(page, 'PNG 图片（1×）'));
  expect(pngStats(png, 2).inked).toBeGreaterThan(0.04);
  const report = await exportVia(page, /可打印报告（HTML/);
  expect(report.suggestedFilename()).toMatch(/招商报告-.*\.html$/);
  const html = (await bytesOf(report)).toString('utf8');
  expect(html).toContain('<svg');
  expect(html).toContain('完整度 =');
  expect(html).toContain('招商目标清单');
  expect(html).not.toMatch(/<script|src="http/);
  // Printed as a user would: A4 landscape, more than one page, nothing from the network.
  await page.setContent(html);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${SCREENSHOTS}/map-report-print.png`, fullPage: true });
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // Every page is A4 landscape (841.9 × 595.3 pt), and the report runs over several pages.
  const text = pdf.toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, w, h] of boxes) {
    expect(Number(w)).toBeCloseTo(841.9, 0);
    expect(Number(h)).toBeCloseTo(595.3, 0);
  }
  expect((text.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(1);
  // At the printable width of the page (273 mm) each map figure fits one page's height (186 mm).
  await page.setViewportSize({ width: Math.round((273 / 25.4) * 96), height: 800 });
  for (const figure of await page.locator('figure.map').all()) {
    const box = await figure.boundingBox();
    expect(box?.height ?? Infinity).toBeLessThanOrEqual((186 / 25.4) * 96);
  }
});

test('导出全部图谱 downloads one zip with a PNG per chain and per cluster', async ({ page }) => {
  test.setTimeout(DRAWING + 60_000);
  await openApp(page, 'overview');
  const download = await exportVia(page, /导出全部图谱/);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  const names = Object.keys(unzipSync(await bytesOf(download)));
  expect(names.filter((n) => n.startsWith('产业链-'))).toHaveLength(6);
  expect(names.filter((n) => n.startsWith('产业集群-'))).toHaveLength(4);
  expect(names.every((n) => n.endsWith('.png'))).toBe(true);
});
