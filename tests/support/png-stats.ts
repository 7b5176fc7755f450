// Decodes a PNG (8-bit RGB/RGBA, not interlaced: what resvg and Chromium write) with node:zlib and
// summarises its pixels, so tests can tell a real picture from a blank, black or cut-off one.
import { inflateSync } from 'node:zlib';

export type PngStats = {
  width: number;
  height: number;
  /** Share of pixels that are not (near) white. */
  inked: number;
  /** Share of pixels that are (near) black. */
  black: number;
  /** Distinct colours, quantised to 4 bits per channel. */
  colours: number;
  /** Share of inked pixels in each horizontal third, top to bottom. */
  thirds: [number, number, number];
  /** Bounding box of inked pixels. */
  box: { left: number; top: number; right: number; bottom: number } | null;
};

export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function decode(png: Buffer): { width: number; height: number; channels: number; data: Buffer } {
  const { width, height } = pngSize(png);
  const depth = png[24];
  const type = png[25];
  if (depth !== 8 || (type !== 6 && type !== 2) || png[28] !== 0)
    throw new Error(`unsupported PNG (depth ${String(depth)}, type ${String(type)})`);
  const channels = type === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    const kind = png.toString('latin1', at + 4, at + 8);
    if (kind === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = data.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? data.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (row[i - channels] ?? 0) : 0;
      const b = up[i] ?? 0;
      const c = i >= channels ? (up[i - channels] ?? 0) : 0;
      const x = src[i] ?? 0;
      let v: number;
      if (filter === 0) v = x;
      else if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      row[i] = v & 0xff;
    }
  }
  return { width, height, channels, data };
}

/** `step` samples every n-th pixel in both directions (a 12,000-px picture has ~10⁸ pixels). */
export function pngStats(png: Buffer, step = 1): PngStats {
  const { width, height, channels, data } = decode(png);
  let seen = 0;
  let inked = 0;
  let black = 0;
  const thirds: [number, number, number] = [0, 0, 0];
  const colours = new Set<number>();
  let box: PngStats['box'] = null;
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * channels;
      const alpha = channels === 4 ? (data[i + 3] ?? 0) : 255;
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      seen++;
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      if (alpha > 200 && r < 40 && g < 40 && b < 40) black++;
      if (alpha > 16 && (r < 235 || g < 235 || b < 235)) {
        inked++;
        const third = Math.min(2, Math.floor((3 * y) / height));
        thirds[third as 0 | 1 | 2]++;
        box = box
          ? {
              left: Math.min(box.left, x),
              top: Math.min(box.top, y),
              right: Math.max(box.right, x),
              bottom: Math.max(box.bottom, y),
            }
          : { left: x, top: y, right: x, bottom: y };
      }
    }
  }
  const share = (n: number) => (inked === 0 ? 0 : n / inked);
  return {
    width,
    height,
    inked: inked / seen,
    black: black / seen,
    colours: colours.size,
    thirds: [share(thirds[0]), share(thirds[1]), share(thirds[2])],
    box,
  };
}
