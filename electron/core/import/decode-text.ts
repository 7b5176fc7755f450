// CSV bytes → text: BOM (UTF-8/UTF-16LE/UTF-16BE/GB18030), else UTF-16 recognised by its zero
// bytes, else strict UTF-8, else GB18030 (a superset of GBK). A file mixing UTF-8 and GBK lines has
// no single right encoding and is refused naming a line of each; `confident` is false when the GBK
// guess produced replacement characters, so the UI can offer an encoding choice. A caller's
// explicit encoding always wins.
import iconv from 'iconv-lite';

import { reject } from './file-rejected.js';

export type Decoded = { text: string; encoding: string; confident: boolean };

export const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0x84, 0x31, 0x95, 0x33], 'gb18030'],
];

const SAMPLE = 64 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const encodingError = (zh: string, en: string) =>
  reject('ENCODING', `文件编码有误：${zh}`, `encoding problem: ${en}`);

/** Share of UTF-16 code units that are ordinary spreadsheet text: ASCII, CJK, CJK and full-width punctuation. */
function plausibleShare(text: string): number {
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xff00 && c <= 0xffef)
    )
      ok++;
  }
  return text.length === 0 ? 0 : ok / text.length;
}

/**
 * UTF-16 without a BOM. UTF-8 and GBK text never holds a zero byte, UTF-16 almost always does (the
 * ASCII of commas, digits, line breaks): with zero bytes, whichever byte order reads as ordinary
 * text wins; neither means the file is not text at all.
 */
function utf16WithoutBom(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const sample = buf.subarray(0, Math.min(buf.length, SAMPLE) & ~1);
  if (!sample.includes(0)) return null;
  const le = plausibleShare(iconv.decode(sample, 'utf-16le'));
  const be = plausibleShare(iconv.decode(sample, 'utf-16be'));
  if (Math.max(le, be) >= 0.9) return le >= be ? 'utf-16le' : 'utf-16be';
  throw encodingError(
    '文件中含有空字节，既不是 UTF-8/GBK 文本也不是 UTF-16；请另存为 UTF-8 编码的 CSV',
    'the file contains zero bytes and is neither UTF-8/GBK text nor UTF-16; save it as a UTF-8 CSV',
  );
}

/**
 * One line's bytes as UTF-8: -1 if invalid, else how many Chinese characters (U+4000–U+9FFF, lead
 * bytes E4–E9) it holds. A plain loop: a GBK file fails on nearly every line, and exceptions from
 * a fatal TextDecoder per line would be slow on a large file.
 */
function utf8Chinese(buf: Buffer, start: number, end: number): number {
  let chinese = 0;
  for (let i = start; i < end;) {
    const b = buf[i] ?? 0;
    const need = continuationBytes(b);
    if (need < 0 || i + need >= end) return -1;
    for (let k = 1; k <= need; k++) if (((buf[i + k] ?? 0) & 0xc0) !== 0x80) return -1;
    if (b >= 0xe4 && b <= 0xe9) chinese++;
    i += need + 1;
  }
  return chinese;
}

/** How many continuation bytes a UTF-8 lead byte announces; -1 for a byte that cannot lead. */
function continuationBytes(b: number): number {
  if (b < 0x80) return 0;
  if (b >= 0xc2 && b <= 0xdf) return 1;
  if (b >= 0xe0 && b <= 0xef) return 2;
  if (b >= 0xf0 && b <= 0xf4) return 3;
  return -1;
}

/** Line numbers (1-based) of one line that is valid UTF-8 with Chinese text and one that is not. */
function mixedLines(buf: Buffer): { utf8: number; other: number } | null {
  let utf8 = 0;
  let other = 0;
  let line = 1;
  for (let start = 0; start < buf.length; line++) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl < 0 ? buf.length : nl;
    const chinese = utf8Chinese(buf, start, end);
    // Two Chinese characters make a GBK line that happens to be valid UTF-8 too unlikely.
    if (chinese < 0) other ||= line;
    else if (chinese >= 2) utf8 ||= line;
    if (utf8 && other) return { utf8, other };
    start = end + 1;
  }
  return null;
}

function decodeUtf16(buf: Buffer, enc: 'utf-16le' | 'utf-16be', skip: number): Decoded {
  if ((buf.length - skip) % 2 !== 0) {
    throw encodingError(
      `按 ${enc.toUpperCase()} 读取时字节数为奇数，文件不完整或编码不是 UTF-16`,
      `read as ${enc.toUpperCase()} the file has an odd number of bytes: it is incomplete or not UTF-16`,
    );
  }
  const text = iconv.decode(buf.subarray(skip), enc).normalize('NFC');
  return { text, encoding: enc, confident: !text.includes('\uFFFD') };
}

export function decodeText(bytes: Uint8Array, override?: string): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (override) {
    const wanted: string = override;
    if (!iconv.encodingExists(override)) {
      throw reject('ENCODING', `不支持的编码：${wanted}`, `unsupported encoding: ${wanted}`);
    }
    const text = iconv.decode(buf, override); // strips a BOM
    return { text: text.normalize('NFC'), encoding: override.toLowerCase(), confident: true };
  }
  for (const [sig, enc] of BOMS) {
    if (sig.every((x, i) => buf[i] === x)) {
      if (enc === 'utf-16le' || enc === 'utf-16be') return decodeUtf16(buf, enc, sig.length);
      return {
        text: iconv.decode(buf.subarray(sig.length), enc).normalize('NFC'),
        encoding: enc,
        confident: true,
      };
    }
  }
  const utf16 = utf16WithoutBom(buf);
  if (utf16) return decodeUtf16(buf, utf16, 0);
  try {
    return { text: strictUtf8.decode(buf).normalize('NFC'), encoding: 'utf-8', confident: true };
  } catch {
    const mixed = mixedLines(buf);
    if (mixed) {
      throw encodingError(
        `第 ${mixed.utf8} 行是 UTF-8 编码，第 ${mixed.other} 行却是 GBK 等其他编码（文件由不同来源拼接）；请在 WPS/Excel 或文本编辑器中统一另存为 UTF-8 后再导入`,
        `line ${mixed.utf8} is UTF-8 but line ${mixed.other} is GBK or another encoding (the file was pieced together from different sources); save it as UTF-8 throughout and import again`,
      );
    }
    const text = iconv.decode(buf, 'gb18030');
    return {
      text: text.normalize('NFC'),
      encoding: 'gb18030',
      confident: !text.includes('\uFFFD'),
    };
  }
}
