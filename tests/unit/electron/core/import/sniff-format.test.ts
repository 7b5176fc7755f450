import { describe, expect, it } from 'vitest';

import { FileRejectedError } from '../../../../../electron/core/import/file-rejected.js';
import { sniffFormat } from '../../../../../electron/core/import/sniff-format.js';

const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof FileRejectedError) return e.code;
    throw e;
  }
  return 'accepted';
};

describe('format sniffing by content, not name', () => {
  it('recognises zip (xlsx/ods), CFB (xls) and text (csv)', () => {
    expect(sniffFormat('a.xlsx', Buffer.from('PK\x03\x04rest'), 1e6)).toBe('zip');
    expect(
      sniffFormat('a.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 1e6),
    ).toBe('xls');
    expect(sniffFormat('a.csv', Buffer.from('名称,代码'), 1e6)).toBe('csv');
  });
  it('refuses empty, oversized, encrypted and disguised files', () => {
    expect(code(() => sniffFormat('a.xlsx', Buffer.alloc(0), 1e6))).toBe('EMPTY');
    expect(code(() => sniffFormat('a.csv', Buffer.alloc(11), 10))).toBe('TOO_LARGE');
    const cfb = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]);
    expect(code(() => sniffFormat('a.xlsx', cfb, 1e6))).toBe('ENCRYPTED');
    expect(code(() => sniffFormat('a.xlsx', Buffer.from('%PDF-1.7'), 1e6))).toBe('UNKNOWN_FORMAT');
    expect(code(() => sniffFormat('a.pdf', Buffer.from('%PDF-1.7'), 1e6))).toBe('UNKNOWN_FORMAT');
  });
});
