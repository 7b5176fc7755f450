// Files the reader cannot read completely — a damaged sheet in a LibreOffice workbook, a damaged .xls,
// a 10 MB cell, text in UTF-16 or in mixed encodings — are refused as a whole with a message naming the
// file, the sheet and the cause, through the real parser process; the workspace stays exactly as it was.
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

const reader = (name: string) => fixture(`reader/${name}`);

/** Imports one file and expects it refused as a whole: one FILE_REJECTED error, nothing written. */
async function refused(src: { name: string; bytes: Buffer }) {
  const prepared = await prepareImport(t.ws, [src]);
  const errors = prepared.preview.issues.filter((i) => i.severity === 'error');
  expect(errors, JSON.stringify(prepared.preview.issues)).toHaveLength(1);
  const issue = errors[0];
  expect(issue).toMatchObject({ code: 'FILE_REJECTED', file: src.name });
  // Nothing of the file's readable sheets is planned either.
  expect(prepared.preview.counts.enterprises.new + prepared.preview.counts.links.new).toBe(0);
  await expect(commitImport(t.ws, prepared, { backup: false })).rejects.toBeInstanceOf(
    ImportRejectedError,
  );
  expect(dumpContents(t.ws.db)).toEqual(before);
  return { zh: issue?.messageZh ?? '', en: issue?.messageEn ?? '' };
}

const noJsMessage = (text: string) => {
  expect(text).not.toMatch(/undefined|Cannot read|TypeError|RangeError|properties of|\bat \w/);
};

describe('a LibreOffice workbook with a damaged second sheet', () => {
  it('reads completely when undamaged (30 firms and 48 links)', async () => {
    const prepared = await prepareImport(t.ws, [reader('two-sheets.xlsx')]);
    expect(prepared.preview.counts.enterprises.new).toBe(30);
    expect(prepared.preview.counts.links.new).toBe(48);
  });
  it('a shared-string index past the table: refused naming the sheet, not the first sheet alone', async () => {
    const m = await refused(reader('bad-sst.xlsx'));
    expect(m.zh).toContain('工作表“供应关系”无法读取');
    expect(m.en).toContain('sheet "供应关系" cannot be read');
    noJsMessage(m.zh);
  });
  it('a sheet whose XML stops halfway: refused naming the sheet', async () => {
    const m = await refused(reader('cut-sheet.xlsx'));
    expect(m.zh).toContain('工作表“供应关系”的内容不完整');
    expect(m.en).toContain('sheet "供应关系" is incomplete');
  });
});

describe('a damaged .xls says the file is damaged', () => {
  it('reads completely when undamaged', async () => {
    const prepared = await prepareImport(t.ws, [reader('two-sheets.xls')]);
    expect(prepared.preview.counts.enterprises.new).toBe(30);
    expect(prepared.preview.counts.links.new).toBe(48);
  });
  it.each(['truncated.xls', 'garbled.xls'])('%s', async (name) => {
    const m = await refused(reader(name));
    expect(m.zh).toContain('文件已损坏');
    expect(m.en).toContain('damaged');
    noJsMessage(m.zh);
    noJsMessage(m.en);
  });
});

describe('a 10 MB cell is refused by the reader, naming its place', () => {
  it('in a CSV (it overflowed the stack in header matching before)', async () => {
    const big = '挖'.repeat(10 * 1024 * 1024);
    const m = await refused({
      name: 'big-cell.csv',
      bytes: Buffer.from(`企业名称,主营产品\n甲,乙\n${big},丙\n`, 'utf8'),
    });
    expect(m.zh).toContain('工作表“big-cell”第 3 行 A 列（A3）单元格内容过长：10,485,760 个字符');
    expect(m.en).toContain('cell A3 (row 3) is too long');
  });
  it('in an xlsx whose cell does not compress (so the zip gate lets it through)', async () => {
    // Random letters, so the zip ratio rule does not catch it first: this is the reader's own check.
    const text = Buffer.from(randomBytes(10 * 1024 * 1024).map((b) => 97 + (b % 26))).toString();
    const m = await refused({
      name: 'big-cell.xlsx',
      bytes: handMadeXlsx([
        ['企业名称', '主营产品'],
        ['甲', text],
      ]),
    });
    expect(m.zh).toContain('第 2 行 B 列（B2）单元格内容过长：10,485,760 个字符');
  });
});

describe('encoding', () => {
  const text = '企业名称,所属园区\n编码测试企业一号,智能终端产业园\n编码测试企业二号,航空航天城\n';
  it.each([
    ['utf-16le', Buffer.from(text, 'utf16le')],
    ['utf-16be', Buffer.from(text, 'utf16le').swap16()],
  ])('%s without a BOM is read as such', async (encoding, bytes) => {
    const prepared = await prepareImport(t.ws, [{ name: `${encoding}.csv`, bytes }]);
    expect(prepared.preview.files[0]?.encoding).toEqual({ name: encoding, confident: true });
    expect(prepared.preview.issues).toEqual([]);
    expect(prepared.preview.counts.enterprises.new).toBe(2);
    // 一 (U+4E00) puts a zero byte on the "wrong" side of its pair; the names arrive intact.
    expect(prepared.workbooks[0]?.sheets[0]?.rows.map((r) => r[0])).toEqual([
      '企业名称',
      '编码测试企业一号',
      '编码测试企业二号',
      '',
    ]);
  });
  it('a file of UTF-8 lines and GBK lines is an encoding error naming a line of each', async () => {
    const iconv = (await import('iconv-lite')).default;
    const bytes = Buffer.concat([
      Buffer.from('企业名称,所属园区\n编码测试企业一号,智能终端产业园\n', 'utf8'),
      iconv.encode('编码测试企业二号,航空航天城\n', 'gbk'),
    ]);
    const m = await refused({ name: 'mixed.csv', bytes });
    expect(m.zh).toContain('文件编码有误');
    expect(m.zh).toContain('第 1 行是 UTF-8 编码，第 3 行却是 GBK');
    expect(m.en).toContain('encoding');
  });
  it('a UTF-16 file cut to an odd length is an encoding error', async () => {
    const bytes = Buffer.from(text, 'utf16le').subarray(0, 51);
    const m = await refused({ name: 'odd.csv', bytes });
    expect(m.zh).toContain('文件编码有误');
    expect(m.en).toContain('encoding');
  });
});
