// Partial import ("导入有效行，跳过有问题的行"): the valid rows are written, rows with errors and rows
// that need them are skipped (saying which row they needed), the skipped rows come back as an .xlsx
// with a 问题 column, and that file, once fixed, imports the rest. The default stays all-or-nothing.
import * as XLSX from '@e965/xlsx';
import { afterEach, describe, expect, it } from 'vitest';

import { writeXlsx } from '../../../../../electron/core/export/write-xlsx.js';
import {
  commitImport,
  ImportRejectedError,
  prepareImport,
} from '../../../../../electron/core/import/import-service.js';
import { PROBLEM_HEADER } from '../../../../../electron/core/import/rejected-rows.js';
import { listImportRuns } from '../../../../../electron/core/repositories/import-repository.js';
import { demoWorkspace } from '../../../../support/demo-workspace.js';
import { dumpContents, type TempWorkspace } from '../../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

const KOMATSU = '小松（山东）工程机械有限公司';
const text = (header: string) => ({ header, type: 'text' as const });

/** 3 firms (one with a malformed USCC, one with an unknown segment) and 3 links, one per firm. */
const workbook = () =>
  writeXlsx([
    {
      kind: 'enterprises',
      sheet: '企业',
      columns: ['企业名称', '统一社会信用代码', '是否本地', '所属产业链', '所属环节'].map(text),
      rows: [
        ['济宁甲液压有限公司', '', '是', '工程机械', '液压泵'],
        ['济宁乙铸造有限公司', '91370800ABC', '是', '工程机械', '液压泵'],
        ['济宁丙电气有限公司', '', '是', '工程机械', '不存在的环节'],
      ],
    },
    {
      kind: 'links',
      sheet: '供应关系',
      columns: ['供应方', '采购方', '产品'].map(text),
      rows: [
        ['济宁甲液压有限公司', KOMATSU, '液压泵'],
        ['济宁乙铸造有限公司', KOMATSU, '铸件'],
        ['济宁丙电气有限公司', '济宁甲液压有限公司', '电控柜'],
      ],
    },
  ]);

const names = (ws: TempWorkspace['ws']) =>
  (
    ws.db
      .prepare(
        "SELECT name FROM enterprise WHERE name LIKE '济宁_%有限公司' AND name GLOB '济宁[甲乙丙]*'",
      )
      .pluck()
      .all() as string[]
  ).sort();
const links = (ws: TempWorkspace['ws']) =>
  (
    ws.db
      .prepare(
        "SELECT a.name || '→' || b.name FROM supply_link l JOIN enterprise a ON a.id = l.supplier_id JOIN enterprise b ON b.id = l.buyer_id WHERE a.name GLOB '济宁[甲乙丙]*'",
      )
      .pluck()
      .all() as string[]
  ).sort();

/** The skipped-rows workbook with the two bad cells corrected, as a user would in Excel. */
function fix(xlsx: Buffer): Buffer {
  const wb = XLSX.read(xlsx);
  for (const sheet of Object.values(wb.Sheets)) {
    for (const [addr, cell] of Object.entries(sheet)) {
      if (addr.startsWith('!')) continue;
      const c = cell as XLSX.CellObject;
      if (c.v === '91370800ABC') sheet[addr] = { t: 's', v: '913502000728319549' };
      if (c.v === '不存在的环节') sheet[addr] = { t: 's', v: '液压泵' };
    }
  }
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('partial import', () => {
  it('is refused by default: nothing is written while a row has an error', async () => {
    t = demoWorkspace();
    const before = dumpContents(t.ws.db);
    const prepared = await prepareImport(t.ws, [{ name: '新企业.xlsx', bytes: await workbook() }]);
    expect(prepared.preview.errors).toBeGreaterThan(0);
    await expect(commitImport(t.ws, prepared, { backup: false })).rejects.toBeInstanceOf(
      ImportRejectedError,
    );
    expect(dumpContents(t.ws.db)).toEqual(before);
  });

  it('writes the valid rows, hands back the rest with a 问题 column, and the fixed file imports them', async () => {
    t = demoWorkspace();
    const prepared = await prepareImport(t.ws, [{ name: '新企业.xlsx', bytes: await workbook() }]);
    const result = await commitImport(t.ws, prepared, {
      skipInvalid: true,
      acceptWarnings: true,
      backup: false,
    });
    expect(names(t.ws)).toEqual(['济宁甲液压有限公司']);
    expect(links(t.ws)).toEqual([`济宁甲液压有限公司→${KOMATSU}`]);
    expect(result.skipped.map((s) => `${s.origin.sheet}:${String(s.origin.row)}`)).toEqual([
      '企业:3',
      '企业:4',
      '供应关系:3',
      '供应关系:4',
    ]);
    // What the user is shown afterwards: the skipped rows counted as rejected, each with its reason.
    expect(result.preview.counts.enterprises).toMatchObject({ new: 1, rejected: 2 });
    expect(result.preview.counts.links).toMatchObject({ new: 1, rejected: 2 });
    expect(new Set(result.preview.issues.map((i) => `${i.sheet}:${String(i.row)}`))).toEqual(
      new Set(['企业:3', '企业:4', '供应关系:3', '供应关系:4']),
    );
    // The link from 丙 is skipped only because 丙's row is: it says so, naming that row and why.
    const fromBing = result.skipped.find(
      (s) => s.origin.sheet === '供应关系' && s.origin.row === 4,
    );
    expect(fromBing?.issues.map((i) => i.messageZh).join()).toMatch(/企业 第 4 行.*不存在的环节/);

    // The skipped rows as the user gets them: same headers, the cells as read, and where/what.
    expect(result.rejectedXlsx).not.toBeNull();
    const back = XLSX.read(result.rejectedXlsx ?? Buffer.alloc(0));
    const firms = XLSX.utils.sheet_to_json<Record<string, string>>(back.Sheets['企业'] ?? {});
    expect(firms.map((r) => r['企业名称'])).toEqual(['济宁乙铸造有限公司', '济宁丙电气有限公司']);
    expect(firms[0]?.['统一社会信用代码']).toBe('91370800ABC');
    expect(firms[0]?.[PROBLEM_HEADER]).toMatch(/新企业\.xlsx 「企业」 第 3 行 .*统一社会信用代码/);
    expect(firms[1]?.[PROBLEM_HEADER]).toContain('不存在的环节');

    // Second visit: the fixed file imports the rest, all-or-nothing, without errors.
    const again = await prepareImport(t.ws, [
      { name: '新企业-问题行.xlsx', bytes: fix(result.rejectedXlsx ?? Buffer.alloc(0)) },
    ]);
    expect(again.preview.issues.filter((i) => i.severity === 'error')).toEqual([]);
    await commitImport(t.ws, again, { acceptWarnings: true, backup: false });
    expect(names(t.ws)).toEqual(['济宁丙电气有限公司', '济宁乙铸造有限公司', '济宁甲液压有限公司']);
    expect(links(t.ws)).toEqual(
      [
        `济宁甲液压有限公司→${KOMATSU}`,
        `济宁乙铸造有限公司→${KOMATSU}`,
        '济宁丙电气有限公司→济宁甲液压有限公司',
      ].sort(),
    );
  });

  it('keeps the title rows above the header in the rejected-rows file and records the run as partial', async () => {
    t = demoWorkspace();
    const sheet = XLSX.utils.aoa_to_sheet([
      ['2026年11月 新落地企业名录'],
      ['填报单位：高新区招商局', null, '日期：2026-11-30'],
      ['企业名称', '统一社会信用代码', '是否本地'],
      ['济宁甲液压有限公司', '', '是'],
      ['济宁乙铸造有限公司', '91370800ABC', '是'],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '名录');
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const prepared = await prepareImport(t.ws, [{ name: '名录.xlsx', bytes }]);
    const result = await commitImport(t.ws, prepared, {
      skipInvalid: true,
      acceptWarnings: true,
      backup: false,
    });
    const back = XLSX.read(result.rejectedXlsx ?? Buffer.alloc(0));
    const rows = XLSX.utils.sheet_to_json<(string | null)[]>(back.Sheets['名录'] ?? {}, {
      header: 1,
      defval: null,
    });
    expect(rows.slice(0, 3)).toEqual([
      ['2026年11月 新落地企业名录', null, null, null],
      ['填报单位：高新区招商局', null, '日期：2026-11-30', null],
      ['企业名称', '统一社会信用代码', '是否本地', PROBLEM_HEADER],
    ]);
    expect(rows.slice(3).map((r) => r.slice(0, 3))).toEqual([
      ['济宁乙铸造有限公司', '91370800ABC', '是'],
    ]);
    expect(String(rows[3]?.[3])).toContain('第 5 行');

    // The fixed file, title rows and all, imports the rest as a complete (committed) run.
    const again = await prepareImport(t.ws, [
      { name: '名录-问题行.xlsx', bytes: fix(result.rejectedXlsx ?? Buffer.alloc(0)) },
    ]);
    expect(again.preview.issues.filter((i) => i.severity === 'error')).toEqual([]);
    await commitImport(t.ws, again, { acceptWarnings: true, backup: false });
    expect(names(t.ws)).toEqual(['济宁乙铸造有限公司', '济宁甲液压有限公司']);
    // The history tells the partial run from the complete one (newest first or not, by id).
    const runs = listImportRuns(t.ws.db).sort((a, b) => a.id - b.id);
    expect(runs.map((r) => r.status)).toEqual(['partial', 'committed']);
  });
});
