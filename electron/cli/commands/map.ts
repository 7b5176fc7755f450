// `map --db F (--chain NAME | --cluster NAME | --overview | --all) --out PATH [--format png|svg] [--width N]`:
// draws the same map the app shows, as PNG (resvg with a subset CJK face) or SVG, for batch work.
// Every check (names, width, output folder) runs before anything is written.
import { existsSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';

import { existingWorkspaceFile, parseCommandArgs, requireString, UsageError } from '../args.js';
import { EXIT, type CliIO, type Command } from '../command.js';
import { batchEntries, exportAllMaps } from '../../core/export/export-all.js';
import { exportMap, type MapFormat } from '../../core/export/map-export.js';
import type { SceneSource } from '../../core/export/map-scene.js';
import { MAX_PNG_WIDTH } from '../../core/export/rasterise.js';
import { writeFileAtomic } from '../../core/export/write-atomic.js';
import { checkParent, findView, pictureLang, readSceneSource } from './map-views.js';

const usage = `用法 / usage: npm run cli -- map --db FILE (--chain NAME | --cluster NAME | --overview | --all) --out PATH [--format png|svg] [--width N | --scale 1|2|4] [--lang zh|en] [--json]

  --db FILE        工作区文件 / workspace file
  --chain NAME     一条产业链（名称；重名时写 集群/产业链） / one chain (name, or cluster/chain)
  --cluster NAME   一个产业集群的全景图 / one cluster's panorama
  --overview       全部集群与产业链的总览 / the workspace overview
  --all            每条产业链、每个集群各一张图 / one picture per chain and per cluster
  --out PATH       输出文件（.png/.svg）；--all 时为文件夹或 .zip / output file; with --all a folder or .zip
  --format F       png（默认）或 svg；省略时按 --out 的扩展名 / png (default) or svg
  --width N        图片宽度（像素，最大 ${String(MAX_PNG_WIDTH)}） / PNG width in px (max ${String(MAX_PNG_WIDTH)})
  --scale S        按屏幕尺寸放大 1、2 或 4 倍（默认 2） / scale of the on-screen size (default 2)
  --lang L         图上文字语言 zh（默认）或 en / language of the picture
  --json           以 JSON 输出结果 / print the result as JSON`;

type Values = Record<string, string | boolean | string[] | undefined>;

function formatOf(values: Values, out: string, all: boolean): MapFormat {
  const given = values['format'];
  const ext = extname(out).toLowerCase().slice(1);
  if (given !== undefined && given !== 'png' && given !== 'svg')
    throw new UsageError('--format 应为 png 或 svg / --format must be png or svg');
  if (!all && (ext === 'png' || ext === 'svg')) {
    if (given !== undefined && given !== ext)
      throw new UsageError(
        `--out 的扩展名与 --format ${given} 不符 / --out does not end in .${given}`,
      );
    return ext;
  }
  if (!all) throw new UsageError('--out 须以 .png 或 .svg 结尾 / --out must end in .png or .svg');
  return given ?? 'png';
}

function sizeOf(values: Values): { width?: number; scale?: number } {
  const width = values['width'];
  const scale = values['scale'];
  if (width !== undefined && scale !== undefined)
    throw new UsageError('--width 与 --scale 只能选一个 / give --width or --scale, not both');
  if (typeof width === 'string') {
    if (!/^\d{1,6}$/.test(width))
      throw new UsageError('--width 须为整数像素 / --width must be whole pixels');
    return { width: Number(width) };
  }
  if (typeof scale === 'string') {
    if (!['1', '2', '4'].includes(scale))
      throw new UsageError('--scale 应为 1、2 或 4 / --scale must be 1, 2 or 4');
    return { scale: Number(scale) };
  }
  return { scale: 2 };
}

export const mapCommand: Command = {
  name: 'map',
  summary: '导出产业链图谱 PNG/SVG / export chain and cluster maps',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {
      db: { type: 'string' },
      chain: { type: 'string' },
      cluster: { type: 'string' },
      all: { type: 'boolean' },
      overview: { type: 'boolean' },
      out: { type: 'string' },
      format: { type: 'string' },
      width: { type: 'string' },
      scale: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
    });
    const picks = ['chain', 'cluster', 'overview', 'all'].filter((k) => values[k] !== undefined);
    if (picks.length !== 1)
      throw new UsageError(
        '请给出 --chain、--cluster、--overview 或 --all 之一 / give one of --chain, --cluster, --overview, --all',
      );
    const all = values['all'] === true;
    const out = resolve(requireString(values, 'out'));
    const format = formatOf(values, out, all);
    const size = sizeOf(values);
    const lang = pictureLang(values['lang']);
    const json = values['json'] === true;
    const db = existingWorkspaceFile(values);
    if (!checkParent(out, io)) return EXIT.rejected;

    const src = readSceneSource(db);
    const options = { format, lang, ...size } as const;
    if (all) return runAll(src, options, out, json, io);

    const kind = values['chain'] !== undefined ? 'chain' : 'cluster';
    const view =
      values['overview'] === true
        ? ({ kind: 'overview' } as const)
        : findView(src, kind, requireString(values, kind), io);
    if (!view) return EXIT.rejected;
    const image = await exportMap(src, { ...options, view });
    writeFileAtomic(out, image.bytes);
    const result = {
      out,
      format,
      width: image.width,
      height: image.height,
      bytes: image.bytes.length,
      ms: Math.round(image.ms.total),
      missing: image.missing,
    };
    io.out(
      json
        ? JSON.stringify(result)
        : `已导出 / written: ${out}（${String(image.width)}×${String(image.height)}，${(image.bytes.length / 1024).toFixed(0)} KB，${(image.ms.total / 1000).toFixed(1)} s）`,
    );
    if (image.missing.length > 0 && !json)
      io.err(
        `注意：字体缺少这些字符，图上显示为空白：${image.missing.join(' ')}\nThe font has no glyph for: ${image.missing.join(' ')}`,
      );
    return EXIT.ok;
  },
};

async function runAll(
  src: SceneSource,
  options: { format: MapFormat; lang: 'zh' | 'en'; width?: number; scale?: number },
  out: string,
  json: boolean,
  io: CliIO,
): Promise<number> {
  const zip = extname(out).toLowerCase() === '.zip';
  if (!zip) {
    if (existsSync(out) && !statSync(out).isDirectory()) {
      io.err(`--out 已存在且不是文件夹：${out}\n--out exists and is not a folder: ${out}`);
      return EXIT.rejected;
    }
  }
  const entries = batchEntries(src, options.format);
  const progress = json
    ? () => undefined
    : (p: { phase: string; done: number; total: number; file?: string }) => {
        if (p.phase === 'layout' && p.file)
          io.err(`[${String(p.done + 1)}/${String(p.total)}] ${p.file}`);
      };
  const result = await exportAllMaps(
    src,
    options,
    zip ? { kind: 'zip' } : { kind: 'folder', dir: out },
    progress,
    undefined,
    entries,
  );
  if (zip && result.zip) writeFileAtomic(out, result.zip);
  io.out(
    json
      ? JSON.stringify({
          out,
          files: result.files,
          ms: Math.round(result.ms),
          missing: result.missing,
        })
      : `已导出 ${String(result.files.length)} 张图 / written ${String(result.files.length)} maps: ${out}（${(result.ms / 1000).toFixed(1)} s）`,
  );
  return EXIT.ok;
}
