// Reading workbooks through SheetJS with the app's options: dates in both of Excel's date systems, and
// a password-protected workbook told from a damaged one by SheetJS's own error. The files here
// make SheetJS throw it for real (an .ods whose manifest declares its content encrypted, as
// LibreOffice writes it), so an upgrade that rewords the message fails this test instead of telling
// users their protected file is damaged.
import * as XLSX from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { FileRejectedError } from '../../../../../electron/core/import/file-rejected.js';
import { LIMITS } from '../../../../../electron/core/import/limits.js';
import {
  isEncryptionError,
  parseWorkbook,
} from '../../../../../electron/core/import/parse-workbook.js';

const odsBytes = (): Uint8Array => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['企业名称'], ['小松']]), '企业');
  return new Uint8Array(XLSX.write(wb, { bookType: 'ods', type: 'buffer' }) as Buffer);
};

/** The ODS above as a password-protected save: content.xml scrambled, the manifest saying how. */
function encryptedOds(): Uint8Array {
  const parts = unzipSync(odsBytes());
  const manifest = strFromU8(parts['META-INF/manifest.xml'] ?? new Uint8Array());
  const entry = /<manifest:file-entry manifest:full-path="content.xml"[^>]*?\/>/.exec(
    manifest,
  )?.[0];
  if (!entry) throw new Error('SheetJS wrote no manifest entry for content.xml');
  const encrypted = `${entry.slice(0, -2)}><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/><manifest:start-key-generation manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry>`;
  parts['META-INF/manifest.xml'] = strToU8(manifest.replace(entry, encrypted));
  parts['content.xml'] = new Uint8Array(512).map((_, i) => (i * 151) % 256);
  return zipSync(parts);
}

function rejection(bytes: Uint8Array): FileRejectedError {
  try {
    parseWorkbook(bytes, LIMITS);
  } catch (e) {
    if (e instanceof FileRejectedError) return e;
    throw e;
  }
  throw new Error('the workbook was read');
}

describe('password-protected workbooks', () => {
  it('says an encrypted .ods needs its password removed, not that it is damaged', () => {
    const e = rejection(encryptedOds());
    expect(e.code).toBe('ENCRYPTED');
    expect(e.messageZh).toBe('文件已加密，请先在 Excel/WPS 中取消密码后再导入');
  });

  it('the same file unencrypted reads, and a scrambled one is damaged', () => {
    expect(parseWorkbook(odsBytes(), LIMITS)[0]?.rows).toEqual([['企业名称'], ['小松']]);
    const parts = unzipSync(odsBytes());
    parts['META-INF/manifest.xml'] = strToU8('<manifest:manifest><manifest:file-entry');
    parts['content.xml'] = new Uint8Array(64).fill(7);
    expect(rejection(zipSync(parts)).code).toBe('CORRUPT');
  });

  it("recognises SheetJS's texts for protected .xls/.xlsx, which it throws as Error or bare string", () => {
    expect(isEncryptionError(new Error('File is password-protected'))).toBe(true);
    expect(isEncryptionError('Unrecognized encryption algorithm: 26128')).toBe(true);
    expect(isEncryptionError(new Error('Unsupported value type'))).toBe(false);
  });
});

describe('date cells', () => {
  /** One date-styled cell holding serial 45000, in a workbook of the given date system. */
  const dated = (date1904: boolean): Uint8Array => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['企业名称', '成立日期'],
      ['小松', 45000],
    ]);
    const cell = ws['B2'] as XLSX.CellObject;
    cell.z = 'yyyy-mm-dd';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '企业');
    wb.Workbook = { WBProps: { date1904 } };
    return new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }) as Buffer);
  };

  it('reads a date as Excel shows it, also in a workbook on the 1904 date system (older Mac Excel)', () => {
    // The same serial is four years and a day later in the 1904 system: read as a bare number it
    // would be imported as 2023-03-15 while Excel shows 2027-03-16.
    expect(parseWorkbook(dated(false), LIMITS)[0]?.rows[1]).toEqual(['小松', '2023-03-15']);
    expect(parseWorkbook(dated(true), LIMITS)[0]?.rows[1]).toEqual(['小松', '2027-03-16']);
  });
});
