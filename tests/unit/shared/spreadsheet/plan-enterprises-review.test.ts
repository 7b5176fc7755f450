// What the review step shows for enterprise rows: each row's outcome, row-level issues without a
// column, the firms a 删除 row takes links from, replace mode, bare segments settled by the firm's or
// the file's chains, and link ends whose firm row failed or whose remembered choice went stale.
import { describe, expect, it } from 'vitest';

import { withUsccCheckChar } from '../../../../shared/domain/uscc.js';
import type { WorkspaceData } from '../../../../shared/domain/workspace-data.js';
import { extractDrafts } from '../../../../shared/spreadsheet/extract-drafts.js';
import { nameKey } from '../../../../shared/spreadsheet/name-key.js';
import { planImport } from '../../../../shared/spreadsheet/plan-import.js';
import type { MatchDecisions, PlanOptions } from '../../../../shared/spreadsheet/plan-types.js';
import type { WorkbookData } from '../../../../shared/spreadsheet/types.js';
import { book, issue, plan, U1, U2, U3, ws } from '../../../support/enterprise-plan-fixture.js';

const U4 = withUsccCheckChar('91370800MA3D20004');
const U5 = withUsccCheckChar('91370800MA3D20005');

/**
 * The fixture's workspace plus a second chain that also has a 油缸 (so a bare 油缸 needs a chain),
 * a 整机制造 segment, a link between firms 2 and 3, and a tag on firm 1.
 */
function wider(): WorkspaceData {
  const w = ws();
  w.chains.push({
    id: 2,
    clusterId: 1,
    name: '新能源汽车',
    owner: null,
    description: null,
    sortOrder: 1,
  });
  const seg = { parentId: null, stage: 'upstream' as const, isKey: false, targetCount: null };
  w.segments.push({ ...seg, id: 2, chainId: 2, name: '油缸', sortOrder: 0 });
  w.segments.push({ ...seg, id: 3, chainId: 1, name: '整机制造', sortOrder: 1 });
  const [link] = w.links;
  if (link) w.links.push({ ...link, id: 10, supplierId: 2, buyerId: 3 });
  w.enterprises = w.enterprises.map((e) => (e.id === 1 ? { ...e, tags: ['高新技术企业'] } : e));
  return w;
}

const planIn = (
  w: WorkspaceData,
  books: WorkbookData[],
  decisions: MatchDecisions = {},
  options: PlanOptions = {},
) => {
  const x = extractDrafts(books);
  const p = planImport(x.drafts, w, decisions, options);
  return { ...p, issues: [...x.issues, ...p.issues] };
};

describe('the review of enterprise rows', () => {
  it('gives every refused or untouched row its outcome and counts it once', () => {
    const p = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码', '所属环节', '操作', '从业人数'],
          ['济宁乙公司', U3, '', '', 5],
          ['济宁乙有限公司', U3, '', ''],
          ['济宁液压件厂', '', '', ''],
          ['济宁丁公司', '', '不存在的环节', ''],
          ['不存在的公司', '', '', '删除'],
        ],
      }),
    ]);
    expect(p.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'new'],
      [3, 'rejected'],
      [4, 'rejected'],
      [5, 'rejected'],
      [6, 'unchanged'],
    ]);
    expect(p.counts.enterprises).toMatchObject({ new: 1, rejected: 3, unchanged: 1 });
    // A new firm shows its values as read, not a field-by-field diff; it asks for no 挂链.
    expect(p.rows[0]?.changes).toEqual([]);
    expect(p.ops.mappings).toEqual([]);
    for (const code of ['DUPLICATE_FIRM', 'AMBIGUOUS_MATCH'])
      expect(issue(p, code), code).toMatchObject({ column: '', severity: 'error' });
  });

  it('says what a USCC match under another name means, naming no column', () => {
    const p = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['济宁甲新名有限公司', U1],
        ],
      }),
    ]);
    expect(p.issues).toEqual([
      {
        file: 'a.xlsx',
        sheet: '企业',
        row: 2,
        column: '',
        severity: 'warning',
        code: 'NAME_DIFFERS',
        messageZh:
          '统一社会信用代码相同，但名称与工作区中的“济宁甲机械有限公司”不同：默认保留工作区的名称；接受改名后旧名称作为曾用名保留、仍可搜索',
        messageEn:
          "same USCC as '济宁甲机械有限公司' but another name: the stored name is kept unless the rename is accepted (the old name then stays searchable as an alias)",
      },
    ]);
  });

  it('lists possible duplicates for a choice, every candidate named, no column', () => {
    const aliases = [
      { enterpriseId: 1, alias: '济宁老厂' },
      { enterpriseId: 4, alias: '济宁老厂' },
    ];
    const rows = [
      ['企业名称', '统一社会信用代码'],
      ['济宁老厂', ''],
      ['济宁戊公司', U4],
      ['济宁戊公司', U5],
    ];
    const p = plan([book('a.xlsx', { 企业: rows })], {}, { aliases });
    expect(p.ambiguous.map((a) => [a.kind, a.name])).toEqual([['possibleDuplicate', '济宁老厂']]);
    const dup = p.issues.filter((i) => i.code === 'POSSIBLE_DUPLICATE');
    expect(dup.map((i) => [i.row, i.column])).toEqual([
      [2, ''],
      [4, ''],
    ]);
    expect(dup[0]?.messageZh).toContain(
      `“济宁甲机械有限公司”（${U1}）、“山东重工（济宁）有限公司”（${U2}）（与其曾用名相同）`,
    );
  });

  it('a row under a former name proposes no rename', () => {
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
      { aliases: [{ enterpriseId: 4, alias: '济宁老厂' }] },
    );
    expect(p.rows[0]?.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['employees', '', '12'],
    ]);
  });
});

describe('删除 rows count only the links of the firm they delete', () => {
  it('as supplier or buyer, not the workspace’s other links', () => {
    const p = planIn(wider(), [
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码', '操作'],
          ['山东重工（济宁）有限公司', U2, '删除'],
        ],
      }),
    ]);
    expect(p.rows[0]?.changes[0]?.before).toBe(
      '山东重工（济宁）有限公司（0 条挂链、1 条供应关系）',
    );
    const supplier = planIn(wider(), [
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码', '操作'],
          ['济宁甲机械有限公司', U1, '删除'],
        ],
      }),
    ]);
    expect(supplier.rows[0]?.changes[0]?.before).toBe(
      '济宁甲机械有限公司（1 条挂链、1 条供应关系）',
    );
  });
});

describe('replace mode', () => {
  const row = (segments: string) =>
    book('a.xlsx', {
      企业: [
        ['企业名称', '统一社会信用代码', '标签', '所属产业链', '所属环节'],
        ['济宁甲机械有限公司', U1, '专精特新', '工程机械', segments],
      ],
    });

  it('adds tags and 挂链 by default', () => {
    const p = planIn(wider(), [row('整机制造')]);
    expect(p.ops.enterprises[0]?.record.tags).toEqual(['高新技术企业', '专精特新']);
    expect(p.ops.mappings.map((m) => [m.items.map((i) => i.segmentRef), m.remove])).toEqual([
      [[3], []],
    ]);
  });

  it('replaces the stored tags and 挂链 with the file’s when asked', () => {
    const p = planIn(wider(), [row('整机制造')], {}, { replace: ['tags', 'segments'] });
    expect(p.ops.enterprises[0]?.record.tags).toEqual(['专精特新']);
    expect(p.ops.mappings.map((m) => [m.items.map((i) => i.segmentRef), m.remove])).toEqual([
      [[3], [1]],
    ]);
  });
});

describe('a bare segment two chains share', () => {
  it('is settled by the chains the stored firm is on', () => {
    const p = planIn(wider(), [
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码', '所属环节'],
          ['济宁甲机械有限公司', U1, '油缸'],
        ],
      }),
    ]);
    expect(p.issues).toEqual([]);
    expect(p.rows[0]?.outcome).toBe('unchanged');
  });

  it('is settled for a new firm by the chains the file itself lists', () => {
    const p = planIn(wider(), [
      book('a.xlsx', {
        产业链: [
          ['产业集群', '产业链', '环节', '位置'],
          ['高端装备', '工程机械', '油缸', '上游'],
        ],
        企业: [
          ['企业名称', '所属环节'],
          ['济宁庚公司', '油缸'],
        ],
      }),
    ]);
    expect(p.issues).toEqual([]);
    expect(p.ops.mappings.map((m) => m.items.map((i) => i.segmentRef))).toEqual([[1]]);
  });

  it('in a link row is settled by the chains its firms are on', () => {
    const p = planIn(wider(), [
      book('a.xlsx', {
        供应关系: [
          ['供应方', '采购方', '所属环节', '产品'],
          ['济宁甲机械有限公司', '山东重工（济宁）有限公司', '油缸', '液压油缸'],
        ],
      }),
    ]);
    expect(p.issues).toEqual([]);
    expect(p.ops.links.map((l) => l.record.segmentRef)).toEqual([1]);
  });
});

describe('link ends', () => {
  it('whose firm row failed while reading point at that row, by name or by USCC', () => {
    const p = plan([
      book('a.xlsx', {
        企业: [
          ['企业名称', '统一社会信用代码', '是否本地'],
          ['济宁己公司', U3, '也许'],
        ],
        供应关系: [
          ['供应方', '供应方信用代码', '采购方'],
          ['济宁己公司', '', '山东重工（济宁）有限公司'],
          ['某某', U3, '山东重工（济宁）有限公司'],
        ],
      }),
    ]);
    const why = p.issues.find((i) => i.sheet === '企业' && i.severity === 'error')?.messageZh;
    expect(why).toBe('无法识别的是/否：“也许”');
    expect(p.issues.filter((i) => i.sheet === '供应关系').map((i) => i.messageZh)).toEqual([
      `供应方“济宁己公司”在 企业 第 2 行未能导入（${why}），本行随之不导入`,
      `供应方“某某”在 企业 第 2 行未能导入（${why}），本行随之不导入`,
    ]);
    expect(p.ops.links).toEqual([]);
  });

  it('a former name goes to its firm only when no other firm has that name, now or formerly', () => {
    const link = (name: string) => [
      ['供应方', '采购方', '产品'],
      [name, '山东重工（济宁）有限公司', '液压油缸'],
    ];
    const once = plan(
      [book('a.xlsx', { 供应关系: link('济宁老厂') })],
      {},
      {
        aliases: [{ enterpriseId: 1, alias: '济宁老厂' }],
      },
    );
    expect(once.ops.links.map((l) => l.record.supplierRef)).toEqual([1]);
    // Two stored firms are called 济宁液压件厂 today; firm 1 was called so once.
    const current = plan(
      [book('a.xlsx', { 供应关系: link('济宁液压件厂') })],
      {},
      {
        aliases: [{ enterpriseId: 1, alias: '济宁液压件厂' }],
      },
    );
    expect(current.ops.links).toEqual([]);
    expect(current.issues.map((i) => i.code)).toEqual(['AMBIGUOUS_MATCH']);
    const twice = plan(
      [book('a.xlsx', { 供应关系: link('济宁老厂') })],
      {},
      {
        aliases: [
          { enterpriseId: 1, alias: '济宁老厂' },
          { enterpriseId: 2, alias: '济宁老厂' },
        ],
      },
    );
    expect(twice.ops.links).toEqual([]);
  });

  it('a remembered choice of a firm no longer among the namesakes settles nothing', () => {
    const rows = [
      ['供应方', '采购方'],
      ['济宁液压件厂', '山东重工（济宁）有限公司'],
    ];
    const p = plan([book('a.xlsx', { 供应关系: rows })], { [nameKey('济宁液压件厂')]: 99 });
    expect(p.ops.links).toEqual([]);
    expect(p.issues.map((i) => [i.code, i.column])).toEqual([['AMBIGUOUS_MATCH', '供应方']]);
  });
});
