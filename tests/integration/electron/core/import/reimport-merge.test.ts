// Re-importing into the demo workspace never loses data: the issue's cases on real files (CSV bytes
// and xlsx written by the project's writer), the workspace compared before and after each import.
import { afterEach, describe, expect, it } from 'vitest';

import { writeXlsx } from '../../../../../electron/core/export/write-xlsx.js';
import {
  commitImport,
  prepareImport,
  type ImportOptions,
} from '../../../../../electron/core/import/import-service.js';
import { enterpriseList } from '../../../../../electron/core/services/enterprise-register.js';
import { runAnalysis } from '../../../../../electron/core/services/analysis-service.js';
import { withUsccCheckChar } from '../../../../../shared/domain/uscc.js';
import type { ExportTable } from '../../../../../shared/spreadsheet/export-tables.js';
import type { CellValue } from '../../../../../shared/spreadsheet/types.js';
import { demoWorkspace } from '../../../../support/demo-workspace.js';
import { dumpContents, type TempWorkspace, csv } from '../../../../support/import-fixtures.js';

let t: TempWorkspace | undefined;
afterEach(() => t?.dispose());

const demo = (): TempWorkspace => {
  t = demoWorkspace();
  return t;
};
const xlsx = async (name: string, sheets: Record<string, CellValue[][]>) => {
  const tables: ExportTable[] = Object.entries(sheets).map(([sheet, [header, ...rows]]) => ({
    kind: 'enterprises',
    sheet,
    columns: (header ?? []).map((h) => ({ header: String(h), type: 'text' as const })),
    rows,
  }));
  return { name, bytes: await writeXlsx(tables) };
};
const importFiles = async (
  w: TempWorkspace,
  files: { name: string; bytes: Uint8Array }[],
  options: ImportOptions = {},
) => {
  const prepared = await prepareImport(w.ws, files, options);
  await commitImport(w.ws, prepared, { backup: false, acceptWarnings: true });
  return prepared;
};
const firm = (w: TempWorkspace, name: string) =>
  w.ws.db
    .prepare(
      'SELECT id, name, uscc, tags, revenue, is_above_scale AS above FROM enterprise WHERE name = ?',
    )
    .all(name) as {
    id: number;
    name: string;
    uscc: string | null;
    tags: string;
    revenue: number | null;
    above: number;
  }[];
const segmentsOf = (w: TempWorkspace, id: number): string[] =>
  (
    w.ws.db
      .prepare(
        `SELECT c.name || '/' || s.name AS p FROM enterprise_segment m JOIN segment s ON s.id = m.segment_id
         JOIN chain c ON c.id = s.chain_id WHERE m.enterprise_id = ? ORDER BY p`,
      )
      .all(id) as { p: string }[]
  ).map((r) => r.p);
const states = (w: TempWorkspace): Record<string, string> =>
  Object.fromEntries(
    runAnalysis(w.ws)
      .chains.flatMap((c) => c.segments)
      .map((s) => [`${s.path.join('/')}@${s.chainId}`, s.state]),
  );
const codes = (issues: { code: string; severity: string }[]) =>
  issues.map((i) => `${i.severity}:${i.code}`);

const KOMATSU = '小松（山东）工程机械有限公司';

describe('case 1: a one-row file for an existing firm', () => {
  const file = csv(
    'one.csv',
    '企业名称,所属产业链,所属环节,标签\n小松(山东)工程机械有限公司,工程机械,液压挖掘机整机装配,链主\n',
  );

  it('keeps the name, tags, other 挂链 and every segment state', async () => {
    const w = demo();
    const before = dumpContents(w.ws.db);
    const statesBefore = states(w);
    const [k] = firm(w, KOMATSU);
    expect(segmentsOf(w, k?.id ?? 0)).toHaveLength(3);
    const prepared = await importFiles(w, [file]);
    // The half-width spelling is shown as a change waiting for acceptance, not applied.
    expect(prepared.plan.rows[0]?.changes).toEqual([
      expect.objectContaining({ field: 'name', before: KOMATSU, pending: 'rename' }),
    ]);
    expect(dumpContents(w.ws.db)).toEqual(before);
    expect(states(w)).toEqual(statesBefore);
    expect(JSON.parse(firm(w, KOMATSU)[0]?.tags ?? '[]')).toEqual(
      expect.arrayContaining(['链主', '高新技术企业', '规上', '外资']),
    );
  });

  it('renames only when accepted, and the old name still finds the firm', async () => {
    const w = demo();
    const [k] = firm(w, KOMATSU);
    await importFiles(w, [file], { acceptNames: [k?.id ?? 0] });
    expect(firm(w, KOMATSU)).toEqual([]);
    expect(firm(w, '小松(山东)工程机械有限公司')[0]?.id).toBe(k?.id);
    expect(segmentsOf(w, k?.id ?? 0)).toHaveLength(3);
    const found = enterpriseList(w.ws, { query: '小松（山东）', limit: 10, offset: 0 });
    expect(found.rows.map((r) => r.id)).toContain(k?.id);
    // Next month's file in the old spelling still matches the same firm (through the alias).
    const again = await prepareImport(w.ws, [
      csv('old.csv', `企业名称,从业人数\n${KOMATSU},3100\n`),
    ]);
    expect(again.plan.rows[0]?.matchedId).toBe(k?.id);
    expect(again.preview.counts.enterprises.new).toBe(0);
  });
});

describe('case 2: a namesake with another valid USCC', () => {
  const otherUscc = withUsccCheckChar('91370800MA3D1009X');
  const file = csv(
    'taifeng.csv',
    `企业名称,统一社会信用代码\n济宁泰丰液压泵有限公司,${otherUscc}\n`,
  );

  it('is a warning with candidates, never a silent second firm; the answer is remembered', async () => {
    const w = demo();
    const [taifeng] = firm(w, '济宁泰丰液压泵有限公司');
    const before = dumpContents(w.ws.db);
    const asked = await prepareImport(w.ws, [file]);
    expect(codes(asked.preview.issues)).toEqual(['warning:POSSIBLE_DUPLICATE']);
    expect(asked.preview.ambiguous[0]?.candidates.map((c) => c.id)).toEqual([taifeng?.id]);
    await expect(commitImport(w.ws, asked, { backup: false })).rejects.toThrow(/警告/);
    expect(dumpContents(w.ws.db)).toEqual(before);

    const key = asked.preview.ambiguous[0]?.nameKey ?? '';
    await importFiles(w, [file], { decisions: { [key]: taifeng?.id ?? 0 } });
    expect(firm(w, '济宁泰丰液压泵有限公司')).toHaveLength(1);
    // Second visit: no question, still one firm.
    const next = await prepareImport(w.ws, [file]);
    expect(next.preview.issues).toEqual([]);
    expect(next.plan.rows[0]?.matchedId).toBe(taifeng?.id);
  });

  it('adds a second firm only when the user says it is a different one', async () => {
    const w = demo();
    const asked = await prepareImport(w.ws, [file]);
    const key = asked.preview.ambiguous[0]?.nameKey ?? '';
    await importFiles(w, [file], { decisions: { [key]: 'new' } });
    expect(firm(w, '济宁泰丰液压泵有限公司').map((f) => f.uscc)).toContain(otherUscc);
    const again = await prepareImport(w.ws, [file]);
    expect(again.preview.issues).toEqual([]);
    expect(again.preview.counts.enterprises).toMatchObject({ new: 0, unchanged: 1 });
  });

  it('treats a firm written by its short name as a possible duplicate', async () => {
    const w = demo();
    const p = await prepareImport(w.ws, [
      csv('short.csv', '企业名称,从业人数\n小松工程机械,3000\n'),
    ]);
    expect(codes(p.preview.issues)).toEqual(['warning:POSSIBLE_DUPLICATE']);
    expect(p.preview.ambiguous[0]?.candidates[0]).toMatchObject({
      name: KOMATSU,
      reason: 'shortName',
    });
  });
});

describe("case 4: segments resolve from the file's own context", () => {
  it('places a bare 铸锻件 in the chain the file defines and maps its firms to', async () => {
    const w = demo();
    const book = await xlsx('测试链.xlsx', {
      产业链: [
        ['产业集群', '产业链', '环节', '位置'],
        ['测试集群', '测试挖掘机链', '铸锻件', '上游'],
        ['测试集群', '测试挖掘机链', '油缸', '上游'],
        ['测试集群', '测试挖掘机链', '回转支承', '中游'],
        ['测试集群', '测试挖掘机链', '驾驶室', '中游'],
      ],
      企业: [
        ['企业名称', '是否本地', '所属产业链', '所属环节'],
        ['测试铸造厂', '是', '测试挖掘机链', '铸锻件'],
        ['测试主机厂', '是', '测试挖掘机链', '驾驶室'],
      ],
      供应关系: [
        ['供应方', '采购方', '所属环节'],
        ['测试铸造厂', '测试主机厂', '铸锻件'],
      ],
    });
    const p = await importFiles(w, [book]);
    expect(p.preview.errors).toBe(0);
    const seg = w.ws.db
      .prepare(
        `SELECT c.name AS chain FROM supply_link l JOIN segment s ON s.id = l.segment_id JOIN chain c ON c.id = s.chain_id
         JOIN enterprise a ON a.id = l.supplier_id WHERE a.name = '测试铸造厂'`,
      )
      .get() as { chain: string };
    expect(seg.chain).toBe('测试挖掘机链');
  });

  it('reads 父环节/子环节 beside a 所属产业链 column', async () => {
    const w = demo();
    const p = await importFiles(w, [
      csv(
        'nested.csv',
        '企业名称,所属产业链,所属环节\n济宁新发动机有限公司,工程机械,核心零部件/发动机\n',
      ),
    ]);
    expect(p.preview.errors).toBe(0);
    const [f] = firm(w, '济宁新发动机有限公司');
    expect(segmentsOf(w, f?.id ?? 0)).toEqual(['工程机械/发动机']);
  });
});

describe('case 5: flags written as tags', () => {
  it('counts a firm tagged 规模以上 as 规上 and 高新 as 高新技术企业 in the analysis', async () => {
    const w = demo();
    const truck = (): number =>
      runAnalysis(w.ws)
        .chains.flatMap((c) => c.segments)
        .find((s) => s.name === '矿用卡车')?.qualifiedCount ?? -1;
    const before = truck();
    await importFiles(w, [
      csv(
        'flags.csv',
        '企业名称,是否本地,所属产业链,所属环节,标签\n济宁新卡车有限公司,是,工程机械,矿用卡车,规模以上企业、高新\n',
      ),
    ]);
    const [f] = firm(w, '济宁新卡车有限公司');
    expect(f?.above).toBe(1);
    expect(JSON.parse(f?.tags ?? '[]')).toEqual(['规上', '高新技术企业']);
    expect(truck()).toBe(before + 1);
  });
});

describe('case 6: messages that name the real cause', () => {
  it('skips one unreadable amount with a warning instead of blocking all 30 firms', async () => {
    const w = demo();
    const rows = Array.from(
      { length: 30 },
      (_, i) => `测试配套企业${i + 1},${i === 7 ? '约5000万' : '1200万元'}`,
    );
    const p = await importFiles(w, [csv('thirty.csv', `企业名称,营业收入\n${rows.join('\n')}\n`)]);
    expect(codes(p.preview.issues)).toEqual(['warning:BAD_NUMBER']);
    expect(p.preview.issues[0]).toMatchObject({ row: 9, column: 'B 营业收入' });
    expect(p.preview.counts.enterprises.new).toBe(30);
    expect(firm(w, '测试配套企业8')[0]?.revenue).toBeNull();
    expect(firm(w, '测试配套企业9')[0]?.revenue).toBe(1200);
  });

  it('says why a buyer was rejected, suggests the chain meant, and states the unit assumed', async () => {
    const w = demo();
    const p = await prepareImport(w.ws, [
      csv(
        'firms.csv',
        '企业名称,统一社会信用代码,营业收入,所属产业链,所属环节\n' +
          '济宁甲配套有限公司,91370800ABCDEFGHIJ,,,\n' +
          '济宁乙材料有限公司,,8600,锂电池,正极材料\n',
      ),
      csv('links.csv', '供应方,采购方\n小松（山东）工程机械有限公司,济宁甲配套有限公司\n'),
    ]);
    const byCode = new Map(p.preview.issues.map((i) => [i.code, i]));
    expect(byCode.get('UNKNOWN_ENDPOINT')?.messageZh).toMatch(
      /firms\.csv firms 第 2 行未能导入（.*统一社会信用代码/,
    );
    expect(byCode.get('UNKNOWN_CHAIN')?.messageZh).toContain('是否指：锂电池与储能');
    expect(byCode.get('UNIT_ASSUMED')?.messageZh).toContain('按万元计');
    expect(byCode.get('UNIT_ASSUMED')).toMatchObject({ row: 3, severity: 'warning' });
  });
});

describe('second visits', () => {
  it('a partial file for existing firms changes only what it states', async () => {
    const w = demo();
    const [k] = firm(w, KOMATSU);
    const before = dumpContents(w.ws.db);
    await importFiles(w, [
      csv('rev.csv', `企业名称,营业收入（万元）,标签,所属园区\n${KOMATSU},900000,出口,\n`),
    ]);
    const after = firm(w, KOMATSU)[0];
    expect(after?.revenue).toBe(900000);
    expect(JSON.parse(after?.tags ?? '[]')).toEqual([
      '链主',
      '高新技术企业',
      '规上',
      '外资',
      '出口',
    ]);
    expect(segmentsOf(w, k?.id ?? 0)).toHaveLength(3);
    // Everything else is as it was: only this firm's row differs.
    const firmsBefore = before['enterprises'] ?? [];
    const changed = (dumpContents(w.ws.db)['enterprises'] ?? []).filter(
      (r) => !firmsBefore.includes(r),
    );
    expect(changed).toHaveLength(1);
    expect(String(changed[0])).toContain('国际高端装备产业园');
    // The same file again changes nothing.
    const again = await prepareImport(w.ws, [
      csv('rev.csv', `企业名称,营业收入（万元）,标签\n${KOMATSU},900000,出口\n`),
    ]);
    expect(again.preview.counts.enterprises).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('the same firm spelled twice in one file is an error naming the first row', async () => {
    const w = demo();
    const p = await prepareImport(w.ws, [
      csv('twice.csv', `企业名称,从业人数\n${KOMATSU},3000\n小松(山东)工程机械有限公司,3100\n`),
    ]);
    expect(p.preview.issues.map((i) => [i.code, i.row])).toEqual([['DUPLICATE_FIRM', 3]]);
    expect(p.preview.issues[0]?.messageZh).toContain('第 2 行');
  });

  it('removes only what a 删除 row or replace mode names, and lists it', async () => {
    const w = demo();
    const [k] = firm(w, KOMATSU);
    const p = await importFiles(w, [
      csv('rm.csv', `企业名称,所属产业链,所属环节,操作\n${KOMATSU},工程机械,矿用卡车,删除挂链\n`),
    ]);
    expect(p.plan.rows[0]?.changes).toEqual([
      expect.objectContaining({ field: 'segments', removes: true }),
    ]);
    expect(segmentsOf(w, k?.id ?? 0)).toEqual([
      '工程机械/液压挖掘机整机装配',
      '锂电池与储能/电动工程机械',
    ]);
    await importFiles(w, [csv('tags.csv', `企业名称,标签\n${KOMATSU},链主\n`)], {
      replace: ['tags'],
    });
    expect(JSON.parse(firm(w, KOMATSU)[0]?.tags ?? '[]')).toEqual(['链主']);
  });
});

describe('links on a second visit', () => {
  const links = (w: TempWorkspace): string[] =>
    (
      w.ws.db
        .prepare(
          `SELECT b.name || ':' || coalesce(l.product, '') || ':' || coalesce(l.amount, '') AS k FROM supply_link l
           JOIN enterprise a ON a.id = l.supplier_id JOIN enterprise b ON b.id = l.buyer_id
           WHERE a.name = '济宁鑫达钢材加工配送有限公司' ORDER BY k`,
        )
        .all() as { k: string }[]
    ).map((r) => r.k);
  const head = '供应方,采购方,产品,年供货额（万元）,操作\n';

  it('updates the stated fields of a link and keeps the others and the other links', async () => {
    const w = demo();
    const before = links(w);
    expect(before).toHaveLength(2);
    await importFiles(w, [
      csv('l.csv', `${head}济宁鑫达钢材加工配送有限公司,济宁恒泰钢结构有限公司,中厚板剪切件,,\n`),
    ]);
    expect(links(w)).toEqual(before);
  });

  it('removes a link only on a 删除 row, or in replace mode, and lists what replace removes', async () => {
    const w = demo();
    const kept = links(w).find((k) => k.includes('恒泰'));
    const other = links(w).find((k) => k.includes('凯登'));
    await importFiles(w, [
      csv(
        'del.csv',
        `${head}济宁鑫达钢材加工配送有限公司,济宁恒泰钢结构有限公司,中厚板剪切件,,删除\n`,
      ),
    ]);
    expect(links(w)).toEqual([other]);
    const w2 = demo();
    const p = await importFiles(
      w2,
      [
        csv(
          'rep.csv',
          `${head}济宁鑫达钢材加工配送有限公司,济宁恒泰钢结构有限公司,中厚板剪切件,,\n`,
        ),
      ],
      { replace: ['links'] },
    );
    expect(links(w2)).toEqual([kept]);
    const removed = p.plan.rows[0]?.changes ?? [];
    expect(removed.map((c) => [c.field, c.removes])).toEqual([['link', true]]);
    expect(removed[0]?.before).toContain('凯登');
  });
});
