// Picking one face out of a font collection: the standalone file must hold that face's own tables
// (not its neighbour's), at 4-byte aligned offsets, with names and cmap readable.
import { describe, expect, it } from 'vitest';

import {
  extractFace,
  faceCount,
  faceNames,
  FontFormatError,
  isCollection,
  missingCodePoints,
} from '../../../../../../electron/core/export/fonts/sfnt.js';

const tag = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** A 'name' table with one Windows (UTF-16BE) family name and subfamily. */
function nameTable(family: string, subfamily: string): number[] {
  const enc = (s: string) => Array.from(s, (c) => u16(c.charCodeAt(0))).flat();
  const f = enc(family);
  const s = enc(subfamily);
  const rec = (id: number, len: number, off: number) => [
    ...u16(3),
    ...u16(1),
    ...u16(0x409),
    ...u16(id),
    ...u16(len),
    ...u16(off),
  ];
  return [
    ...u16(0),
    ...u16(2),
    ...u16(6 + 24),
    ...rec(1, f.length, 0),
    ...rec(2, s.length, f.length),
    ...f,
    ...s,
  ];
}

/** A cmap with one format-4 segment start..end (plus the 0xFFFF terminator). */
function cmapTable(start: number, end: number): number[] {
  const sub = [
    ...u16(4),
    ...u16(32),
    ...u16(0),
    ...u16(4),
    ...u16(4),
    ...u16(1),
    ...u16(0),
    ...u16(end),
    ...u16(0xffff),
    ...u16(0),
    ...u16(start),
    ...u16(0xffff),
    ...u16(1),
    ...u16(1),
    ...u16(0),
    ...u16(0),
  ];
  return [...u16(0), ...u16(1), ...u16(3), ...u16(1), ...u32(12), ...sub];
}

type Table = { tag: string; data: number[] };

/** A TTC whose faces are lists of tables; identical table objects are stored once and shared. */
function collection(faces: Table[][]): Uint8Array {
  const unique = [...new Set(faces.flat())];
  const headerSize = 12 + 4 * faces.length;
  const dirSizes = faces.map((f) => 12 + 16 * f.length);
  let at = headerSize + dirSizes.reduce((a, b) => a + b, 0);
  const offsets = new Map<Table, number>();
  for (const t of unique) {
    offsets.set(t, at);
    at += (t.data.length + 3) & ~3;
  }
  const out: number[] = [...tag('ttcf'), ...u32(0x10000), ...u32(faces.length)];
  let dir = headerSize;
  for (const i of faces.keys()) {
    out.push(...u32(dir));
    dir += dirSizes[i] ?? 0;
  }
  for (const f of faces) {
    out.push(...u32(0x10000), ...u16(f.length), ...u16(0), ...u16(0), ...u16(0));
    for (const t of f)
      out.push(...tag(t.tag), ...u32(0), ...u32(offsets.get(t) ?? 0), ...u32(t.data.length));
  }
  for (const t of unique) {
    out.push(...t.data);
    while (out.length % 4 !== 0) out.push(0);
  }
  return Uint8Array.from(out);
}

const cmap: Table = { tag: 'cmap', data: cmapTable(0x4e00, 0x9fff) };
const faceA = [cmap, { tag: 'name', data: nameTable('Test Sans JP', 'Regular') }];
const faceB = [
  cmap,
  { tag: 'name', data: nameTable('Test Sans SC', 'Bold') },
  { tag: 'odd1', data: [1, 2, 3] },
];
const ttc = collection([faceA, faceB]);

describe('font collections', () => {
  it('counts faces and reads each face its own names', () => {
    expect(isCollection(ttc)).toBe(true);
    expect(faceCount(ttc)).toBe(2);
    expect(faceNames(ttc, 0)).toEqual({ family: ['Test Sans JP'], subfamily: ['Regular'] });
    expect(faceNames(ttc, 1)).toEqual({ family: ['Test Sans SC'], subfamily: ['Bold'] });
  });

  it('extracts face 1 as a standalone font with its tables at aligned offsets', () => {
    const face = extractFace(ttc, 1);
    expect(isCollection(face)).toBe(false);
    expect(faceCount(face)).toBe(1);
    expect(faceNames(face, 0)).toEqual({ family: ['Test Sans SC'], subfamily: ['Bold'] });
    const v = new DataView(face.buffer, face.byteOffset, face.byteLength);
    expect(v.getUint16(4)).toBe(3);
    for (let i = 0; i < 3; i++) {
      const offset = v.getUint32(12 + 16 * i + 8);
      const length = v.getUint32(12 + 16 * i + 12);
      expect(offset % 4).toBe(0);
      expect(offset + length).toBeLessThanOrEqual(face.byteLength);
    }
    // the 3-byte table survives byte for byte
    const last = v.getUint32(12 + 32 + 8);
    expect([...face.subarray(last, last + 3)]).toEqual([1, 2, 3]);
    expect(missingCodePoints(face, 0, [0x4e2d, 0x41])).toEqual([0x41]);
  });

  it('refuses a face that is not there and a truncated file', () => {
    expect(() => extractFace(ttc, 2)).toThrow(FontFormatError);
    expect(() => extractFace(ttc.subarray(0, 40), 1)).toThrow(FontFormatError);
  });
});
