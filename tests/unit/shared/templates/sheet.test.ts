// Templates as a spreadsheet: the table of a library template reads back to the same tree; headers
// in other spellings are recognised; every bad cell is named by sheet, row and column and stops the file.
import { describe, expect, it } from 'vitest';

import type { CellValue, SheetData } from '../../../../shared/spreadsheet/types.js';
import { TEMPLATE_LIBRARY } from '../../../../shared/templates/library/index.js';
import { templateRows } from '../../../../shared/templates/schema.js';
import { templatesFromSheets, templateTable } from '../../../../shared/templates/sheet.js';

const sheet = (name: string, rows: CellValue[][]): SheetData => ({
  name,
  rows,
  formulaCells: [],
  truncated: null,
});

describe('templateTable → templatesFromSheets', () => {
  it.each(TEMPLATE_LIBRARY.map((t) => [t.name, t] as const))('%s reads back unchanged', (_, t) => {
    const table = templateTable(t);
    const rows = [table.columns.map((c) => c.header), ...table.rows];
    const { templates, issues } = templatesFromSheets('t.xlsx', [sheet(table.sheet, rows)]);
    expect(issues).toEqual([]);
    expect(templates).toHaveLength(1);
    expect(templates[0]?.name).toBe(t.name);
    expect(templates[0]?.cluster).toBe(t.cluster);
    expect(templates[0]?.description).toBe(t.description);
    expect(templateRows(templates[0] ?? { segments: [] })).toEqual(templateRows(t));
  });
});

describe('templatesFromSheets', () => {
  it('reads 阶段/核心环节 headers below a title, parents listed after children, and two chains', () => {
    const { templates, issues } = templatesFromSheets('office.xlsx', [
      sheet('说明', [['这是说明页']]),
      sheet('模板', [
        ['某区产业链模板'],
        ['产业链', '环节', '上级环节', '阶段', '核心环节', '目标企业数'],
        ['光伏', '硅片', '材料', '', '是', 2],
        ['光伏', '材料', '', '上游', '否', ''],
        ['光伏', '组件', '', '中游', '', ''],
        [],
        ['氢能', '制氢', '', '上游', '√', '1'],
      ]),
    ]);
    expect(issues).toEqual([]);
    expect(templates.map((t) => t.name)).toEqual(['光伏', '氢能']);
    expect(templateRows(templates[0] ?? { segments: [] })).toEqual([
      {
        name: '材料',
        parent: null,
        stage: 'upstream',
        isKey: false,
        targetCount: null,
        depth: 0,
        sortOrder: 0,
      },
      {
        name: '硅片',
        parent: '材料',
        stage: 'upstream',
        isKey: true,
        targetCount: 2,
        depth: 1,
        sortOrder: 0,
      },
      {
        name: '组件',
        parent: null,
        stage: 'midstream',
        isKey: false,
        targetCount: null,
        depth: 0,
        sortOrder: 1,
      },
    ]);
  });

  it('names every bad cell and returns no template at all', () => {
    const { templates, issues } = templatesFromSheets('bad.xlsx', [
      sheet('产业链', [
        ['产业链', '环节', '上级环节', '位置', '是否核心环节', '目标企业数'],
        ['光伏', '材料', '', '上面', '是', ''],
        ['光伏', '硅片', '原料', '上游', '也许', '-1'],
        ['', '组件', '', '中游', '', ''],
        ['光伏', '材料', '', '上游', '', ''],
        ['光伏', '电站', '', '', '', ''],
      ]),
    ]);
    expect(templates).toEqual([]);
    const at = (row: number, column: string) =>
      issues.filter(
        (i) =>
          i.row === row && i.column === column && i.sheet === '产业链' && i.file === 'bad.xlsx',
      );
    expect(at(2, 'D 位置')[0]?.zh).toContain('“上面”不是有效的位置');
    expect(at(3, 'E 是否核心环节')[0]?.zh).toBe('“也许”不是“是/否”');
    expect(at(3, 'F 目标企业数')[0]?.zh).toContain('0–999 的整数');
    expect(at(4, 'A 产业链')[0]?.zh).toBe('产业链名称为空');
    expect(at(5, 'B 环节')[0]?.zh).toBe('环节“材料”在产业链“光伏”中重复');
    expect(at(3, 'C 上级环节')[0]?.zh).toBe('上级环节“原料”不在产业链“光伏”中');
    expect(at(6, 'D 位置')[0]?.zh).toBe('顶层环节“电站”需注明上游/中游/下游');
  });

  it('refuses parents that loop and a workbook without chain columns', () => {
    const loop = templatesFromSheets('loop.xlsx', [
      sheet('产业链', [
        ['产业链', '环节', '上级环节', '位置'],
        ['X', 'A', 'B', '上游'],
        ['X', 'B', 'A', '上游'],
      ]),
    ]);
    expect(loop.templates).toEqual([]);
    expect(loop.issues.map((i) => i.zh)).toContain('环节“A”的上级关系形成循环');
    const none = templatesFromSheets('x.xlsx', [sheet('企业', [['企业名称'], ['甲公司']])]);
    expect(none.issues[0]).toMatchObject({ file: 'x.xlsx', row: 0 });
    expect(none.issues[0]?.zh).toContain('没有找到含“产业链”和“环节”两列的工作表');
  });
});
