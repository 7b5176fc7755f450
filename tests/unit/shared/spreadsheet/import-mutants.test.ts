// Small wrong answers in amount parsing and header recognition that a user would notice (a 3千万
// contract read as an error, a header under a long title missed, a sheet without its key column
// imported as if it had one).
import { describe, expect, it } from 'vitest';

import { recogniseSheet } from '../../../../shared/spreadsheet/headers.js';
import { parseAmountWan } from '../../../../shared/spreadsheet/parse-values.js';

describe('amount units', () => {
  it('reads 千万, 百万 and 万 as different units (longest first)', () => {
    expect(parseAmountWan('3千万')).toEqual({ ok: true, value: 3000 });
    expect(parseAmountWan('3千万元')).toEqual({ ok: true, value: 3000 });
    expect(parseAmountWan('5百万')).toEqual({ ok: true, value: 500 });
    expect(parseAmountWan('7万')).toEqual({ ok: true, value: 7 });
  });
  it('reads a bare 亿 as 亿元', () => {
    expect(parseAmountWan('2亿')).toEqual({ ok: true, value: 20000 });
    expect(parseAmountWan('0.5亿')).toEqual({ ok: true, value: 5000 });
  });
});

describe('header search', () => {
  it('finds a header below several title and note rows', () => {
    const rows = [
      ['济宁高新区重点企业名录'],
      ['填报单位：经济发展局'],
      ['填报日期：2024年3月'],
      ['单位：万元'],
      [],
      ['企业名称', '统一社会信用代码', '营业收入'],
      ['小松', '91350200776049653A', 100],
    ];
    expect(recogniseSheet(rows, 'Sheet1')).toMatchObject({ kind: 'enterprises', headerRow: 5 });
  });
  it('does not take a sheet without its required column for that kind', () => {
    // Three enterprise headers but no name column: importing it would create nameless firms.
    expect(
      recogniseSheet([['统一社会信用代码', '所属园区', '营业收入']], 'Sheet1'),
    ).toBeUndefined();
    // Link headers without a buyer column.
    expect(recogniseSheet([['供应方', '产品', '年供货额']], 'Sheet1')).toBeUndefined();
  });
});
