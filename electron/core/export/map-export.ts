// Map export use-case: one view as SVG (text stays text) or PNG (the same SVG drawn by resvg with a
// subset CJK face), returned as bytes with its measurements; shells decide where the bytes go.
import { FONT_FAMILY } from '../../../shared/maps/styles.js';
import { sceneToSvg } from '../../../shared/maps/svg/write-svg.js';
import type { MapScene } from '../../../shared/maps/types.js';
import { AppError } from '../../../shared/ipc/result.js';
import { prepareFont, type PreparedFont } from './fonts/prepare-font.js';
import {
  sceneFor,
  viewName,
  type MapView,
  type SceneOptions,
  type SceneSource,
} from './map-scene.js';
import { pngWidth, svgToPng, type PngSize } from './rasterise.js';

export type MapFormat = 'png' | 'svg';

export type MapExportRequest = SceneOptions & PngSize & { view: MapView; format: MapFormat };

export type MapPhase = 'layout' | 'font' | 'render' | 'done';

export type MapImage = {
  fileName: string;
  mime: string;
  bytes: Buffer;
  width: number;
  height: number;
  /** Characters the embedded font cannot draw (PNG only); the UI warns about them. */
  missing: string[];
  ms: { layout: number; font: number; render: number; encode: number; total: number };
  stats: MapScene['stats'];
};

/** A file name from a chain or cluster name: no path separators or characters Windows refuses. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[\u0000-\u001f<>:"/\\|?*]+/g;

export const safeFileName = (name: string): string =>
  name
    .replace(UNSAFE_IN_FILE_NAMES, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80) || 'map';

export const fileNameFor = (src: SceneSource, view: MapView, format: MapFormat): string =>
  `${safeFileName(viewName(src, view))}-${src.date}.${format}`;

export const cancelled = (): AppError =>
  new AppError('CANCELLED', '已取消导出', undefined, 'Export cancelled');

const checkAborted = (signal?: AbortSignal): void => {
  if (signal?.aborted) throw cancelled();
};

/**
 * One picture. A batch passes the font it prepared once for all its pictures (subsetting reads the
 * whole 16 MB face each time, ~0.1–0.4 s per picture); the caller then keeps and disposes of it.
 */
export async function exportMap(
  src: SceneSource,
  req: MapExportRequest,
  onPhase: (phase: MapPhase) => void = () => undefined,
  signal?: AbortSignal,
  shared?: PreparedFont,
): Promise<MapImage> {
  const t0 = performance.now();
  onPhase('layout');
  const scene = sceneFor(src, req.view, req);
  const fileName = fileNameFor(src, req.view, req.format);
  const t1 = performance.now();
  if (req.format === 'svg') {
    const bytes = Buffer.from(sceneToSvg(scene), 'utf8');
    const total = performance.now() - t0;
    onPhase('done');
    return {
      fileName,
      mime: 'image/svg+xml',
      bytes,
      width: Math.round(scene.width),
      height: Math.round(scene.height),
      missing: [],
      ms: { layout: t1 - t0, font: 0, render: total - (t1 - t0), encode: 0, total },
      stats: scene.stats,
    };
  }
  // Checked before any work, so a too-wide request fails at once and writes nothing.
  const width = pngWidth(scene.width, scene.height, req);
  checkAborted(signal);
  onPhase('font');
  const font = shared ?? (await prepareFont(sceneToSvg(scene)));
  try {
    const t2 = performance.now();
    checkAborted(signal);
    onPhase('render');
    const svg = sceneToSvg(scene, { fontFamily: `'${font.family}', ${FONT_FAMILY}` });
    const png = await svgToPng(svg, width, font, signal);
    onPhase('done');
    return {
      fileName,
      mime: 'image/png',
      bytes: png.png,
      width: png.width,
      height: png.height,
      missing: font.missing,
      ms: {
        layout: t1 - t0,
        font: t2 - t1,
        render: png.timings.renderMs,
        encode: png.timings.encodeMs,
        total: performance.now() - t0,
      },
      stats: scene.stats,
    };
  } catch (e) {
    if (signal?.aborted) throw cancelled();
    throw e;
  } finally {
    if (!shared) font.dispose();
  }
}
