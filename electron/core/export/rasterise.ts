// SVG → PNG with @resvg/resvg-js outside any browser canvas (Chromium's canvas refuses pictures past
// ~268 million pixels and returns them blank). resvg sees only the subset CJK font, never the system
// fonts, so the picture is the same on every computer and text layout stays fast.
import { renderAsync } from '@resvg/resvg-js';

import { MAX_MAP_WIDTH } from '../../../shared/ipc/map-contract.js';
import { AppError } from '../../../shared/ipc/result.js';
import type { PreparedFont } from './fonts/prepare-font.js';

/** Widest PNG we draw; 12,000 px is the promised minimum. */
export const MAX_PNG_WIDTH = MAX_MAP_WIDTH;
/** Pixel budget (RGBA: 4 bytes each, so ~1 GB at the limit) and the tallest picture. */
export const MAX_PNG_PIXELS = 16_384 * 16_384;
export const MIN_PNG_WIDTH = 200;

export type PngSize = { scale?: number; width?: number };

/** The widest PNG of a picture of this shape within the pixel budget. */
export const maxPngWidth = (modelWidth: number, modelHeight: number): number =>
  Math.min(MAX_PNG_WIDTH, Math.floor(Math.sqrt((MAX_PNG_PIXELS * modelWidth) / modelHeight)));

/** The output width for a model width and a requested scale or width; a clear error past a limit. */
export function pngWidth(modelWidth: number, modelHeight: number, size: PngSize): number {
  const width = Math.round(size.width ?? modelWidth * (size.scale ?? 1));
  if (!Number.isFinite(width) || width < MIN_PNG_WIDTH || width > MAX_PNG_WIDTH) {
    throw new AppError(
      'INVALID_INPUT',
      `图片宽度 ${String(width)} 像素超出范围（${String(MIN_PNG_WIDTH)}–${String(MAX_PNG_WIDTH)}）`,
      { code: 'WIDTH_OUT_OF_RANGE', max: MAX_PNG_WIDTH },
      `PNG width ${String(width)} px is outside ${String(MIN_PNG_WIDTH)}–${String(MAX_PNG_WIDTH)}`,
    );
  }
  const height = Math.ceil((modelHeight * width) / modelWidth);
  if (width * height > MAX_PNG_PIXELS) {
    const widest = maxPngWidth(modelWidth, modelHeight);
    throw new AppError(
      'INVALID_INPUT',
      `图片 ${String(width)}×${String(height)} 像素过大：这张图最宽 ${String(widest)} 像素`,
      { code: 'TOO_MANY_PIXELS', max: MAX_PNG_PIXELS, maxWidth: widest },
      `A ${String(width)}×${String(height)} px picture is too large: this map can be at most ${String(widest)} px wide`,
    );
  }
  return width;
}

export type RasterTimings = { renderMs: number; encodeMs: number };

/** Draws the SVG at `width` px on white, with the prepared font only. */
export async function svgToPng(
  svg: string,
  width: number,
  font: PreparedFont,
  signal?: AbortSignal,
): Promise<{ png: Buffer; width: number; height: number; timings: RasterTimings }> {
  const t0 = performance.now();
  // resvg's binding takes over the signal it is given (a second render on the same one is refused),
  // so each render gets its own, aborted when the caller's is.
  const own = new AbortController();
  const abort = () => {
    own.abort();
  };
  if (signal?.aborted) own.abort();
  signal?.addEventListener('abort', abort, { once: true });
  const image = await renderAsync(
    svg,
    {
      fitTo: { mode: 'width', value: width },
      background: '#ffffff',
      font: {
        loadSystemFonts: false,
        fontFiles: font.files,
        defaultFontFamily: font.family,
        sansSerifFamily: font.family,
      },
      logLevel: 'off',
    },
    own.signal,
  ).finally(() => {
    signal?.removeEventListener('abort', abort);
  });
  const t1 = performance.now();
  const png = image.asPng();
  const t2 = performance.now();
  return {
    png,
    width: image.width,
    height: image.height,
    timings: { renderMs: t1 - t0, encodeMs: t2 - t1 },
  };
}
