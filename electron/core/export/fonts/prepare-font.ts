// Makes the font for one picture: the CJK face cut out of its collection (kept in memory between
// pictures) and subset to the picture's characters, written to a temporary file for resvg.
// resvg's text layout cost grows with the font's size, not the picture's: a 16 MB face takes
// ~40 s on a big map where a subset of the same face takes well under a second.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import subsetFont from 'subset-font';

import { findCjkFont, type CjkFont } from './find-cjk-font.js';
import { extractFace, missingCodePoints } from './sfnt.js';

export type PreparedFont = {
  file: string;
  family: string;
  /** Characters of the picture the font has no glyph for (drawn as nothing, so reported). */
  missing: string[];
  dispose(): void;
};

let cached: { key: string; face: Buffer } | undefined;

function faceBytes(font: CjkFont): Buffer {
  const key = `${font.path}#${String(font.faceIndex)}`;
  if (cached?.key !== key) {
    const face = extractFace(readFileSync(font.path), font.faceIndex);
    cached = { key, face: Buffer.from(face.buffer, face.byteOffset, face.byteLength) };
  }
  return cached.face;
}

/**
 * Every distinct character that may be drawn, spaces included: a face without the space glyph
 * draws its .notdef box between words. Line breaks and controls are never drawn.
 */
export const charactersOf = (text: string): string[] =>
  [...new Set(text)].filter((c) => c >= ' ' && c !== '\u007f').sort();

export async function prepareFont(
  text: string,
  font: CjkFont = findCjkFont(),
): Promise<PreparedFont> {
  const chars = charactersOf(text);
  const subset = await subsetFont(faceBytes(font), chars.join(''), { targetFormat: 'sfnt' });
  const missing = missingCodePoints(
    subset,
    0,
    chars.map((c) => c.codePointAt(0) ?? 0),
  ).map((cp) => String.fromCodePoint(cp));
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-font-'));
  const file = join(dir, 'subset.otf');
  writeFileSync(file, subset);
  return {
    file,
    family: font.family,
    missing,
    dispose: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
