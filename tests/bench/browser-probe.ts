// What the browser benchmarks share: Chromium's flags, the long-task probe installed before the app
// loads, a benchmark case, and the median frame time while a view pans and zooms every frame.
import type { Page } from '@playwright/test';
import type Database from 'better-sqlite3';

import type { WorkspaceData } from '../../shared/domain/workspace-data.js';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Installed before the app loads: the main thread's long tasks, read back as JSON. */
export const PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

export type Case = {
  label: string;
  data: WorkspaceData;
  chainId: number;
  chainName: string;
  /** Fills a fresh workspace file with the case's data. */
  write: (db: Database.Database) => void;
};

const med = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.floor(s.length / 2)] ?? Number.NaN);
};

/**
 * Frame times while the view moves every frame: one wheel event per animation frame at the
 * middle of `selector` (zooming in for 20 frames, out for 20, …, which also pans about the pointer),
 * sent to whatever element a real wheel would hit. Idle frames between input events would hide the
 * cost, so the input is driven from requestAnimationFrame itself.
 */
export async function gestureFrameTimes(page: Page, selector: string): Promise<number[]> {
  const frames = await page.evaluate<number[]>(`new Promise((resolve) => {
    const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const frames = [];
    let last = performance.now();
    let n = 0;
    const tick = (t) => {
      frames.push(t - last);
      last = t;
      n += 1;
      if (n > 120) return resolve(frames.slice(2));
      const target = document.elementFromPoint(x, y);
      const deltaY = (Math.floor(n / 20) % 2 === 0 ? -1 : 1) * 40;
      target.dispatchEvent(new WheelEvent('wheel', { deltaY, clientX: x + (n % 7) * 4, clientY: y, bubbles: true, cancelable: true }));
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
  await page.waitForTimeout(400);
  return frames;
}

export async function gestureFrames(page: Page, selector: string): Promise<number> {
  return med(await gestureFrameTimes(page, selector));
}

/**
 * Frame times come in whole display frames (16.7 ms at 60 Hz), so a median of 33.3 ms means "every
 * other frame dropped", not "a little over 33 ms": the 90th percentile and the share of frames that
 * made 60 and 30 fps say how close to the edge a case is.
 */
export function frameDistribution(frames: readonly number[]): string {
  const s = [...frames].sort((a, b) => a - b);
  const p90 = s[Math.min(s.length - 1, Math.floor(s.length * 0.9))] ?? Number.NaN;
  const share = (ms: number) =>
    Math.round((100 * s.filter((f) => f <= ms).length) / Math.max(1, s.length));
  return `${String(s.length)} frames, p90 ${p90.toFixed(1)} ms, ≤1 frame ${String(share(17.5))}%, ≤2 frames ${String(share(34))}%`;
}
