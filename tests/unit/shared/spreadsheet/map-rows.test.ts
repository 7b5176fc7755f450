// Years and dates as a register's cells reach the rules: an .xlsx written by SheetJS and read back by
// the import's own reader (date-styled cells arrive as text, unstyled ones as Excel serials), so a
// founding year or a follow-up date a user sees after import is the day their sheet shows.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';

import { LIMITS } from '../../../../electron/core/import/limits.js';
import { parseWorkbook } from '../../../../electron/core/import/parse-workbook.js';
import { extractDrafts } from '../../../../shared/spreadsheet/extract-drafts.js';
import type { ImportIssue } from '../../../../shared/spreadsheet/types.js';

type Cell = XLSX.CellObject | string | number | null;

/** One workbook, its cells as written (a number with `z` carries a date style, one without does not). */
function readBack(sheets: Record<string, Cell[][]>) {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = XLSX.utils.aoa_to_sheet(rows);
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  const bytes = new Uint8Array(XLSX.write(wb, { bookType: 'xlsx', type: 'buffer' }) as Buffer);
  const read = parseWorkbook(bytes, LIMITS);
  return extractDrafts([{ file: '名录.xlsx', format: 'xlsx', sheets: read }]);
}

const dated = (serial: number): XLSX.CellObject => ({ t: 'n', v: serial, z: 'yyyy-mm-dd' });
const where = (i: ImportIssue) => `${i.sheet} row ${i.row} ${i.column} ${i.severity}:${i.code}`;

describe('founding years from real cells', () => {
  const next = new Date().getFullYear() + 1;

  it('reads a date cell with or without its date style as the year its day falls in', () => {
    // 36891.9 is 2000-12-31 21:36: before the fix an evening serial became the next day (2001).
    const x = readBack({
      企业: [
        ['企业名称', '成立日期'],
        ['甲公司', 36891.9],
        ['乙公司', dated(36891.9)],
        ['丙公司', 45000.75],
        ['丁公司', '2008年'],
      ],
    });
    expect(x.issues).toEqual([]);
    expect(x.drafts.enterprises.map((d) => [d.name, d.values.founded])).toEqual([
      ['甲公司', 2000],
      ['乙公司', 2000],
      ['丙公司', 2023],
      ['丁公司', 2008],
    ]);
  });

  it('refuses a mistyped or future founding year with its place and the range, and keeps the firm', () => {
    const x = readBack({
      企业: [
        ['企业名称', '成立年份'],
        ['甲公司', 1750],
        ['乙公司', next + 1],
        ['丙公司', `${next + 1}年`],
        ['丁公司', next],
      ],
    });
    expect(x.issues.map(where)).toEqual([
      '企业 row 2 B 成立年份 warning:BAD_YEAR',
      '企业 row 3 B 成立年份 warning:BAD_YEAR',
      '企业 row 4 B 成立年份 warning:BAD_YEAR',
    ]);
    expect(x.issues[0]?.file).toBe('名录.xlsx');
    expect(x.issues[0]?.messageZh).toBe(
      `无法识别的年份：“1750”（年份应在 1800–${next} 之间），本行此项不导入（保留原值），其余各项照常导入`,
    );
    expect(x.issues[1]?.messageEn).toBe(
      `cannot read year: '${next + 1}' (a year must be between 1800 and ${next}); this field is skipped for this row (the stored value stays), the rest of the row is imported`,
    );
    expect(x.drafts.enterprises.map((d) => [d.name, d.values.founded])).toEqual([
      ['甲公司', undefined],
      ['乙公司', undefined],
      ['丙公司', undefined],
      ['丁公司', next],
    ]);
  });

  it('lets a supply link run to a later year than a firm may be founded in', () => {
    const x = readBack({
      供应关系: [
        ['供应方', '采购方', '起始年份', '截止年份'],
        ['甲公司', '乙公司', 2020, next + 5],
      ],
    });
    expect(x.issues).toEqual([]);
    expect(x.drafts.links.map((l) => [l.yearFrom, l.yearTo])).toEqual([[2020, next + 5]]);
  });
});

describe('follow-up dates from real cells', () => {
  it('keeps an afternoon serial on its own day and says where an impossible one is', () => {
    const x = readBack({
      招商线索: [
        ['目标企业', '下次日期'],
        ['甲公司', 45000.75],
        ['乙公司', dated(45000.75)],
        ['丙公司', 45000],
        ['丁公司', 60],
      ],
    });
    expect(x.drafts.leads.map((l) => [l.targetName, l.nextDate])).toEqual([
      ['甲公司', '2023-03-15'],
      ['乙公司', '2023-03-15'],
      ['丙公司', '2023-03-15'],
    ]);
    expect(x.issues.map(where)).toEqual(['招商线索 row 5 B 下次日期 error:BAD_VALUE']);
    expect(x.issues[0]?.messageZh).toBe(
      '无法识别的日期：“60”（Excel 日期序号 60 是 1900-02-29，这一天并不存在）',
    );
  });
});
