// 导出全部图谱: one picture per chain and per cluster, into a folder (each file written to a temporary
// name, then renamed) or into one zip (browser mode downloads it). Reports progress per picture and
// stops between pictures when cancelled; the picture being drawn is abandoned, never half-written.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { zipSync, type Zippable } from 'fflate';

import { AppError } from '../../../shared/ipc/result.js';
import { exportMap, safeFileName, type MapFormat, type MapPhase } from './map-export.js';
import {
  DRAWABLE,
  sceneFor,
  type MapView,
  type SceneOptions,
  type SceneSource,
} from './map-scene.js';
import { sceneToSvg } from '../../../shared/maps/svg/write-svg.js';
import { prepareFont, type PreparedFont } from './fonts/prepare-font.js';
import { pngWidth, type PngSize } from './rasterise.js';
import { writeFileAtomic } from './write-atomic.js';

export type BatchProgress = {
  phase: MapPhase | 'write';
  /** Pictures finished so far, of `total`. */
  done: number;
  total: number;
  file?: string;
};

export type BatchOptions = SceneOptions & PngSize & { format: MapFormat };

export type BatchEntry = { view: MapView; fileName: string };

/** Every chain, then every cluster (when the cluster picture exists), with unique file names. */
export function batchEntries(
  src: SceneSource,
  format: MapFormat,
  kinds: readonly MapView['kind'][] = DRAWABLE.filter((k) => k !== 'overview'),
): BatchEntry[] {
  const views: { view: MapView; name: string }[] = [];
  if (kinds.includes('chain'))
    for (const c of src.data.chains) {
      const cluster = src.data.clusters.find((k) => k.id === c.clusterId)?.name;
      views.push({
        view: { kind: 'chain', chainId: c.id },
        name: `产业链-${cluster ? `${cluster}-` : ''}${c.name}`,
      });
    }
  if (kinds.includes('cluster'))
    for (const k of src.data.clusters)
      views.push({ view: { kind: 'cluster', clusterId: k.id }, name: `产业集群-${k.name}` });
  const used = new Set<string>();
  return views.map(({ view, name }) => {
    const base = `${safeFileName(name)}-${src.date}`;
    let fileName = `${base}.${format}`;
    for (let i = 2; used.has(fileName.toLowerCase()); i++)
      fileName = `${base}(${String(i)}).${format}`;
    used.add(fileName.toLowerCase());
    return { view, fileName };
  });
}

export type BatchTarget = { kind: 'folder'; dir: string } | { kind: 'zip' };

export type BatchResult = {
  files: string[];
  /** The zip's bytes (zip target only). */
  zip: Buffer | null;
  cancelled: boolean;
  /** Characters the embedded font could not draw, over all pictures. */
  missing: string[];
  ms: number;
};

export async function exportAllMaps(
  src: SceneSource,
  options: BatchOptions,
  target: BatchTarget,
  onProgress: (p: BatchProgress) => void = () => undefined,
  signal?: AbortSignal,
  entries: readonly BatchEntry[] = batchEntries(src, options.format),
): Promise<BatchResult> {
  const t0 = performance.now();
  // Every picture's size is checked before the first file is written: all or nothing. The font is
  // cut once for the characters of every picture: subsetting reads the whole face each time.
  let font: PreparedFont | undefined;
  if (options.format === 'png') {
    const text: string[] = [];
    for (const [i, e] of entries.entries()) {
      onProgress({ phase: 'layout', done: i, total: entries.length });
      const scene = sceneFor(src, e.view, options);
      pngWidth(scene.width, scene.height, options);
      text.push(sceneToSvg(scene));
    }
    onProgress({ phase: 'font', done: 0, total: entries.length });
    font = await prepareFont(text.join('\n'));
  }
  try {
    return await drawAll(src, options, target, onProgress, entries, font, signal, t0);
  } finally {
    font?.dispose();
  }
}

async function drawAll(
  src: SceneSource,
  options: BatchOptions,
  target: BatchTarget,
  onProgress: (p: BatchProgress) => void,
  entries: readonly BatchEntry[],
  font: PreparedFont | undefined,
  signal: AbortSignal | undefined,
  t0: number,
): Promise<BatchResult> {
  if (target.kind === 'folder') mkdirSync(target.dir, { recursive: true });
  const files: string[] = [];
  const zip: Zippable = {};
  const missing = new Set<string>();
  const total = entries.length;
  let cancelled = false;
  for (const [i, entry] of entries.entries()) {
    if (signal?.aborted) {
      cancelled = true;
      break;
    }
    const report = (phase: BatchProgress['phase']) => {
      onProgress({ phase, done: i, total, file: entry.fileName });
    };
    let image;
    try {
      image = await exportMap(src, { ...options, view: entry.view }, report, signal, font);
    } catch (e) {
      if (e instanceof AppError && e.code === 'CANCELLED') {
        cancelled = true;
        break;
      }
      throw e;
    }
    image.missing.forEach((c) => missing.add(c));
    report('write');
    if (target.kind === 'folder') writeFileAtomic(join(target.dir, entry.fileName), image.bytes);
    // PNG is compressed already: store it; SVG text shrinks well.
    else zip[entry.fileName] = [image.bytes, { level: options.format === 'png' ? 0 : 6 }];
    files.push(entry.fileName);
  }
  onProgress({ phase: 'done', done: files.length, total });
  const bytes = target.kind === 'zip' && !cancelled ? Buffer.from(zipSync(zip)) : null;
  return { files, zip: bytes, cancelled, missing: [...missing], ms: performance.now() - t0 };
}
