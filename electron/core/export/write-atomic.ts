// Writes a file under a temporary name in the same folder and renames it into place, so a crash, a
// cancel or a full disk never leaves a half-written picture under the real name.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

import { AppError } from '../../../shared/ipc/result.js';

export const tempNameFor = (target: string): string =>
  join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.part`);

export function writeFileAtomic(target: string, bytes: Uint8Array): void {
  const tmp = tempNameFor(target);
  try {
    writeFileSync(tmp, bytes, { flag: 'wx' });
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new AppError(
      'REJECTED',
      `无法写入 ${target}：${(e as Error).message}（文件夹是否可写、文件是否被其他程序打开？）`,
      { code: 'WRITE_FAILED' },
      `Cannot write ${target}: ${(e as Error).message}`,
    );
  }
}
