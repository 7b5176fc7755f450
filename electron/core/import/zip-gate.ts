// Reads a zip's central directory (yauzl) without inflating anything and refuses archives whose
// declared contents are too many, too large, or compressed suspiciously well (zip bombs).
import yauzl from 'yauzl';

import { reject } from './file-rejected.js';
import type { Limits } from './limits.js';

export type ZipSummary = { entries: string[]; uncompressedBytes: number };

export function checkZip(bytes: Uint8Array, limits: Limits): Promise<ZipSummary> {
  return new Promise((resolve, fail) => {
    const corrupt = (detail: string) =>
      reject(
        'CORRUPT',
        `文件已损坏或不完整，无法读取（${detail}）`,
        `the file is damaged or incomplete (${detail})`,
      );
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true },
      (err, zip) => {
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
        let total = 0;
        zip.on('entry', (e: yauzl.Entry) => {
          entries.push(e.fileName);
          total += e.uncompressedSize;
          const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
          if (
            total > limits.maxZipUncompressedBytes ||
            (e.uncompressedSize > limits.zipRatioMinBytes && ratio > limits.maxZipRatio)
          ) {
            zip.close();
            fail(
              reject(
                'ZIP_LIMIT',
                `文件过大：解压后超过安全上限（${e.fileName} 解压 ${(e.uncompressedSize / 1048576).toFixed(0)} MB，压缩比 ${ratio.toFixed(0)}:1）`,
                `the file expands beyond the safety limit (${e.fileName}: ${(e.uncompressedSize / 1048576).toFixed(0)} MB, ratio ${ratio.toFixed(0)}:1)`,
              ),
            );
            return;
          }
          zip.readEntry();
        });
        zip.on('end', () => {
          resolve({ entries, uncompressedBytes: total });
        });
        zip.on('error', (e: Error) => {
          fail(corrupt(e.message));
        });
        zip.readEntry();
      },
    );
  });
}
