// Paths that are not spreadsheets — a folder, a named pipe, /dev/zero, a file growing while it is read,
// an oversized file — are refused with a clear zh/en message before any large read, both by the
// reader itself and through `import` on the command line (exit 1, workspace unchanged).
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from '../../../../../electron/cli/main.js';
import { FileRejectedError } from '../../../../../electron/core/import/file-rejected.js';
import { readInputFile } from '../../../../../electron/core/import/read-input-file.js';
import { dumpContents, fixture, tempWorkspace } from '../../../../support/import-fixtures.js';

const t = tempWorkspace();
const folder = join(t.dir, '企业名录.xlsx');
const pipe = join(t.dir, 'pipe.csv');
let before: Record<string, unknown[]>;

beforeAll(() => {
  mkdirSync(folder);
  execFileSync('mkfifo', [pipe]);
  before = dumpContents(t.ws.db);
});
afterAll(() => {
  t.dispose();
});

function refusal(path: string, options?: Parameters<typeof readInputFile>[1]): FileRejectedError {
  try {
    readInputFile(path, options);
  } catch (e) {
    if (e instanceof FileRejectedError) return e;
    throw e;
  }
  throw new Error(`${path} was read`);
}

describe('readInputFile', () => {
  it('reads a regular file exactly', () => {
    const { bytes } = fixture('register.xlsx');
    const path = join(t.dir, 'register.xlsx');
    writeFileSync(path, bytes);
    expect(readInputFile(path).equals(bytes)).toBe(true);
  });
  it.each([
    ['a folder', () => folder, 'NOT_A_FILE', '是一个文件夹', 'is a folder'],
    [
      'a named pipe (no writer: opening must not wait)',
      () => pipe,
      'NOT_A_FILE',
      '命名管道',
      'named pipe',
    ],
    ['/dev/zero (endless)', () => '/dev/zero', 'NOT_A_FILE', '是一个设备', 'is a device'],
    ['a missing file', () => join(t.dir, 'nope.xlsx'), 'UNREADABLE', '文件不存在', 'not found'],
  ])('%s', (_name, path, code, zh, en) => {
    if (path() === '/dev/zero' && !existsSync('/dev/zero')) return;
    const e = refusal(path());
    expect(e.code).toBe(code);
    expect(e.messageZh).toContain(zh);
    expect(e.messageEn).toContain(en);
  });
  it('a file over the size limit is refused from its size alone', () => {
    const path = join(t.dir, 'big.csv');
    writeFileSync(path, Buffer.alloc(2048, 0x41));
    const seen: number[] = [];
    const e = refusal(path, { maxBytes: 1024, onChunk: (done) => seen.push(done) });
    expect(e.code).toBe('TOO_LARGE');
    expect(e.messageZh).toContain('文件过大');
    expect(seen).toEqual([]);
  });
  it('a file that grows while it is read is refused', () => {
    const path = join(t.dir, 'growing.csv');
    writeFileSync(path, Buffer.alloc(9 * 1024 * 1024, 0x41));
    // Another program appends after the first 4 MB chunk has been read.
    const e = refusal(path, {
      onChunk: (done) => {
        if (done === 4 * 1024 * 1024) appendFileSync(path, '甲,乙\n');
      },
    });
    expect(e.code).toBe('CHANGED');
    expect(e.messageZh).toContain('在读取过程中被修改');
    expect(e.messageEn).toContain('changed while it was being read');
  });
  it('a file rewritten in place (same size) while it is read is refused', () => {
    const path = join(t.dir, 'rewritten.csv');
    writeFileSync(path, Buffer.alloc(9 * 1024 * 1024, 0x41));
    const e = refusal(path, {
      onChunk: (done) => {
        if (done === 4 * 1024 * 1024) {
          // A later modification time, the way a save by another program leaves it.
          writeFileSync(path, Buffer.alloc(9 * 1024 * 1024, 0x42));
          execFileSync('touch', ['-d', '+1 minute', path]);
        }
      },
    });
    expect(e.code).toBe('CHANGED');
  });
});

describe('import on the command line', () => {
  async function cli(...argv: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(argv, {
      out: (s) => (out += `${s}\n`),
      err: (s) => (err += `${s}\n`),
    });
    return { code, out, err };
  }
  it.each([
    ['a folder', () => folder, '是一个文件夹，不是表格文件'],
    ['a named pipe', () => pipe, '是一个命名管道，不是表格文件'],
    ['/dev/zero', () => '/dev/zero', '是一个设备，不是表格文件'],
  ])('%s: exit 1 at once, one clear message, nothing written', async (_name, path, zh) => {
    if (path() === '/dev/zero' && !existsSync('/dev/zero')) return;
    const started = Date.now();
    const r = await cli('import', '--db', t.file, '--file', path(), '--accept-warnings');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(1);
    expect(r.err).toContain(zh);
    expect(r.err).toContain('not a spreadsheet');
    expect(r.err).not.toMatch(/\n\s+at |Error:/);
    expect(dumpContents(t.ws.db)).toEqual(before);
    expect(existsSync(join(t.dir, 'backups'))).toBe(false);
  });
});
