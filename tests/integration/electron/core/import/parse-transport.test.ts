// The parser child is the containment for files that get past the gate: a heap blow-up or a hang
// kills the child, never the caller, and the caller gets a clear refusal.
import { describe, expect, it } from 'vitest';

import { FileRejectedError } from '../../../../../electron/core/import/file-rejected.js';
import { childProcessTransport } from '../../../../../electron/core/import/parse-transport.js';
import { handMadeXlsx, lieAboutSize } from '../../../../support/import-fixtures.js';

const bigSheet = (): Buffer =>
  handMadeXlsx([
    ['企业名称', '所属园区'],
    ...Array.from({ length: 60_000 }, (_, i) => [`企业${i}`, '国际高端装备产业园'.repeat(4)]),
  ]);

const refusal = async (p: Promise<unknown>): Promise<FileRejectedError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof FileRejectedError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('parser child process', () => {
  it('returns plain rows for a good file', async () => {
    const wb = await childProcessTransport().parse({
      name: 'a.xlsx',
      bytes: handMadeXlsx([['企业名称'], ['甲']]),
    });
    expect(wb.sheets[0]?.rows).toEqual([['企业名称'], ['甲']]);
  });
  it('dies on its heap cap without taking the caller down', async () => {
    const e = await refusal(
      childProcessTransport({ heapMb: 32 }).parse({ name: 'big.xlsx', bytes: bigSheet() }),
    );
    expect(e.code).toBe('PARSER_CRASHED');
    expect(e.messageZh).toMatch(/文件过大|意外退出/);
  });
  it('refuses a zip that lies about its sizes (a bomb the central directory hides)', async () => {
    const honest = handMadeXlsx([['企业名称', '所属园区']], { padding: 40 * 1024 * 1024 });
    const lying = lieAboutSize(honest, 'xl/worksheets/sheet1.xml', 2048);
    const e = await refusal(childProcessTransport().parse({ name: 'lying.xlsx', bytes: lying }));
    expect(e.code).toBe('ZIP_LIMIT');
    expect(e.messageZh).toContain('声明的大小与实际内容不符');
  });
  it('is killed at its wall-clock limit', async () => {
    const e = await refusal(
      childProcessTransport({ timeoutMs: 300 }).parse({ name: 'big.xlsx', bytes: bigSheet() }),
    );
    expect(e.code).toBe('PARSER_TIMEOUT');
    expect(e.messageZh).toContain('读取文件超时');
  });
});
