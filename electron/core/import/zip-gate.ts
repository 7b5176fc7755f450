// Zip (xlsx/ods) gate, before any parser sees the file: the central directory (yauzl) must declare
// few enough entries, a bounded total size and sane compression ratios (zip bombs); then every
// entry is inflated once into nothing, counting bytes, so an archive that lies about its sizes
// (yauzl's validateEntrySizes) or expands past the limit is refused without holding it in memory.
import yauzl from 'yauzl';

import { reject } from './file-rejected.js';
import type { Limits } from './limits.js';

export type ZipSummary = {
  entries: string[];
  uncompressedBytes: number;
  /** The last bytes of every XML part, to tell a part cut short (see check-parts.ts). */
  tails: Map<string, string>;
  /** Small parts kept whole: the workbook and its relationships (sheet names → part paths). */
  kept: Map<string, string>;
};

const TAIL_BYTES = 256;
const KEEP = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']);
const KEEP_MAX_BYTES = 4 * 1024 * 1024;
const isXml = (name: string): boolean => /\.(xml|rels)$/i.test(name);

const mb = (n: number): string => (n / 1048576).toFixed(0);

/**
 * yauzl (3.x, validateEntrySizes) reports an entry that inflates to more or fewer bytes than it
 * declared as a plain Error with no code or class, so its message is the only sign:
 * "too many bytes in the stream …" / "not enough bytes in the stream …".
 */
export const isSizeMismatch = (e: Error): boolean =>
  /^(too many|not enough) bytes in the stream/.test(e.message);

export function checkZip(bytes: Uint8Array, limits: Limits): Promise<ZipSummary> {
  return new Promise((resolve, fail) => {
    const corrupt = (detail: string) =>
      reject(
        'CORRUPT',
        `文件已损坏或不完整，无法读取（${detail}）`,
        `the file is damaged or incomplete (${detail})`,
      );
    const tooBig = (what: string, whatEn: string) =>
      reject(
        'ZIP_LIMIT',
        `文件过大：解压后超过安全上限（${what}）`,
        `the file expands beyond the safety limit (${whatEn})`,
      );
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    yauzl.fromBuffer(buf, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err) {
        fail(corrupt(err.message));
        return;
      }
      if (zip.entryCount > limits.maxZipEntries) {
        zip.close();
        fail(
          reject(
            'ZIP_LIMIT',
            `文件包含的条目过多（${zip.entryCount}）`,
            `the archive holds too many entries (${zip.entryCount})`,
          ),
        );
        return;
      }
      const entries: string[] = [];
      const tails = new Map<string, string>();
      const kept = new Map<string, string>();
      let declared = 0;
      let actual = 0;
      let failed = false;
      const stop = (e: Error): void => {
        if (failed) return;
        failed = true;
        zip.close();
        fail(e);
      };
      zip.on('entry', (e: yauzl.Entry) => {
        entries.push(e.fileName);
        declared += e.uncompressedSize;
        const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
        if (declared > limits.maxZipUncompressedBytes) {
          stop(tooBig(`共 ${mb(declared)} MB`, `${mb(declared)} MB in total`));
          return;
        }
        if (e.uncompressedSize > limits.zipRatioMinBytes && ratio > limits.maxZipRatio) {
          stop(
            tooBig(
              `${e.fileName} 解压 ${mb(e.uncompressedSize)} MB，压缩比 ${ratio.toFixed(0)}:1`,
              `${e.fileName}: ${mb(e.uncompressedSize)} MB, ratio ${ratio.toFixed(0)}:1`,
            ),
          );
          return;
        }
        if (e.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        zip.openReadStream(e, (openErr, stream) => {
          if (openErr) {
            stop(corrupt(openErr.message));
            return;
          }
          const xml = isXml(e.fileName);
          const keep = KEEP.has(e.fileName) && e.uncompressedSize <= KEEP_MAX_BYTES;
          let tail: Buffer = Buffer.alloc(0);
          const whole: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => {
            if (xml) {
              const joined = chunk.length >= TAIL_BYTES ? chunk : Buffer.concat([tail, chunk]);
              tail = joined.subarray(Math.max(0, joined.length - TAIL_BYTES));
            }
            if (keep) whole.push(chunk);
            actual += chunk.length;
            // Defence in depth, unreachable while yauzl checks entry sizes: an entry's stream errors
            // before passing a byte beyond its declared size, and the declared total is held to the
            // limit above, so no file (and no test) can make this fire; mutants here cannot be killed.
            // Stryker disable all
            if (actual > limits.maxZipUncompressedBytes) {
              stream.destroy();
              stop(
                tooBig(
                  `超过 ${mb(limits.maxZipUncompressedBytes)} MB`,
                  `over ${mb(limits.maxZipUncompressedBytes)} MB`,
                ),
              );
            }
          });
          // Stryker restore all
          // validateEntrySizes: an entry inflating to more (or less) than it declared errors here.
          stream.on('error', (se: Error) => {
            stop(
              isSizeMismatch(se)
                ? reject(
                    'ZIP_LIMIT',
                    '文件已损坏或被篡改：压缩包声明的大小与实际内容不符',
                    'the archive lies about its sizes (damaged or crafted)',
                  )
                : corrupt(se.message),
            );
          });
          stream.on('end', () => {
            if (xml) tails.set(e.fileName, tail.toString('latin1'));
            if (keep) kept.set(e.fileName, Buffer.concat(whole).toString('utf8'));
            if (!failed) zip.readEntry();
          });
        });
      });
      zip.on('end', () => {
        if (!failed) resolve({ entries, uncompressedBytes: actual, tails, kept });
      });
      zip.on('error', (e: Error) => {
        stop(corrupt(e.message));
      });
      zip.readEntry();
    });
  });
}
