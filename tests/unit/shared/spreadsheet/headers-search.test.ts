// Where the header row is searched, how the sheet's name settles what kind of sheet it is, and how a
// user's own mapping is applied: a wrong answer imports a firm list as a chain template, misses a
// header under a long preamble, or imports a column the user said to ignore.
import { describe, expect, it } from 'vitest';

import {
  headerKey,
  headerSignature,
  isFooterRow,
  recogniseSheet,
} from '../../../../shared/spreadsheet/headers.js';
import type { CellValue } from '../../../../shared/spreadsheet/types.js';

const headerAt = (index: number): CellValue[][] =>
  Array.from({ length: 40 }, (_, i) => (i === index ? ['企业名称', '统一社会信用代码'] : ['说明']));

describe('the header search', () => {
  it('looks through the first 30 rows, and no further', () => {
    expect(recogniseSheet(headerAt(29), 'x')?.headerRow).toBe(29);
    expect(recogniseSheet(headerAt(30), 'x')).toBeUndefined();
  });

  it('takes a firm list with chain columns as firms, unless the sheet is named as a template', () => {
    const row = [['企业名称', '产业链', '环节']];
    expect(recogniseSheet(row, 'Sheet1')?.kind).toBe('enterprises');
    expect(recogniseSheet(row, '产业链模板')?.kind).toBe('chains');
  });

  it('maps each column with its letter and unit, lists unknown ones and skips blank ones', () => {
    expect(recogniseSheet([['供应方', '采购方', '金额（亿元）', '', '无关列']], 'x')).toEqual({
      kind: 'links',
      headerRow: 0,
      columns: [
        { field: 'supplier', index: 0, header: '供应方', label: 'A 供应方', unitWan: 1 },
        { field: 'buyer', index: 1, header: '采购方', label: 'B 采购方', unitWan: 1 },
        {
          field: 'amount',
          index: 2,
          header: '金额（亿元）',
          label: 'C 金额（亿元）',
          unitWan: 10000,
        },
      ],
      unknown: [{ index: 4, header: '无关列' }],
      duplicates: [],
    });
  });

  it('reads numbered, starred and colon-ended headers as their label', () => {
    expect(headerKey('1.企业名称：')).toBe('企业名称');
    expect(headerKey('3、统一社会信用代码*')).toBe('统一社会信用代码');
    expect(headerKey('年供货额（万元）*')).toBe('年供货额');
    expect(recogniseSheet([['1.企业名称：', '2.统一社会信用代码*']], 'x')?.columns).toHaveLength(2);
  });

  it('does not count an ignored column (序号, 备注) towards recognising a sheet', () => {
    expect(recogniseSheet([['序号', '企业名称', '备注']], 'x')).toBeUndefined();
  });
});

describe("the user's mapping", () => {
  it('uses the header row it names, or else the one found, and leaves unlisted columns unknown', () => {
    const rows = [['标题'], ['企业名称', '统一社会信用代码', '其他']];
    const found = recogniseSheet(rows, 'x', {
      kind: 'enterprises',
      fields: { 0: 'name', 1: 'ignore' },
    });
    expect(found).toMatchObject({
      headerRow: 1,
      columns: [{ field: 'name', index: 0, label: 'A 企业名称' }],
      unknown: [{ index: 2, header: '其他' }],
    });
    const named = recogniseSheet(rows, 'x', {
      kind: 'links',
      headerRow: 0,
      fields: { 0: 'buyer' },
    });
    expect(named).toMatchObject({ kind: 'links', headerRow: 0, columns: [{ header: '标题' }] });
    // Nothing recognisable and no header row named: the first row.
    expect(recogniseSheet([['甲']], 'x', { kind: 'leads', fields: {} })?.headerRow).toBe(0);
  });
});

describe('signatures and footers', () => {
  it('a signature keeps the order of the headers and drops blanks', () => {
    expect(headerSignature(['企业名称', '', null, 'USCC'])).toBe('企业名称|uscc');
    expect(headerSignature(['uscc', '企业名称'])).not.toBe(headerSignature(['企业名称', 'uscc']));
  });

  it('a footer is judged by its first non-blank cell only', () => {
    expect(isFooterRow(['', null, '小计', 5])).toBe(true);
    expect(isFooterRow(['济宁合计科技', '合计'])).toBe(false);
    expect(isFooterRow([null, ''])).toBe(false);
    expect(isFooterRow([])).toBe(false);
  });
});
