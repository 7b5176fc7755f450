// The PNG pipeline on this computer's own fonts: find a CJK face, cut it out of its collection,
// subset it to the picture's characters and let resvg draw Chinese with it — and say so plainly when
// no such font exists instead of drawing boxes.
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  chooseFace,
  findCjkFont,
  fontCandidates,
} from '../../../../../electron/core/export/fonts/find-cjk-font.js';
import { prepareFont } from '../../../../../electron/core/export/fonts/prepare-font.js';
import { pngWidth, svgToPng } from '../../../../../electron/core/export/rasterise.js';
import { AppError } from '../../../../../shared/ipc/result.js';
import { pngStats } from '../../../../support/png-stats.js';

const svgWith = (text: string, fontFamily: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60" viewBox="0 0 400 60">` +
  `<text x="10" y="40" font-size="28" font-family="${fontFamily}">${text}</text></svg>`;

describe('CJK font for the PNG export', () => {
  it('finds the Simplified-Chinese face of the installed collection', () => {
    const font = findCjkFont('linux', { HOME: '/nonexistent' });
    expect(font.family).toMatch(/SC|GB|Hei/);
    const names = chooseFace(readFileSync(font.path));
    expect(names.faceIndex).toBe(font.faceIndex);
  });

  it('looks where Windows and macOS keep their Chinese fonts', () => {
    expect(fontCandidates('win32', { WINDIR: 'C:\\Windows' })[0]).toMatch(/msyh\.ttc$/);
    expect(fontCandidates('darwin', {})[0]).toBe('/System/Library/Fonts/PingFang.ttc');
  });

  it('draws Chinese with the subset face (ink where the glyphs are, nothing missing)', async () => {
    const text = '工程机械 缺链 &amp; 建议招引';
    const font = await prepareFont('工程机械 缺链 & 建议招引');
    try {
      expect(font.missing).toEqual([]);
      const { png, width } = await svgToPng(svgWith(text, font.family), 800, font);
      expect(width).toBe(800);
      const stats = pngStats(png);
      expect(stats.inked).toBeGreaterThan(0.03);
      expect(stats.black).toBeLessThan(0.5);
      // an unknown family falls back to the embedded face, not to nothing
      const fallback = await svgToPng(svgWith(text, 'No Such Font'), 800, font);
      expect(pngStats(fallback.png).inked).toBeCloseTo(stats.inked, 2);
    } finally {
      font.dispose();
    }
  });

  it('draws bold text with the bold face: more ink than the same text in regular', async () => {
    const bold = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60" viewBox="0 0 400 60"><text x="10" y="40" font-size="28" font-weight="700">工程机械产业链图谱</text></svg>`;
    const regular = bold.replace(' font-weight="700"', '');
    const font = await prepareFont(bold);
    try {
      expect(font.files).toHaveLength(2);
      const inkOf = async (svg: string) =>
        pngStats(
          (await svgToPng(svg.replace('<text ', `<text font-family="${font.family}" `), 800, font))
            .png,
        ).inked;
      expect(await inkOf(bold)).toBeGreaterThan((await inkOf(regular)) * 1.15);
    } finally {
      font.dispose();
    }
  });

  it('reports characters the face cannot draw', async () => {
    const font = await prepareFont('中文\u{1F600}');
    font.dispose();
    expect(font.missing).toEqual(['\u{1F600}']);
  });

  it('says clearly that no Chinese font was found', () => {
    try {
      findCjkFont('linux', { CHAINATLAS_CJK_FONT: '/nonexistent/font.ttc' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).message).toContain('找不到可显示中文的字体');
      expect((e as AppError).message).toContain('CHAINATLAS_CJK_FONT');
      expect((e as AppError).en).toMatch(/No font that can draw Chinese/);
    }
  });

  it('refuses widths past the limit before drawing anything', () => {
    expect(pngWidth(1000, 600, { width: 12_000 })).toBe(12_000);
    expect(pngWidth(1000, 600, { scale: 4 })).toBe(4000);
    expect(() => pngWidth(1000, 600, { width: 20_000 })).toThrow(/20000/);
    expect(() => pngWidth(1000, 60_000, { width: 12_000 })).toThrow(/过大/);
  });
});
