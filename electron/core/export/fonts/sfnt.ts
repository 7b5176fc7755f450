// Pure readers for OpenType/TrueType files: pick one face out of a .ttc collection as a standalone
// sfnt (subset-font/harfbuzz cannot read collections), and read a face's family names.
const TTC_TAG = 0x74746366; // 'ttcf'

export class FontFormatError extends Error {}

const u32 = (v: DataView, at: number): number => {
  if (at + 4 > v.byteLength) throw new FontFormatError('font file is truncated');
  return v.getUint32(at);
};
const u16 = (v: DataView, at: number): number => {
  if (at + 2 > v.byteLength) throw new FontFormatError('font file is truncated');
  return v.getUint16(at);
};

const view = (bytes: Uint8Array): DataView =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export const isCollection = (bytes: Uint8Array): boolean =>
  bytes.byteLength >= 12 && view(bytes).getUint32(0) === TTC_TAG;

/** Number of faces: a collection's count, 1 for a single-face file. */
export function faceCount(bytes: Uint8Array): number {
  return isCollection(bytes) ? u32(view(bytes), 8) : 1;
}

type TableRecord = { tag: number; checksum: number; offset: number; length: number };

/** Where face `index` starts (its offset table) and its table directory. */
function tableDirectory(bytes: Uint8Array, index: number): { at: number; tables: TableRecord[] } {
  const v = view(bytes);
  let at = 0;
  if (isCollection(bytes)) {
    const count = u32(v, 8);
    if (!Number.isInteger(index) || index < 0 || index >= count)
      throw new FontFormatError(`face ${String(index)} not in a collection of ${String(count)}`);
    at = u32(v, 12 + 4 * index);
  } else if (index !== 0) {
    throw new FontFormatError(`face ${String(index)} asked of a single-face font`);
  }
  const numTables = u16(v, at + 4);
  const tables: TableRecord[] = [];
  for (let i = 0; i < numTables; i++) {
    const rec = at + 12 + 16 * i;
    const table = {
      tag: u32(v, rec),
      checksum: u32(v, rec + 4),
      offset: u32(v, rec + 8),
      length: u32(v, rec + 12),
    };
    if (table.offset + table.length > bytes.byteLength)
      throw new FontFormatError('a font table lies outside the file');
    tables.push(table);
  }
  return { at, tables };
}

const pad4 = (n: number): number => (n + 3) & ~3;

/**
 * Face `index` of a collection as a standalone sfnt: the same offset table and tables, with the
 * table offsets rewritten to the new file. Table bytes (and so their checksums) are unchanged.
 * A single-face file is returned as is.
 */
export function extractFace(bytes: Uint8Array, index: number): Uint8Array {
  if (!isCollection(bytes)) {
    tableDirectory(bytes, index);
    return bytes;
  }
  const { at, tables } = tableDirectory(bytes, index);
  const headerSize = 12 + 16 * tables.length;
  const size = tables.reduce((n, t) => n + pad4(t.length), headerSize);
  const out = new Uint8Array(size);
  const o = view(out);
  out.set(bytes.subarray(at, at + 12), 0); // sfntVersion, numTables, searchRange …
  let next = headerSize;
  tables.forEach((t, i) => {
    const rec = 12 + 16 * i;
    o.setUint32(rec, t.tag);
    o.setUint32(rec + 4, t.checksum);
    o.setUint32(rec + 8, next);
    o.setUint32(rec + 12, t.length);
    out.set(bytes.subarray(t.offset, t.offset + t.length), next);
    next += pad4(t.length);
  });
  return out;
}

const tagOf = (s: string): number =>
  ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>>
  0;

export type FaceNames = { family: string[]; subfamily: string[] };

function decodeName(bytes: Uint8Array, platformId: number): string {
  if (platformId === 3 || platformId === 0) {
    let s = '';
    for (let i = 0; i + 1 < bytes.length; i += 2)
      s += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    return s;
  }
  return String.fromCharCode(...bytes);
}

/** Family (name ids 1 and 16) and subfamily (2 and 17) names of face `index`, all languages. */
export function faceNames(bytes: Uint8Array, index: number): FaceNames {
  const { tables } = tableDirectory(bytes, index);
  const name = tables.find((t) => t.tag === tagOf('name'));
  const names: FaceNames = { family: [], subfamily: [] };
  if (!name) return names;
  const v = view(bytes);
  const count = u16(v, name.offset + 2);
  const strings = name.offset + u16(v, name.offset + 4);
  for (let i = 0; i < count; i++) {
    const rec = name.offset + 6 + 12 * i;
    const platformId = u16(v, rec);
    const nameId = u16(v, rec + 6);
    const length = u16(v, rec + 8);
    const start = strings + u16(v, rec + 10);
    if (start + length > bytes.byteLength) continue;
    const list =
      nameId === 1 || nameId === 16
        ? names.family
        : nameId === 2 || nameId === 17
          ? names.subfamily
          : null;
    if (!list) continue;
    const text = decodeName(bytes.subarray(start, start + length), platformId);
    if (text && !list.includes(text)) list.push(text);
  }
  return names;
}

/** Code points of `wanted` that face `index` has no glyph for (cmap formats 4 and 12). */
export function missingCodePoints(bytes: Uint8Array, index: number, wanted: number[]): number[] {
  const { tables } = tableDirectory(bytes, index);
  const cmap = tables.find((t) => t.tag === tagOf('cmap'));
  if (!cmap) return wanted;
  const v = view(bytes);
  const covered = new Set<number>();
  const want = new Set(wanted);
  const count = u16(v, cmap.offset + 2);
  for (let i = 0; i < count; i++) {
    const sub = cmap.offset + u32(v, cmap.offset + 4 + 8 * i + 4);
    const format = u16(v, sub);
    if (format === 12) {
      const groups = u32(v, sub + 12);
      for (let g = 0; g < groups; g++) {
        const start = u32(v, sub + 16 + 12 * g);
        const end = u32(v, sub + 20 + 12 * g);
        for (const cp of want) if (cp >= start && cp <= end) covered.add(cp);
      }
    } else if (format === 4) {
      const segX2 = u16(v, sub + 6);
      for (let s = 0; s < segX2; s += 2) {
        const end = u16(v, sub + 14 + s);
        const start = u16(v, sub + 16 + segX2 + s);
        if (start === 0xffff) continue;
        for (const cp of want) if (cp >= start && cp <= end) covered.add(cp);
      }
    }
  }
  return wanted.filter((cp) => !covered.has(cp));
}
