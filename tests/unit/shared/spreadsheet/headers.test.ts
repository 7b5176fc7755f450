import { describe, expect, it } from 'vitest';

import {
  headerSignature,
  isFooterRow,
  recogniseSheet,
} from '../../../../shared/spreadsheet/headers.js';
import type { CellValue } from '../../../../shared/spreadsheet/types.js';

const fields = (rows: CellValue[][], name = 'Sheet1') => {
  const m = recogniseSheet(rows, name);
  return (
    m && {
      kind: m.kind,
      headerRow: m.headerRow,
      fields: Object.fromEntries(m.columns.map((c) => [c.field, c.index])),
    }
  );
};

describe('header recognition', () => {
  it('finds the header below a merged title row and blank rows', () => {
    const rows: CellValue[][] = [
      ['××区企业名录（2023年）', null, null],
      [],
      ['序号', '企业名称', '统一社会信用代码', '所属园区'],
      [1, '小松', '91350200776049653A', '国际高端装备产业园'],
    ];
    expect(fields(rows)).toEqual({
      kind: 'enterprises',
      headerRow: 2,
      fields: { name: 1, uscc: 2, park: 3 },
    });
  });
  it('recognises Chinese variants, full-width text and units in brackets', () => {
    const rows: CellValue[][] = [['供货单位', '需求方', '供货产品', '年供货额（万元）', '占比']];
    const m = recogniseSheet(rows, '表1');
    expect(m?.kind).toBe('links');
    expect(m?.columns.map((c) => c.field)).toEqual([
      'supplier',
      'buyer',
      'product',
      'amount',
      'share',
    ]);
    expect(recogniseSheet([['公司名称', 'ＵＳＣＣ', '国别']], 'x')?.kind).toBe('enterprises');
  });
  it('reads amounts in the unit the header declares', () => {
    const m = recogniseSheet([['供应商', '客户', '金额（亿元）']], 'x');
    expect(m?.columns.find((c) => c.field === 'amount')?.unitWan).toBe(10000);
  });
  it('understands graph-tool node and edge tables', () => {
    expect(fields([['Id', 'Label', 'Type']], 'nodes')).toEqual({
      kind: 'enterprises',
      headerRow: 0,
      fields: { externalId: 0, name: 1 },
    });
    expect(fields([['Source', 'Target', 'Weight', 'Type']], 'edges')).toEqual({
      kind: 'links',
      headerRow: 0,
      fields: { supplier: 0, buyer: 1, amount: 2 },
    });
    expect(fields([['From', 'To']])?.kind).toBe('links');
  });
  it('recognises chain templates and leads', () => {
    const chain = fields([
      ['产业集群', '产业链', '环节', '上级环节', '位置', '是否核心环节', '目标企业数'],
    ]);
    expect(chain?.kind).toBe('chains');
    expect(Object.keys(chain?.fields ?? {})).toEqual([
      'cluster',
      'chain',
      'segment',
      'parent',
      'stage',
      'isKey',
      'targetCount',
    ]);
    expect(fields([['目标企业', '拟补环节', '阶段', '负责人']])?.kind).toBe('leads');
  });
  it('gives up on a sheet with no known headers', () => {
    expect(
      recogniseSheet(
        [
          ['a', 'b'],
          ['1', '2'],
        ],
        'Sheet1',
      ),
    ).toBeUndefined();
    expect(recogniseSheet([['名称']], 'Sheet1')).toBeUndefined(); // one header is not enough to be sure
  });
  it('reports two columns claiming one field with both letters', () => {
    const m = recogniseSheet([['名称', '统一社会信用代码', '企业名称']], 'x');
    expect(m?.duplicates).toEqual([{ field: 'name', labels: ['A 名称', 'C 企业名称'] }]);
  });
  it('takes a user mapping over the guess', () => {
    const m = recogniseSheet([['甲', '乙', '丙']], 'x', {
      kind: 'links',
      headerRow: 0,
      fields: { 0: 'buyer', 1: 'supplier', 2: null },
    });
    expect(m?.columns.map((c) => [c.field, c.index])).toEqual([
      ['buyer', 0],
      ['supplier', 1],
    ]);
  });
  it('skips a sheet the user excluded', () => {
    expect(
      recogniseSheet([['企业名称', '统一社会信用代码']], '汇总', {
        kind: 'enterprises',
        skip: true,
        fields: {},
      }),
    ).toBeUndefined();
  });
  it('treats __proto__ and constructor headers as ordinary unknown columns', () => {
    const m = recogniseSheet([['企业名称', '__proto__', 'constructor', '统一社会信用代码']], 'x');
    expect(m?.unknown.map((u) => u.header)).toEqual(['__proto__', 'constructor']);
  });
  it('signs a header set independently of spacing and width', () => {
    expect(headerSignature(['企业 名称', 'ＵＳＣＣ', null])).toBe(
      headerSignature(['企业名称', 'uscc']),
    );
  });
  it('spots 合计/总计/备注 footer rows', () => {
    expect(isFooterRow([null, '合计', 1234])).toBe(true);
    expect(isFooterRow(['总 计'])).toBe(true);
    expect(isFooterRow(['备注：数据截至2023年底'])).toBe(true);
    expect(isFooterRow(['合力泰科技'])).toBe(false);
  });
});

describe('header marks and ties', () => {
  it('reads headers marked as required, before or after the name', () => {
    for (const h of [
      '*企业名称',
      '＊企业名称',
      '★企业名称',
      '企业名称*',
      '企业名称**',
      '企业名称*：',
    ])
      expect(fields([[h, '统一社会信用代码']])?.fields, h).toEqual({ name: 0, uscc: 1 });
  });

  it('needs two known headers: one known name among unknown words is not a header row', () => {
    expect(recogniseSheet([['企业名称', '备考', '其他']], 'Sheet1')).toBeUndefined();
  });

  it('settles a header row two kinds read equally well by the sheet name, else as a register', () => {
    // 企业名称 + 统一社会信用代码 is a register; 目标企业 + 统一社会信用代码 a lead list.
    const row = ['企业名称', '目标企业', '统一社会信用代码'];
    expect(recogniseSheet([row], 'Sheet1')?.kind).toBe('enterprises');
    expect(recogniseSheet([row], '招商线索')?.kind).toBe('leads');
  });

  it('maps nothing from a remembered header row the sheet no longer reaches', () => {
    const m = recogniseSheet([['企业名称', '统一社会信用代码']], 'x', {
      kind: 'enterprises',
      headerRow: 5,
      fields: { 0: 'name' },
    });
    expect(m).toEqual({
      kind: 'enterprises',
      headerRow: 5,
      columns: [],
      unknown: [],
      duplicates: [],
    });
  });
});
