// Reads a spreadsheet the user named by path (CLI, desktop file dialogs) without trusting the path:
// the opened descriptor must be a regular file within the size limit, is read to at most that size,
// and must not change while it is read. A directory, a named pipe or a device such as /dev/zero is
// refused before a byte is read, so nothing can make the reader block or read without end.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';

import { reject, type FileRejectedError } from './file-rejected.js';
import { LIMITS } from './limits.js';

export type ReadInputOptions = {
  maxBytes?: number;
  /** Called after each chunk read, with the bytes read so far (progress for large files). */
  onChunk?: (done: number, total: number) => void;
};

const CHUNK = 4 * 1024 * 1024;
const mb = (n: number): string => (n / 1048576).toFixed(1);

// O_NONBLOCK: opening a named pipe for reading would otherwise wait for a writer forever. It has no
// effect on regular files; Windows has no such flag (and no pipes at file paths).
const nonBlocking = (constants as { O_NONBLOCK?: number }).O_NONBLOCK ?? 0;
const OPEN_FLAGS = constants.O_RDONLY | nonBlocking;

function kindOf(st: Stats): { zh: string; en: string } | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return { zh: '是一个文件夹', en: 'is a folder' };
  if (st.isFIFO()) return { zh: '是一个命名管道', en: 'is a named pipe' };
  if (st.isSocket()) return { zh: '是一个套接字', en: 'is a socket' };
  if (st.isCharacterDevice() || st.isBlockDevice()) return { zh: '是一个设备', en: 'is a device' };
  return { zh: '不是普通文件', en: 'is not a regular file' };
}

function notAFile(name: string, kind: { zh: string; en: string }): FileRejectedError {
  return reject(
    'NOT_A_FILE',
    `“${name}”${kind.zh}，不是表格文件；请选择 .xlsx、.xls、.ods、.et 或 .csv 文件`,
    `"${name}" ${kind.en}, not a spreadsheet; choose an .xlsx, .xls, .ods, .et or .csv file`,
  );
}

function openFailed(path: string, e: unknown): FileRejectedError {
  const name = basename(path);
  const raw = (e as { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : 'error';
  if (code === 'ENOENT')
    return reject('UNREADABLE', `文件不存在：${name}`, `file not found: ${name}`);
  if (code === 'EISDIR') return notAFile(name, { zh: '是一个文件夹', en: 'is a folder' });
  if (code === 'EACCES' || code === 'EPERM')
    return reject('UNREADABLE', `没有读取“${name}”的权限`, `no permission to read "${name}"`);
  return reject('UNREADABLE', `无法打开“${name}”（${code}）`, `cannot open "${name}" (${code})`);
}

const changed = (name: string): FileRejectedError =>
  reject(
    'CHANGED',
    `“${name}”在读取过程中被修改（可能仍在保存或同步中），请稍后重试`,
    `"${name}" changed while it was being read (it may still be saving or syncing); try again`,
  );

/** The file's bytes; throws FileRejectedError (never a raw fs error) for anything else. */
export function readInputFile(path: string, options: ReadInputOptions = {}): Buffer {
  const name = basename(path);
  const maxBytes = options.maxBytes ?? LIMITS.maxFileBytes;
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    throw openFailed(path, e);
  }
  try {
    const before = fstatSync(fd);
    const kind = kindOf(before);
    if (kind) throw notAFile(name, kind);
    if (before.size === 0) throw reject('EMPTY', `文件为空：${name}`, `the file is empty: ${name}`);
    if (before.size > maxBytes) {
      throw reject(
        'TOO_LARGE',
        `文件过大（${mb(before.size)} MB，上限 ${mb(maxBytes)} MB）：${name}`,
        `the file is too large (${mb(before.size)} MB, limit ${mb(maxBytes)} MB): ${name}`,
      );
    }
    // One byte more than fstat promised: reading it means the file grew after fstat.
    const buf = Buffer.allocUnsafe(before.size + 1);
    let done = 0;
    for (;;) {
      const n = readSync(fd, buf, done, Math.min(CHUNK, buf.length - done), done);
      if (n === 0) break;
      done += n;
      if (done > before.size) throw changed(name);
      options.onChunk?.(done, before.size);
    }
    const after = fstatSync(fd);
    const moved = statSafe(path);
    if (
      done !== before.size ||
      after.size !== before.size ||
      after.mtimeMs !== before.mtimeMs ||
      moved?.ino !== before.ino
    )
      throw changed(name);
    return buf.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

const statSafe = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
};
