// CSV bytes → text: BOM (UTF-8/UTF-16LE/UTF-16BE/GB18030), else strict UTF-8, else GB18030 (a superset
// of GBK). `confident` is false when the guess produced replacement characters, so the UI can offer
// an encoding choice; a caller's explicit encoding always wins.
import iconv from 'iconv-lite';

import { reject } from './file-rejected.js';

export type Decoded = { text: string; encoding: string; confident: boolean };

export const ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;

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
  const bom: [number[], string][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
    [[0x84, 0x31, 0x95, 0x33], 'gb18030'],
  ];
  for (const [sig, enc] of bom) {
    if (sig.every((x, i) => buf[i] === x)) {
      return {
        text: iconv.decode(buf.subarray(sig.length), enc).normalize('NFC'),
        encoding: enc,
        confident: true,
      };
    }
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(buf).normalize('NFC'),
      encoding: 'utf-8',
      confident: true,
    };
  } catch {
    const text = iconv.decode(buf, 'gb18030');
    return {
      text: text.normalize('NFC'),
      encoding: 'gb18030',
      confident: !text.includes('\uFFFD'),
    };
  }
}
