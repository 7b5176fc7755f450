// Hostile and broken inputs: each is refused (or read correctly) with a clear message naming where
// the problem is, and the workspace is left exactly as it was — nothing written, no import_run.
import { randomBytes } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  commitImport,
  ImportRejectedError,
  prepareImport,
} from '../../../../../electron/core/import/import-service.js';
import {
  dumpContents,
  fixture,
  handMadeXlsx,
  tempWorkspace,
  type TempWorkspace,
} from '../../../../support/import-fixtures.js';

let t: TempWorkspace;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  t = tempWorkspace();
  const seed = await prepareImport(t.ws, [fixture('register.xlsx')]);
  await commitImport(t.ws, seed, { backup: false });
  before = dumpContents(t.ws.db);
});
afterAll(() => {
  t.dispose();
});

const csv = (text: string) => ({ bytes: Buffer.from(`\uFEFF${text}`, 'utf8') });
const register = fixture('register.xlsx').bytes;
const cfbHeader = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

type Case = {
  name: string;
  file: string;
  bytes: Buffer;
  code: string;
  zh: string;
  row?: number;
  severity?: 'error' | 'warning';
};

const cases: Case[] = [
  {
    name: 'empty file',
    file: 'empty.xlsx',
    bytes: Buffer.alloc(0),
    code: 'FILE_REJECTED',
    zh: '文件为空',
  },
  {
    name: 'random bytes named .xlsx',
    file: 'random.xlsx',
    bytes: randomBytes(4096),
    code: 'FILE_REJECTED',
    zh: '不是有效的 Excel 文件',
  },
  {
    name: 'truncated .xlsx',
    file: 'truncated.xlsx',
    bytes: register.subarray(0, Math.floor(register.length / 2)),
    code: 'FILE_REJECTED',
    zh: '文件已损坏或不完整',
  },
  {
    name: 'password-protected workbook',
    file: 'locked.xlsx',
    bytes: Buffer.concat([
      cfbHeader,
      Buffer.alloc(504),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]),
    code: 'FILE_REJECTED',
    zh: '文件已加密',
  },
  {
    name: 'workbook with no recognisable sheet',
    file: 'no-known-sheet.xlsx',
    bytes: fixture('no-known-sheet.xlsx').bytes,
    code: 'NO_RECOGNISED_SHEET',
    zh: '没有可识别的工作表',
  },
  {
    name: 'zip bomb (60 MB of XML in a few KB)',
    file: 'bomb.xlsx',
    bytes: handMadeXlsx([['企业名称', '统一社会信用代码']], { padding: 60 * 1024 * 1024 }),
    code: 'FILE_REJECTED',
    zh: '解压后超过安全上限',
  },
  {
    name: 'huge cell',
    file: 'huge.csv',
    ...csv(`企业名称,主营产品\n甲,${'挖'.repeat(100_000)}\n`),
    // Refused by the reader, so no cell longer than Excel allows ever reaches header matching.
    code: 'FILE_REJECTED',
    zh: '第 2 行 B 列（B2）单元格内容过长：100,000 个字符',
  },
  {
    name: 'formula cells (cached value imported, flagged)',
    file: 'formulas.xlsx',
    bytes: fixture('formulas.xlsx').bytes,
    code: 'FORMULA_CELL',
    zh: '公式单元格',
    row: 2,
    severity: 'warning',
  },
  {
    name: 'duplicate USCCs',
    file: 'dup.csv',
    ...csv('企业名称,统一社会信用代码\n甲公司,91440101MA5CJQ4N59\n乙公司,91440101MA5CJQ4N59\n'),
    code: 'DUPLICATE_FIRM',
    zh: '与 dup 第 2 行 重复',
    row: 3,
  },
  {
    name: 'unknown link endpoint',
    file: 'links.csv',
    ...csv('供应方,采购方,产品\n不存在的企业,小松（济宁）智能制造有限公司,螺栓\n'),
    code: 'UNKNOWN_ENDPOINT',
    zh: '供应方“不存在的企业”既不在导入文件中，也不在工作区中',
    row: 2,
  },
  {
    name: 'self-link',
    file: 'self.csv',
    ...csv('供应方,采购方\n恒立液压股份有限公司,恒立液压有限公司\n'),
    code: 'SELF_LINK',
    zh: '供应方与采购方是同一家企业',
    row: 2,
  },
  {
    name: 'USCC with a bad symbol',
    file: 'uscc.csv',
    ...csv('企业名称,统一社会信用代码\n甲,9135O2000728319549\n'),
    code: 'USCC_INVALID',
    zh: '不是有效字符',
    row: 2,
  },
  {
    name: 'USCC checksum mismatch (warning)',
    file: 'sum.csv',
    ...csv('企业名称,统一社会信用代码\n甲,91350203M0001QAY9B\n'),
    code: 'USCC_CHECKSUM',
    zh: '校验位不符',
    row: 2,
    severity: 'warning',
  },
  {
    name: 'segment in no chain',
    file: 'seg.csv',
    ...csv('企业名称,所属环节\n甲,不存在的环节\n'),
    code: 'UNKNOWN_SEGMENT',
    zh: '环节“不存在的环节”不在任何产业链中',
    row: 2,
  },
  {
    name: 'unparseable amount and year',
    file: 'num.csv',
    ...csv(
      '供应方,采购方,年供货额(万元),起始年份\n恒立液压股份有限公司,山东鲁抗医药股份有限公司,很多,去年\n',
    ),
    code: 'BAD_NUMBER',
    zh: '无法识别的金额：“很多”',
    // An unreadable amount only skips that field (a warning); the unreadable year still rejects the row.
    severity: 'warning',
    row: 2,
  },
  {
    name: 'unbalanced quote in CSV',
    file: 'quote.csv',
    ...csv('企业名称,统一社会信用代码\n"甲,91440101MA5CJQ4N59\n'),
    code: 'FILE_REJECTED',
    zh: '引号不匹配',
  },
];

describe('bad inputs leave the workspace unchanged', () => {
  it.each(cases)('$name', async (c) => {
    const prepared = await prepareImport(t.ws, [{ name: c.file, bytes: c.bytes }]);
    const hit = prepared.preview.issues.find((i) => i.code === c.code);
    expect(hit, JSON.stringify(prepared.preview.issues)).toBeDefined();
    expect(hit?.messageZh).toContain(c.zh);
    expect(hit?.messageEn.length).toBeGreaterThan(0);
    expect(hit?.file).toBe(c.file);
    expect(hit?.severity).toBe(c.severity ?? 'error');
    if (c.row !== undefined) expect(hit?.row).toBe(c.row);
    await expect(commitImport(t.ws, prepared, { backup: false })).rejects.toBeInstanceOf(
      ImportRejectedError,
    );
    expect(dumpContents(t.ws.db)).toEqual(before);
    expect(t.ws.db.prepare('SELECT count(*) AS n FROM import_run').get()).toEqual({ n: 1 });
  });
});

describe('odd but valid sheets are read completely and quickly', () => {
  it('a sheet declaring the whole 1,048,576-row grid but holding a few cells', async () => {
    const bytes = handMadeXlsx(
      [
        ['企业名称', '所属园区'],
        ['满格测试企业', '航空航天城'],
      ],
      { dimension: 'A1:XFD1048576' },
    );
    const t0 = Date.now();
    const prepared = await prepareImport(t.ws, [{ name: 'fullgrid.xlsx', bytes }]);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(prepared.preview.issues).toEqual([]);
    expect(prepared.preview.counts.enterprises.new).toBe(1);
  });
  it('a sheet whose declared dimension is smaller than its data still yields every row', async () => {
    const rows = [
      ['企业名称', '所属园区'],
      ...Array.from({ length: 30 }, (_, i) => [`维度测试企业${i + 1}`, '智能终端产业园']),
    ];
    const prepared = await prepareImport(t.ws, [
      { name: 'smalldim.xlsx', bytes: handMadeXlsx(rows, { dimension: 'A1:A1' }) },
    ]);
    expect(prepared.preview.issues).toEqual([]);
    expect(prepared.preview.counts.enterprises.new).toBe(30);
  });
  it('an xlsx USCC stored as a number is reported on its row', async () => {
    const XLSX = await import('@e965/xlsx');
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['企业名称', '统一社会信用代码'],
        ['数字代码企业', Number('913502000728319549')],
      ]),
      '企业',
    );
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const prepared = await prepareImport(t.ws, [{ name: 'numeric.xlsx', bytes }]);
    expect(prepared.preview.issues).toMatchObject([
      { code: 'USCC_NUMBER', row: 2, column: 'B 统一社会信用代码', severity: 'error' },
    ]);
  });
});
