// Which stored firm a row means. A wrong answer here merges two companies or splits one: USCC
// before name, a namesake with another USCC is never merged, and links resolve the same way.
import { describe, expect, it } from 'vitest';

import type { WorkspaceData } from '../../../../shared/domain/workspace-data.js';
import { makeEnterprise } from '../../../../shared/domain/defaults.js';
import { withUsccCheckChar } from '../../../../shared/domain/uscc.js';
import { extractDrafts } from '../../../../shared/spreadsheet/extract-drafts.js';
import { indexFirms, matchFirm, shortKey } from '../../../../shared/spreadsheet/firm-match.js';
import { planImport } from '../../../../shared/spreadsheet/plan-import.js';
import type { CellValue } from '../../../../shared/spreadsheet/types.js';

const U1 = withUsccCheckChar('91370800MA3D10001');
const U2 = withUsccCheckChar('91370800MA3D10002');
const U3 = withUsccCheckChar('91370800MA3D10003');

// Firm 1 and 2 have distinct names and USCCs; a row naming firm 2 with firm 1's USCC means firm 1.
const firms = [
  makeEnterprise(1, '济宁甲机械有限公司', { uscc: U1 }),
  makeEnterprise(2, '济宁乙液压有限公司', { uscc: U2 }),
  makeEnterprise(3, '小松（山东）工程机械有限公司'),
];
const ws = (): WorkspaceData => ({
  clusters: [],
  chains: [],
  segments: [],
  enterprises: firms,
  mappings: [],
  links: [],
  leads: [],
});
const plan = (sheets: Record<string, CellValue[][]>, decisions = {}) =>
  planImport(
    extractDrafts([
      {
        file: 'a.xlsx',
        format: 'xlsx',
        sheets: Object.entries(sheets).map(([name, rows]) => ({
          name,
          rows,
          formulaCells: [],
          truncated: null,
        })),
      },
    ]).drafts,
    ws(),
    decisions,
  );

describe('matching a row to a stored firm', () => {
  const ix = indexFirms(firms);
  it('uses the USCC before the name', () => {
    expect(matchFirm('济宁乙液压有限公司', U1, ix, {})).toMatchObject({
      kind: 'matched',
      via: 'uscc',
      firm: { id: 1 },
    });
  });
  it('never merges a namesake whose valid USCC differs; it asks', () => {
    const m = matchFirm('济宁甲机械有限公司', U3, ix, {});
    expect(m).toMatchObject({ kind: 'possibleDuplicate', candidates: [{ id: 1 }] });
  });
  it('matches by name when one side has no USCC', () => {
    expect(matchFirm('济宁甲机械有限责任公司', null, ix, {})).toMatchObject({ firm: { id: 1 } });
  });
  it('asks about a short name instead of adding a silent second firm', () => {
    expect(shortKey('小松（山东）工程机械有限公司')).toBe('小松工程机械');
    expect(matchFirm('小松工程机械', null, ix, {})).toMatchObject({
      kind: 'possibleDuplicate',
      candidates: [{ id: 3, reason: 'shortName' }],
    });
  });
  it('finds a firm by a former name', () => {
    const withAlias = indexFirms(firms, [{ enterpriseId: 3, alias: '小松山东有限公司' }]);
    expect(matchFirm('小松山东有限公司', null, withAlias, {})).toMatchObject({
      via: 'alias',
      firm: { id: 3 },
    });
  });
});

describe('the plan', () => {
  it('updates the USCC match, not the firm of the same name', () => {
    const p = plan({
      企业: [
        ['企业名称', '统一社会信用代码', '从业人数'],
        ['济宁乙液压有限公司', U1, 77],
      ],
    });
    expect(p.ops.enterprises.map((e) => [e.ref, e.record.employees, e.record.name])).toEqual([
      [1, 77, '济宁甲机械有限公司'],
    ]);
    expect(p.issues.map((i) => i.code)).toEqual(['NAME_DIFFERS']);
  });
  it('adds a namesake with another USCC only as a new firm, after a warning', () => {
    const p = plan({
      企业: [
        ['企业名称', '统一社会信用代码'],
        ['济宁甲机械有限公司', U3],
      ],
    });
    expect(p.issues.map((i) => `${i.severity}:${i.code}`)).toEqual(['warning:POSSIBLE_DUPLICATE']);
    expect(p.ops.enterprises.map((e) => [e.isNew, e.record.uscc])).toEqual([[true, U3]]);
    const same = plan(
      {
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['济宁甲机械有限公司', U3],
        ],
      },
      {
        [p.ambiguous[0]?.nameKey ?? '']: 1,
      },
    );
    expect(same.issues).toEqual([]);
    expect(same.ops.enterprises.filter((e) => e.isNew)).toEqual([]);
  });
  it('imports two rows of one name with two USCCs as two firms, and asks links for the USCC', () => {
    const U4 = withUsccCheckChar('91370800MA3D10004');
    const p = plan({
      企业: [
        ['企业名称', '统一社会信用代码'],
        ['济宁丙机械有限公司', U3],
        ['济宁丙机械有限公司', U4],
      ],
      关系: [
        ['供应方', '供应方信用代码', '采购方'],
        ['济宁丙机械有限公司', U4, '济宁甲机械有限公司'],
        ['济宁丙机械有限公司', '', '济宁甲机械有限公司'],
      ],
    });
    expect(p.ops.enterprises.map((e) => e.record.uscc)).toEqual([U3, U4]);
    expect(p.issues.map((i) => `${i.severity}:${i.code}@${i.row}`)).toEqual([
      'warning:POSSIBLE_DUPLICATE@3',
      'error:AMBIGUOUS_MATCH@3',
    ]);
    const u4 = p.ops.enterprises[1]?.ref;
    expect(p.ops.links.map((l) => l.record.supplierRef)).toEqual([u4]);
  });
  it('resolves a link end by its USCC before its name', () => {
    const p = plan({
      关系: [
        ['供应方', '供应方信用代码', '采购方'],
        ['济宁乙液压有限公司', U1, '小松（山东）工程机械有限公司'],
      ],
    });
    expect(p.ops.links.map((l) => [l.record.supplierRef, l.record.buyerRef])).toEqual([[1, 3]]);
  });
});
