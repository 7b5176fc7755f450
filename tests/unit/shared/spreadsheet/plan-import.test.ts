import { describe, expect, it } from 'vitest';

import type { WorkspaceData } from '../../../../shared/domain/workspace-data.js';
import { makeEnterprise } from '../../../../shared/domain/defaults.js';
import type { Enterprise } from '../../../../shared/domain/schemas.js';
import { extractDrafts } from '../../../../shared/spreadsheet/extract-drafts.js';
import { pageRows } from '../../../../electron/core/import/import-rows.js';
import { planImport } from '../../../../shared/spreadsheet/plan-import.js';
import type { CellValue, WorkbookData } from '../../../../shared/spreadsheet/types.js';

const firm = (id: number, name: string, uscc: string | null = null): Enterprise =>
  makeEnterprise(id, name, { uscc, isLocal: true });

const workspace = (): WorkspaceData => ({
  clusters: [{ id: 1, name: '高端装备', color: '#1677ff', sortOrder: 0, parks: [] }],
  chains: [{ id: 1, clusterId: 1, name: '工程机械', owner: null, description: null, sortOrder: 0 }],
  segments: [
    {
      id: 1,
      chainId: 1,
      parentId: null,
      name: '油缸',
      stage: 'upstream',
      isKey: true,
      targetCount: null,
      sortOrder: 0,
    },
    {
      id: 2,
      chainId: 1,
      parentId: null,
      name: '整机制造',
      stage: 'midstream',
      isKey: true,
      targetCount: null,
      sortOrder: 1,
    },
  ],
  enterprises: [firm(1, '小松（济宁）有限公司', '91350200776049653A'), firm(2, '济宁液压件厂')],
  mappings: [],
  links: [],
  leads: [],
});

const book = (sheets: Record<string, CellValue[][]>, file = 'a.xlsx'): WorkbookData => ({
  file,
  format: 'xlsx',
  sheets: Object.entries(sheets).map(([name, rows]) => ({
    name,
    rows,
    formulaCells: [],
    truncated: null,
  })),
});

const run = (wb: WorkbookData, ws = workspace()) => {
  const x = extractDrafts([wb]);
  const plan = planImport(x.drafts, ws);
  return { x, plan, issues: [...x.issues, ...plan.issues] };
};

const codes = (issues: { code: string; row: number; severity: string }[]) =>
  issues.map((i) => `${i.severity}:${i.code}@${i.row}`);

describe('enterprise rows', () => {
  it('matches by USCC, then by normalised name, and counts new/updated/unchanged', () => {
    const { plan, issues } = run(
      book({
        企业: [
          ['企业名称', '统一社会信用代码', '是否本地'],
          ['小松(济宁)有限责任公司', '91350200776049653A', '是'], // same firm by USCC, renamed → updated
          ['济宁液压件厂', '', '是'], // by name, nothing changes
          ['新来的配套企业', '91440101MA5CJQ4N59', '否'],
        ],
      }),
    );
    expect(issues).toEqual([]);
    // The USCC match's new spelling waits for acceptance: nothing of firm 1 is written by default.
    expect(plan.counts.enterprises).toEqual({
      new: 1,
      updated: 0,
      unchanged: 2,
      deleted: 0,
      rejected: 0,
    });
    expect(plan.ops.enterprises.map((o) => [o.ref > 0 ? o.ref : 'new', o.record.name])).toEqual([
      ['new', '新来的配套企业'],
    ]);
    expect(plan.rows[0]?.changes).toEqual([
      {
        field: 'name',
        label: '企业名称',
        before: '小松（济宁）有限公司',
        after: '小松(济宁)有限责任公司',
        pending: 'rename',
      },
    ]);
    expect(plan.rows.map((r) => r.matchedId)).toEqual([1, 2, null]);
  });
  it('reports missing names, bad USCCs (error), checksum mismatches (warning) and numeric USCCs', () => {
    const { issues } = run(
      book({
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['', '91350200776049653A'],
          ['甲', '9135020077604965'],
          ['乙', '91350203M0001QAY9B'],
          ['丙', 913502000728319500],
          ['丁', '9135O2000728319549'],
        ],
      }),
    );
    expect(codes(issues)).toEqual([
      'error:MISSING_NAME@2',
      'error:USCC_INVALID@3',
      'warning:USCC_CHECKSUM@4',
      'error:USCC_NUMBER@5',
      'error:USCC_INVALID@6',
    ]);
    expect(issues[0]).toMatchObject({
      file: 'a.xlsx',
      sheet: '企业',
      column: 'A 企业名称',
      messageZh: '缺少企业名称',
    });
    expect(issues[3]?.column).toBe('B 统一社会信用代码');
  });
  it('rejects duplicate firms inside the file, by USCC or by normalised name', () => {
    const { issues, plan } = run(
      book({
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['甲公司', '91440101MA5CJQ4N59'],
          ['乙公司', '91440101MA5CJQ4N59'],
          ['丙有限公司', ''],
          ['丙（有限公司）', ''],
          ['丙 有限责任公司', ''],
        ],
      }),
    );
    expect(codes(issues)).toEqual(['error:DUPLICATE_FIRM@3', 'error:DUPLICATE_FIRM@6']);
    expect(issues[0]?.messageZh).toContain('企业 第 2 行');
    expect(plan.counts.enterprises.rejected).toBe(2);
  });
  it('maps segments and rejects a segment that is in no chain', () => {
    const { issues, plan } = run(
      book({
        企业: [
          ['企业名称', '所属环节'],
          ['济宁液压件厂', '油缸、工程机械/整机制造'],
          ['某企业', '不存在的环节'],
        ],
      }),
    );
    expect(codes(issues)).toEqual(['error:UNKNOWN_SEGMENT@3']);
    expect(plan.ops.mappings[0]?.items).toEqual([
      { segmentRef: 1, isPrimary: true, status: 'confirmed' },
      { segmentRef: 2, isPrimary: false, status: 'confirmed' },
    ]);
  });
  it('skips title, blank and 合计 rows and reports unparseable numbers and years', () => {
    const { issues, x } = run(
      book({
        名录: [
          ['济宁高新区企业名录（2023年）'],
          ['企业名称', '营业收入（万元）', '成立年份'],
          ['甲', '1.2亿元', '2001年'],
          [null, '  ', null],
          ['乙', '很多', '去年'],
          ['合计', '12000', ''],
          ['备注：单位万元'],
        ],
      }),
    );
    // An unreadable figure skips that field of that row (a warning), not the firm.
    expect(codes(issues)).toEqual(['warning:BAD_NUMBER@5', 'warning:BAD_YEAR@5']);
    expect(x.drafts.enterprises.map((d) => [d.name, d.values.revenue, d.values.founded])).toEqual([
      ['甲', 12000, 2001],
      ['乙', undefined, undefined],
    ]);
  });
  it('says a file with no recognisable sheet is not importable', () => {
    const { issues } = run(
      book({
        Sheet1: [
          ['a', 'b'],
          [1, 2],
        ],
      }),
    );
    expect(codes(issues)).toEqual(['error:NO_RECOGNISED_SHEET@0']);
  });
  it('flags formula cells and over-long cells on their row', () => {
    const wb = book({
      企业: [
        ['企业名称', '主营产品'],
        ['甲', '挖掘机'],
        ['乙', 'x'.repeat(40_000)],
      ],
    });
    const sheet = wb.sheets[0];
    if (sheet) sheet.formulaCells = ['B2'];
    expect(codes(run(wb).issues)).toEqual(['warning:FORMULA_CELL@2', 'error:CELL_TOO_LONG@3']);
  });
});

describe('link rows', () => {
  it('resolves endpoints in the file and the workspace; rejects unknown endpoints and self-links', () => {
    const { issues, plan } = run(
      book({
        企业: [
          ['企业名称', '统一社会信用代码'],
          ['新配套厂', ''],
        ],
        供应关系: [
          ['供应方', '采购方', '产品', '年供货额（万元）'],
          ['新配套厂', '小松(济宁)有限公司', '油缸', '1,200'],
          ['济宁液压件厂', '小松（济宁）有限公司', '管件', '30万元'],
          ['谁也不知道', '小松（济宁）有限公司', '', ''],
          ['济宁液压件厂', '济宁液压件厂', '', ''],
          ['新配套厂', '小松(济宁)有限公司', '油缸', '1,200'],
        ],
      }),
    );
    expect(codes(issues)).toEqual([
      'error:UNKNOWN_ENDPOINT@4',
      'error:SELF_LINK@5',
      'warning:DUPLICATE_LINK@6',
    ]);
    expect(issues[0]?.messageZh).toBe('供应方“谁也不知道”既不在导入文件中，也不在工作区中');
    expect(plan.counts.links).toEqual({
      new: 2,
      updated: 0,
      unchanged: 0,
      deleted: 0,
      rejected: 2,
    });
    expect(
      plan.ops.links.map((l) => [
        l.record.supplierRef < 0 ? 'new' : l.record.supplierRef,
        l.record.buyerRef,
        l.record.amount,
      ]),
    ).toEqual([
      ['new', 1, 1200],
      [2, 1, 30],
    ]);
  });
  it('asks for a USCC when a link names a firm several workspace firms share', () => {
    const ws = workspace();
    ws.enterprises.push(firm(3, '济宁液压件厂有限公司'));
    const { issues } = run(
      book({
        供应关系: [
          ['供应方', '采购方'],
          ['济宁液压件厂', '小松（济宁）有限公司'],
        ],
      }),
      ws,
    );
    expect(codes(issues)).toEqual(['error:AMBIGUOUS_MATCH@2']);
    expect(issues[0]?.messageZh).toContain('对应多家同名企业');
  });
  it('lets edges refer to node Ids (graph-tool convention)', () => {
    const { issues, plan } = run(
      book({
        nodes: [
          ['Id', 'Label'],
          ['n1', '甲厂'],
          ['n2', '乙厂'],
        ],
        edges: [
          ['Source', 'Target', 'Weight'],
          ['n1', 'n2', '5'],
        ],
      }),
    );
    expect(issues).toEqual([]);
    expect(plan.counts.links.new).toBe(1);
  });
});

describe('chain templates and leads', () => {
  it('creates clusters, chains and nested segments, parents listed after children included', () => {
    const { issues, plan } = run(
      book({
        产业链模板: [
          ['产业集群', '产业链', '环节', '上级环节', '位置', '是否核心环节', '目标企业数'],
          ['医养健康', '疫苗', '佐剂', '原辅料', '上游', '是', '3'],
          ['医养健康', '疫苗', '原辅料', '', '上游', '否', ''],
          ['高端装备', '工程机械', '油缸', '', '上游', '是', '4'],
          ['医养健康', '疫苗', '孤儿', '没有这个', '中游', '', ''],
        ],
      }),
    );
    expect(codes(issues)).toEqual(['error:UNKNOWN_SEGMENT@5']);
    expect(plan.counts.chains).toEqual({
      new: 2,
      updated: 1,
      unchanged: 0,
      deleted: 0,
      rejected: 1,
    });
    const names = plan.ops.segments.map((s) => s.name);
    expect(names.indexOf('原辅料')).toBeLessThan(names.indexOf('佐剂'));
    expect(plan.ops.segments.find((s) => s.name === '油缸')).toMatchObject({
      ref: 1,
      targetCount: 4,
    });
  });
  it('plans leads against segments and firms', () => {
    const { issues, plan } = run(
      book({
        线索: [
          ['目标企业', '拟补环节', '阶段', '负责人'],
          ['恒立液压', '工程机械/油缸', '接洽', '张三'],
          ['某公司', '油缸', '研究一下', ''],
        ],
      }),
    );
    expect(codes(issues)).toEqual(['error:BAD_VALUE@3']);
    expect(
      plan.ops.leads.map((l) => [l.record.targetName, l.record.segmentRef, l.record.stage]),
    ).toEqual([['恒立液压', 1, 'contact']]);
  });
});

describe('deletions, conflicting flags and unknown firms in link rows', () => {
  it('counts 删除 rows as deleted, not updated, and lists them under their own filter', () => {
    const ws = workspace();
    ws.links = [
      {
        id: 7,
        supplierId: 2,
        buyerId: 1,
        product: '油缸',
        segmentId: null,
        amount: null,
        share: null,
        source: 'reported',
        yearFrom: null,
        yearTo: null,
      },
    ];
    const { plan } = run(
      book({
        企业: [
          ['企业名称', '操作'],
          ['济宁液压件厂', '删除'],
        ],
        供应关系: [
          ['供应方', '采购方', '产品', '操作'],
          ['济宁液压件厂', '小松（济宁）有限公司', '油缸', '删除'],
        ],
      }),
      ws,
    );
    expect(plan.counts.enterprises).toMatchObject({ updated: 0, deleted: 1 });
    expect(plan.counts.links).toMatchObject({ updated: 0, deleted: 1 });
    expect(plan.ops.removeEnterprises).toEqual([2]);
    expect(plan.ops.removeLinks).toEqual([7]);
    expect(pageRows(plan.rows, { filter: 'updated', offset: 0, limit: 10 }).total).toBe(0);
    expect(
      pageRows(plan.rows, { filter: 'deleted', offset: 0, limit: 10 }).rows.map((r) => r.label),
    ).toEqual(['济宁液压件厂', '济宁液压件厂 → 小松（济宁）有限公司']);
  });

  it('是否规上=否 with the tag 规上: the column wins, the stored 规上 tag goes, and a warning says so', () => {
    const ws = workspace();
    ws.enterprises = ws.enterprises.map((e) =>
      e.id === 2 ? { ...e, isAboveScale: true, tags: ['规上', '链主'] } : e,
    );
    const { plan, issues } = run(
      book({
        企业: [
          ['企业名称', '是否规上', '标签'],
          ['济宁液压件厂', '否', '规模以上'],
        ],
      }),
      ws,
    );
    expect(codes(issues)).toEqual(['warning:FLAG_CONFLICT@2']);
    expect(issues[0]?.messageZh).toContain('以“是否规上”列为准');
    const written = plan.ops.enterprises[0]?.record;
    expect(written?.isAboveScale).toBe(false);
    expect(written?.tags).toEqual(['链主']);
    expect(plan.rows[0]?.changes.find((c) => c.field === 'tags')).toMatchObject({
      before: '规上、链主',
      after: '链主',
      removes: true,
    });
  });

  it('suggests the firm a link row probably means when it names none the files or workspace have', () => {
    const { issues } = run(
      book({
        供应关系: [
          ['供应方', '采购方'],
          ['济宁液压件厂', '小松(济宁)有线公司'], // 有线 for 有限: a typo of a workspace firm
          ['济宁液压件', '完全不同的某某贸易行'],
        ],
      }),
    );
    const unknown = issues.filter((i) => i.code === 'UNKNOWN_ENDPOINT').map((i) => i.messageZh);
    expect(unknown[0]).toContain('是否指：小松（济宁）有限公司');
    expect(unknown[1]).toContain('是否指：济宁液压件厂');
    expect(unknown[2]).not.toContain('是否指');
  });
});
