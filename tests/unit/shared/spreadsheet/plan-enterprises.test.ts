// The enterprise rows of an import as the user reviews them: which row repeats which (and in which
// file), why a row needs a choice, what a 删除 row will remove, and why a link row naming a firm
// whose own row failed is refused. Wrong here, the user either merges two companies or cannot
// tell which row to fix.
import { describe, expect, it } from 'vitest';

import { withUsccCheckChar } from '../../../../shared/domain/uscc.js';
import { book, issue, plan, U1, U2, U3 } from '../../../support/enterprise-plan-fixture.js';

describe('repeated rows', () => {
  it('names the first copy, with its file when it is in another file', () => {
    const p = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['济宁乙公司', U3],
        ],
      }),
      book('b.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['济宁乙有限公司', U3],
          ['济宁乙公司', ''],
        ],
      }),
    ]);
    expect(p.issues.filter((i) => i.code === 'DUPLICATE_FIRM').map((i) => i.messageZh)).toEqual([
      '企业“济宁乙有限公司”与 a.xlsx 企业 第 2 行 重复',
      '企业“济宁乙公司”与 a.xlsx 企业 第 2 行 重复',
    ]);
    expect(issue(p, 'DUPLICATE_FIRM')?.messageEn).toBe(
      "'济宁乙有限公司' duplicates a.xlsx 企业 row 2",
    );
    expect(p.counts.enterprises).toMatchObject({ new: 1, rejected: 2 });
  });

  it('in the same file names only the sheet and row', () => {
    const p = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '从业人数'],
          ['济宁乙公司', 1],
          ['济宁乙公司', 2],
        ],
      }),
    ]);
    expect(issue(p, 'DUPLICATE_FIRM')).toMatchObject({
      row: 3,
      severity: 'error',
      messageZh: '企业“济宁乙公司”与 企业 第 2 行 重复',
      messageEn: "'济宁乙公司' duplicates 企业 row 2",
    });
  });

  it('two rows of one name and two USCCs warn, naming the other row', () => {
    const U4 = withUsccCheckChar('91370800MA3D20004');
    const p = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['济宁丙公司', U3],
        ],
      }),
      book('b.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['济宁丙公司', U4],
        ],
      }),
    ]);
    expect(issue(p, 'POSSIBLE_DUPLICATE')).toMatchObject({
      file: 'b.xlsx',
      severity: 'warning',
      messageZh:
        '企业“济宁丙公司”与 a.xlsx 企业 第 2 行 同名但统一社会信用代码不同，按两家企业导入',
      messageEn:
        "'济宁丙公司' has the name of a.xlsx 企业 row 2 but another USCC; imported as two firms",
    });
    expect(p.counts.enterprises).toMatchObject({ new: 2, rejected: 0 });
  });
});

describe('rows that need a choice', () => {
  it('a name two workspace firms share is refused until the user picks one', () => {
    const rows = {
      企业: [
        ['企业名称', '从业人数'],
        ['济宁液压件厂', 30],
      ],
    };
    const p = plan([book('a.xlsx', rows)]);
    expect(issue(p, 'AMBIGUOUS_MATCH')).toMatchObject({
      severity: 'error',
      messageZh: '工作区中有 2 家企业名称与“济宁液压件厂”相同，请选择对应哪一家',
      messageEn: "2 firms in the workspace match '济宁液压件厂'; choose which one",
    });
    expect(p.ambiguous).toMatchObject([
      {
        kind: 'several',
        name: '济宁液压件厂',
        uscc: null,
        candidates: [
          { id: 2, name: '济宁液压件厂', uscc: null, reason: 'sameName' },
          { id: 3, name: '济宁液压件厂', uscc: null, reason: 'sameName' },
        ],
      },
    ]);
    expect(p.ops.enterprises).toEqual([]);
    const key = p.ambiguous[0]?.nameKey ?? '';
    const chosen = plan([book('a.xlsx', rows)], { [key]: 3 });
    expect(chosen.ops.enterprises.map((e) => [e.ref, e.isNew, e.record.employees])).toEqual([
      [3, false, 30],
    ]);
    expect(chosen.counts.enterprises).toMatchObject({ updated: 1, rejected: 0 });
  });

  it('says why a row may be a stored firm: its short name, its former name, or its name under another USCC', () => {
    const short = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '从业人数'],
          ['山东重工有限公司', 5],
        ],
      }),
    ]);
    expect(issue(short, 'POSSIBLE_DUPLICATE')?.messageZh).toBe(
      `“山东重工有限公司”可能就是工作区中的 “山东重工（济宁）有限公司”（${U2}）（与其简称相同）：请选择“同一企业”或“不同企业”；不作选择而接受警告时按另一家企业新增`,
    );
    expect(issue(short, 'POSSIBLE_DUPLICATE')?.messageEn).toContain('(matches its short name)');

    const aliases = [
      { enterpriseId: 1, alias: '济宁老厂' },
      { enterpriseId: 4, alias: '济宁老厂' },
    ];
    const former = plan(
      [
        book('a.xlsx', {
          企业: [
            ['企业名称', '从业人数'],
            ['济宁老厂', 5],
          ],
        }),
      ],
      {},
      { aliases },
    );
    expect(issue(former, 'POSSIBLE_DUPLICATE')?.messageZh).toContain('（与其曾用名相同）');
    expect(issue(former, 'POSSIBLE_DUPLICATE')?.messageEn).toContain(
      "may be the workspace's '济宁甲机械有限公司', '山东重工（济宁）有限公司' (matches its former name)",
    );

    const other = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['济宁甲机械有限公司', U3],
        ],
      }),
    ]);
    expect(issue(other, 'POSSIBLE_DUPLICATE')?.messageZh).toContain(
      '（名称相同但统一社会信用代码不同）',
    );
    expect(issue(other, 'POSSIBLE_DUPLICATE')?.messageEn).toContain('(same name, different USCC)');
    // Accepting the warning without a choice adds a firm; it does not touch firm 1.
    expect(other.ops.enterprises.map((e) => [e.isNew, e.record.uscc])).toEqual([[true, U3]]);
  });

  it('a row under a former name updates that firm and keeps the stored name', () => {
    const aliases = [{ enterpriseId: 4, alias: '济宁老厂' }];
    const p = plan(
      [
        book('a.xlsx', {
          企业: [
            ['企业名称', '从业人数'],
            ['济宁老厂', 12],
          ],
        }),
      ],
      {},
      { aliases },
    );
    expect(p.issues).toEqual([]);
    expect(p.ops.enterprises.map((e) => [e.ref, e.record.name, e.record.employees])).toEqual([
      [4, '山东重工（济宁）有限公司', 12],
    ]);
    expect(p.ops.aliases).toEqual([]);
  });
});

describe('删除 rows', () => {
  it('say what the firm takes with it, and ignore a firm that is not there', () => {
    const p = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码', '操作'],
          ['济宁甲机械', U1, '删除'],
          ['不存在的公司', '', '删除'],
        ],
      }),
    ]);
    expect(p.ops.removeEnterprises).toEqual([1]);
    expect(p.rows[0]?.changes).toEqual([
      {
        field: 'enterprise',
        label: '企业',
        before: '济宁甲机械有限公司（1 条挂链、1 条供应关系）',
        after: '',
        removes: true,
      },
    ]);
    expect(issue(p, 'NOT_FOUND')).toMatchObject({
      row: 3,
      column: '操作',
      severity: 'warning',
      messageZh: '要删除的企业“不存在的公司”不在工作区中，本行忽略',
      messageEn: "'不存在的公司' is not in the workspace; nothing to delete",
    });
    expect(p.counts.enterprises).toMatchObject({ deleted: 1, unchanged: 1, new: 0 });
  });
});

describe('link rows naming a firm whose own row failed', () => {
  it('point at that row and its reason, by name or by USCC', () => {
    const p = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['济宁液压件厂', U3],
        ],
        供应关系: [
          ['供应方', '供应方信用代码', '采购方'],
          ['济宁液压件厂', '', '山东重工（济宁）有限公司'],
          ['某某', U3, '山东重工（济宁）有限公司'],
        ],
      }),
    ]);
    const refused = p.issues.filter((i) => i.sheet === '供应关系').map((i) => i.messageZh);
    expect(refused).toEqual([
      '供应方“济宁液压件厂”在 企业 第 2 行未能导入（工作区中有 2 家企业名称与“济宁液压件厂”相同，请选择对应哪一家），本行随之不导入',
      `供应方“某某”在 企业 第 2 行未能导入（工作区中有 2 家企业名称与“济宁液压件厂”相同，请选择对应哪一家），本行随之不导入`,
    ]);
    expect(p.ops.links).toEqual([]);
  });
});
