// Which firm a link row's end means: the USCC first, then the files' own rows, then the workspace
// (a choice the user made, a unique name, a former name). A wrong answer draws a supply link to the
// wrong company on the map.
import { describe, expect, it } from 'vitest';

import { nameKey } from '../../../../shared/spreadsheet/name-key.js';
import { book, issue, plan, U1, U3 } from '../../../support/enterprise-plan-fixture.js';

const links = (...rows: string[][]) => [['供应方', '供应方信用代码', '采购方'], ...rows];
const ends = (p: ReturnType<typeof plan>) =>
  p.ops.links.map((l) => [l.record.supplierRef, l.record.buyerRef]);

describe('link ends', () => {
  it('a USCC finds a firm that is new in the files, whatever name the link gives', () => {
    const p = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['济宁新材料有限公司', U3],
        ],
        供应关系: links(['新材料', U3, '济宁甲机械有限公司']),
      }),
    ]);
    const ref = p.ops.enterprises[0]?.ref;
    expect(ref).toBeLessThan(0);
    expect(ends(p)).toEqual([[ref, 1]]);
  });

  it('a USCC nobody has, with no name, is named in the refusal', () => {
    const p = plan([book('a.xlsx', { 供应关系: links(['', U3, '济宁甲机械有限公司']) })]);
    expect(issue(p, 'UNKNOWN_ENDPOINT')?.messageZh).toBe(
      `供应方“${U3}”既不在导入文件中，也不在工作区中`,
    );
  });

  it('a name two stored firms share goes to the one the user chose', () => {
    const rows = links(['济宁液压件厂', '', '济宁甲机械有限公司']);
    expect(issue(plan([book('a.xlsx', { 供应关系: rows })]), 'AMBIGUOUS_MATCH')).toBeDefined();
    const chosen = plan([book('a.xlsx', { 供应关系: rows })], { [nameKey('济宁液压件厂')]: 3 });
    expect(chosen.issues).toEqual([]);
    expect(ends(chosen)).toEqual([[3, 1]]);
  });

  it("a name the files' own row settles is not ambiguous", () => {
    const p = plan(
      [
        book('a.xlsx', {
          企业: [
            ['企业名称', '从业人数'],
            ['济宁液压件厂', 8],
          ],
          供应关系: links(['济宁液压件厂', '', '济宁甲机械有限公司']),
        }),
      ],
      { [nameKey('济宁液压件厂')]: 2 },
    );
    expect(p.issues).toEqual([]);
    expect(ends(p)).toEqual([[2, 1]]);
  });

  it('a former name finds the firm', () => {
    const p = plan(
      [book('a.xlsx', { 供应关系: links(['济宁老厂', '', '济宁甲机械有限公司']) })],
      {},
      { aliases: [{ enterpriseId: 4, alias: '济宁老厂' }] },
    );
    expect(p.issues).toEqual([]);
    expect(ends(p)).toEqual([[4, 1]]);
  });

  it("suggests a firm that is new in the files for a link's misspelt name", () => {
    const p = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '从业人数'],
          ['济宁新材料有限公司', 3],
        ],
        供应关系: links(['济宁新材料有线公司', '', '济宁甲机械有限公司']),
      }),
    ]);
    expect(issue(p, 'UNKNOWN_ENDPOINT')?.messageZh).toContain('是否指：济宁新材料有限公司');
  });

  it('a firm whose row was refused for an unknown segment is refused in links too, by name or USCC', () => {
    const p = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码', '所属环节'],
          ['济宁新材料有限公司', U3, '不存在的环节'],
        ],
        供应关系: links(
          ['济宁新材料有限公司', '', '济宁甲机械有限公司'],
          ['新材料', U3, '济宁甲机械有限公司'],
        ),
      }),
    ]);
    const why = issue(p, 'UNKNOWN_SEGMENT')?.messageZh ?? '(no segment error)';
    expect(p.issues.filter((i) => i.sheet === '供应关系').map((i) => i.messageZh)).toEqual([
      `供应方“济宁新材料有限公司”在 企业 第 2 行未能导入（${why}），本行随之不导入`,
      `供应方“新材料”在 企业 第 2 行未能导入（${why}），本行随之不导入`,
    ]);
    expect(p.ops.enterprises).toEqual([]);
    expect(p.ops.links).toEqual([]);
  });
});

describe('renames the user accepts', () => {
  it('write the new name and keep the old one as a former name, without the warning', () => {
    const rows = [
      ['企业名称', '统一社会信用代码'],
      ['济宁甲重工有限公司', U1],
    ];
    const p = plan([book('a.xlsx', { 企业: rows })], {}, { acceptNames: [1] });
    expect(p.issues).toEqual([]);
    expect(p.ops.enterprises.map((e) => [e.ref, e.record.name])).toEqual([
      [1, '济宁甲重工有限公司'],
    ]);
    expect(p.ops.aliases).toEqual([{ enterpriseRef: 1, alias: '济宁甲机械有限公司' }]);
    expect(p.counts.enterprises).toMatchObject({ updated: 1 });
  });
});
