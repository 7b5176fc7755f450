// Finds a Chinese-capable font already on the computer (Windows 微软雅黑/黑体, macOS 苹方/黑体,
// Linux Noto CJK/文泉驿) and the face inside it to use, so exported maps render Chinese offline
// without shipping a font. CHAINATLAS_CJK_FONT=FILE picks one explicitly (and lets tests say "none").
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { AppError } from '../../../../shared/ipc/result.js';
import { faceCount, faceNames, FontFormatError } from './sfnt.js';

export type CjkFont = { path: string; faceIndex: number; family: string };

/** Known files, best first. Simplified-Chinese faces before others; regular weight before bold. */
export function fontCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const dirs = [
      join(env['WINDIR'] ?? 'C:\\Windows', 'Fonts'),
      ...(env['LOCALAPPDATA'] ? [join(env['LOCALAPPDATA'], 'Microsoft', 'Windows', 'Fonts')] : []),
    ];
    const files = ['msyh.ttc', 'msyh.ttf', 'Deng.ttf', 'simhei.ttf', 'simsun.ttc', 'msjh.ttc'];
    return dirs.flatMap((d) => files.map((f) => join(d, f)));
  }
  if (platform === 'darwin') {
    return [
      '/System/Library/Fonts/PingFang.ttc',
      '/System/Library/Fonts/Hiragino Sans GB.ttc',
      '/System/Library/Fonts/STHeiti Light.ttc',
      '/System/Library/Fonts/STHeiti Medium.ttc',
      '/Library/Fonts/Arial Unicode.ttf',
      '/System/Library/Fonts/Supplemental/Songti.ttc',
    ];
  }
  const linux = [
    'opentype/noto/NotoSansCJK-Regular.ttc',
    'opentype/noto/NotoSansCJKsc-Regular.otf',
    'noto-cjk/NotoSansCJK-Regular.ttc',
    'google-noto-cjk/NotoSansCJK-Regular.ttc',
    'google-noto-sans-cjk-ttc/NotoSansCJK-Regular.ttc',
    'opentype/source-han-sans/SourceHanSansSC-Regular.otf',
    'adobe-source-han-sans/SourceHanSansSC-Regular.otf',
    'truetype/wqy/wqy-microhei.ttc',
    'wenquanyi/wqy-microhei/wqy-microhei.ttc',
    'truetype/wqy/wqy-zenhei.ttc',
    'truetype/arphic/uming.ttc',
    'truetype/droid/DroidSansFallbackFull.ttf',
    'opentype/noto/NotoSerifCJK-Regular.ttc',
  ];
  const roots = ['/usr/share/fonts', '/usr/local/share/fonts'];
  if (env['HOME']) roots.push(join(env['HOME'], '.local/share/fonts'), join(env['HOME'], '.fonts'));
  return roots.flatMap((r) => linux.map((f) => join(r, f)));
}

const SIMPLIFIED = /\bSC\b|GB|YaHei|PingFang SC|简|Micro Hei|Zen Hei|Heiti SC|DengXian|SimHei/i;

/** The face of a font file to draw with: a Simplified-Chinese, regular, proportional face. */
export function chooseFace(bytes: Uint8Array): { faceIndex: number; family: string } {
  let best = { faceIndex: 0, family: '', score: -1 };
  for (let i = 0; i < faceCount(bytes); i++) {
    const names = faceNames(bytes, i);
    const family = names.family.find((f) => /^[\x20-\x7e]+$/.test(f)) ?? names.family[0] ?? '';
    const score =
      (names.family.some((f) => SIMPLIFIED.test(f)) ? 4 : 0) +
      (names.subfamily.some((s) => /^(Regular|Normal|W3|Light)$/i.test(s)) ? 2 : 0) +
      (names.family.some((f) => /Mono|UI\b/i.test(f)) ? 0 : 1);
    if (score > best.score) best = { faceIndex: i, family, score };
  }
  if (!best.family) throw new FontFormatError('the font has no family name');
  return { faceIndex: best.faceIndex, family: best.family };
}

const looksLikeFont = (path: string): boolean => {
  try {
    if (!statSync(path).isFile()) return false;
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(4);
    try {
      readSync(fd, head, 0, 4, 0);
    } finally {
      closeSync(fd);
    }
    const tag = head.toString('latin1');
    return tag === 'ttcf' || tag === 'OTTO' || tag === 'true' || head.readUInt32BE(0) === 0x10000;
  } catch {
    return false;
  }
};

const BOLD = /^(Bold|Semibold|SemiBold|Demibold|W6|Medium)$/i;

/** Where a font's bold weight may be: its own collection (苹方), then the sibling file. */
export function boldCandidates(path: string): string[] {
  const siblings = [
    path.replace(/Regular/g, 'Bold'),
    path.replace(/msyh\.(ttc|ttf)$/i, 'msyhbd.$1'),
    path.replace(/Deng\.ttf$/i, 'Dengb.ttf'),
    path.replace(/STHeiti Light\.ttc$/, 'STHeiti Medium.ttc'),
  ];
  return [...new Set([path, ...siblings])];
}

/**
 * The bold face of the same family, so titles and segment names print bold as on screen (resvg
 * draws only the faces it is given, and does not embolden); null when the computer has none.
 */
export function findBoldFace(font: CjkFont): CjkFont | null {
  for (const path of boldCandidates(font.path)) {
    if (!existsSync(path) || !looksLikeFont(path)) continue;
    try {
      const bytes = readFileSync(path);
      for (let i = 0; i < faceCount(bytes); i++) {
        const names = faceNames(bytes, i);
        if (names.family.includes(font.family) && names.subfamily.some((s) => BOLD.test(s)))
          return { path, faceIndex: i, family: font.family };
      }
    } catch (e) {
      if (!(e instanceof FontFormatError)) throw e;
    }
  }
  return null;
}

export const NO_CJK_FONT_MESSAGE =
  '找不到可显示中文的字体，无法导出图片（Windows 需要微软雅黑或黑体，macOS 需要苹方或华文黑体，Linux 请安装 fonts-noto-cjk 或文泉驿字体；也可用环境变量 CHAINATLAS_CJK_FONT 指定字体文件）。SVG 导出不受影响。';
const NO_CJK_FONT_EN =
  'No font that can draw Chinese was found, so no picture was made: install Microsoft YaHei/SimHei (Windows), PingFang/STHeiti (macOS) or fonts-noto-cjk / WenQuanYi (Linux), or set CHAINATLAS_CJK_FONT to a font file. SVG export still works.';

/** The first usable CJK font, or a clear NO_FONT error (never a picture with boxes for text). */
export function findCjkFont(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): CjkFont {
  const explicit = env['CHAINATLAS_CJK_FONT'];
  const paths = explicit !== undefined ? [explicit] : fontCandidates(platform, env);
  for (const path of paths) {
    if (!path || !existsSync(path) || !looksLikeFont(path)) continue;
    try {
      const { faceIndex, family } = chooseFace(readFileSync(path));
      return { path, faceIndex, family };
    } catch (e) {
      if (!(e instanceof FontFormatError)) throw e;
    }
  }
  throw new AppError('REJECTED', NO_CJK_FONT_MESSAGE, { code: 'NO_CJK_FONT' }, NO_CJK_FONT_EN);
}
