// Makes the fonts for one picture or a batch: the CJK face cut out of its collection (kept in memory
// between pictures) and subset to the picture's characters, plus its bold face subset to the
// characters drawn bold, written to temporary files for resvg.
// resvg's text layout cost grows with the font's size, not the picture's: a 16 MB face takes
// ~40 s on a big map where a subset of the same face takes well under a second.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import subsetFont from 'subset-font';

import { findBoldFace, findCjkFont, type CjkFont } from './find-cjk-font.js';
import { extractFace, missingCodePoints } from './sfnt.js';

export type PreparedFont = {
  /** The regular face, then the bold one when the computer has it. */
  files: string[];
  family: string;
  /** Characters of the picture the font has no glyph for (drawn as nothing, so reported). */
  missing: string[];
  dispose(): void;
};

const faces = new Map<string, Buffer>();
const bolds = new Map<string, CjkFont | null>();
const keyOf = (font: CjkFont): string => `${font.path}#${String(font.faceIndex)}`;

function faceBytes(font: CjkFont): Buffer {
  const key = keyOf(font);
  let face = faces.get(key);
  if (!face) {
    const bytes = extractFace(readFileSync(font.path), font.faceIndex);
    face = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // A regular and a bold face at most: a new font replaces the old pair.
    if (faces.size >= 2) faces.clear();
    faces.set(key, face);
  }
  return face;
}

function boldOf(font: CjkFont): CjkFont | null {
  const key = keyOf(font);
  if (!bolds.has(key)) bolds.set(key, findBoldFace(font));
  return bolds.get(key) ?? null;
}

/**
 * Every distinct character that may be drawn, spaces included: a face without the space glyph
 * draws its .notdef box between words. Line breaks and controls are never drawn.
 */
export const charactersOf = (text: string): string[] =>
  [...new Set(text)].filter((c) => c >= ' ' && c !== '\u007f').sort();

/** The text of an SVG's bold `<text>` elements (entities left as they are: a few extra glyphs). */
export function boldTextOf(svg: string): string {
  const out: string[] = [];
  for (const m of svg.matchAll(/<text\b[^>]*font-weight="(?:bold|[6-9]00)"[^>]*>([^<]*)<\/text>/g))
    out.push(m[1] ?? '');
  return out.join(' ');
}

/** `text`: every character drawn; `bold`: those drawn bold (defaults to the bold texts of an SVG). */
export async function prepareFont(
  text: string,
  font: CjkFont = findCjkFont(),
  bold: string = boldTextOf(text),
): Promise<PreparedFont> {
  const chars = charactersOf(text);
  const subset = await subsetFont(faceBytes(font), chars.join(''), { targetFormat: 'sfnt' });
  const missing = missingCodePoints(
    subset,
    0,
    chars.map((c) => c.codePointAt(0) ?? 0),
  ).map((cp) => String.fromCodePoint(cp));
  const boldFace = bold.trim() ? boldOf(font) : null;
  const boldSubset = boldFace
    ? await subsetFont(faceBytes(boldFace), charactersOf(bold).join(''), { targetFormat: 'sfnt' })
    : null;
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-font-'));
  const files = [join(dir, 'regular.otf')];
  writeFileSync(files[0] ?? '', subset);
  if (boldSubset) {
    files.push(join(dir, 'bold.otf'));
    writeFileSync(files[1] ?? '', boldSubset);
  }
  return {
    files,
    family: font.family,
    missing,
    dispose: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
