// Decides what a file is from its first bytes, not its name: zip (xlsx/ods), CFB (xls, or an
// encrypted xlsx), or text (CSV). Random bytes named .xlsx are refused instead of read as CSV.
import { reject } from './file-rejected.js';

export type SniffedFormat = 'zip' | 'xls' | 'csv';

const startsWith = (b: Uint8Array, sig: readonly number[]): boolean =>
  sig.every((x, i) => b[i] === x);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptedPackage" as UTF-16LE: the stream an Office password-protected file keeps its zip in. */
const ENCRYPTED_MARK = Buffer.from('EncryptedPackage', 'utf16le');

export function sniffFormat(name: string, bytes: Uint8Array, limitBytes: number): SniffedFormat {
  if (bytes.length === 0) throw reject('EMPTY', '文件为空', 'the file is empty');
  if (bytes.length > limitBytes) {
    throw reject(
      'TOO_LARGE',
      `文件过大（${(bytes.length / 1048576).toFixed(1)} MB，上限 ${Math.round(limitBytes / 1048576)} MB）`,
      `the file is too large (${(bytes.length / 1048576).toFixed(1)} MB, limit ${Math.round(limitBytes / 1048576)} MB)`,
    );
  }
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, ZIP_EMPTY))
    throw reject(
      'CORRUPT',
      '文件内容为空的压缩包，不是有效的表格文件',
      'an empty zip archive, not a spreadsheet',
    );
  if (startsWith(bytes, CFB)) {
    if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_MARK)) {
      throw reject(
        'ENCRYPTED',
        '文件已加密，请先在 Excel/WPS 中取消密码后再导入',
        'the file is password-protected; remove the password first',
      );
    }
    return 'xls';
  }
  if (['csv', 'txt', 'tsv'].includes(ext)) return 'csv';
  throw reject(
    'UNKNOWN_FORMAT',
    ext === 'xlsx' || ext === 'xls' || ext === 'ods' || ext === 'et'
      ? '不是有效的 Excel 文件（文件内容与扩展名不符，可能已损坏）'
      : '不支持的文件格式：请使用 .xlsx、.xls、.ods、.et 或 .csv',
    ext === 'xlsx' || ext === 'xls' || ext === 'ods' || ext === 'et'
      ? 'not a valid Excel file (its content does not match its extension; it may be damaged)'
      : 'unsupported format: use .xlsx, .xls, .ods, .et or .csv',
  );
}
