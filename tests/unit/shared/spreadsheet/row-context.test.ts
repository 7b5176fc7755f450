// One reader is re-loaded for every row of a sheet: a row's issues must stay that row's, and a row
// without issues must not show the previous row's (rows without issues share one empty list).
import { describe, expect, it } from 'vitest';

import { recogniseSheet } from '../../../../shared/spreadsheet/headers.js';
import { mapEnterpriseRow } from '../../../../shared/spreadsheet/map-rows.js';
import { createRowReader } from '../../../../shared/spreadsheet/row-context.js';

const header = ['企业名称', '统一社会信用代码', '是否本地'];

describe('createRowReader', () => {
  it('keeps each row its own issues when one reader reads many rows', () => {
    const mapping = recogniseSheet([header], '企业');
    if (!mapping) throw new Error('header not recognised');
    const reader = createRowReader(mapping);
    const none = new Set<number>();
    const rows = [
      ['甲公司', '123', '是'],
      ['乙公司', null, '否'],
      ['丙公司', null, '也许'],
      ['丁公司', null, '是'],
    ];
    const seen = rows.map((row, i) => {
      const ctx = reader.load(row, { file: 'f.xlsx', sheet: '企业', row: i + 2 }, none);
      const draft = mapEnterpriseRow(ctx);
      return { draft: draft !== undefined, issues: ctx.issues.map((x) => `${x.row}:${x.code}`) };
    });
    expect(seen).toEqual([
      { draft: false, issues: ['2:USCC_INVALID'] },
      { draft: true, issues: [] },
      { draft: false, issues: ['4:BAD_VALUE'] },
      { draft: true, issues: [] },
    ]);
  });
});
