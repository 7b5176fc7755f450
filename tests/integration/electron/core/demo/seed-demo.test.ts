// The built-in demo workspace: what issue 2 promises a new user sees (the article's clusters, parks
// and firms, a full excavator chain, enough firms/links/leads), and that every cluster shows
// strong, weak and missing segments. The segment-state rules are re-derived here in plain SQL + TS,
// independently of the app's analysis module, so a data change that flattens the demo is caught.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { validateUscc } from '../../../../../shared/domain/uscc.js';
import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import { insertEnterprise } from '../../../../../electron/core/repositories/enterprise-repository.js';
import { workspaceStats } from '../../../../../electron/core/repositories/stats-repository.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import { firm } from '../repositories/small-workspace.js';

let dir: string;
let ws: Workspace;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-demo-'));
  ws = openWorkspace(join(dir, 'demo.db'));
  seedDemoWorkspace(ws.db);
});
afterAll(() => {
  closeWorkspace(ws);
  rmSync(dir, { recursive: true, force: true });
});

type Row = Record<string, unknown>;
const all = <T = Row>(sql: string, ...params: unknown[]): T[] =>
  ws.db.prepare(sql).all(...params) as T[];
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed view of SQL rows
const one = <T = Row>(sql: string, ...params: unknown[]): T =>
  ws.db.prepare(sql).get(...params) as T;

describe('demo workspace contents', () => {
  it('has the four clusters of the article with their parks', () => {
    const rows = all<{ cluster: string; park: string }>(
      `SELECT c.name AS cluster, p.name AS park FROM park p JOIN cluster c ON c.id = p.cluster_id ORDER BY c.sort_order, p.id`,
    );
    expect(rows.map((r) => `${r.cluster}/${r.park}`)).toEqual([
      '高端装备/国际高端装备产业园',
      '高端装备/中韩高端装备产业园',
      '医养健康/金科国际生命健康科技城',
      '新能源新材料/航空航天城',
      '信息产业/智能终端产业园',
    ]);
    const chainless = all(
      `SELECT name FROM cluster c WHERE NOT EXISTS (SELECT 1 FROM chain WHERE cluster_id = c.id)`,
    );
    expect(chainless).toEqual([]);
  });

  it('has a 疫苗 and a 兽药 chain under 医养健康', () => {
    const chains = all<{ name: string }>(
      `SELECT ch.name FROM chain ch JOIN cluster c ON c.id = ch.cluster_id WHERE c.name = '医养健康'`,
    ).map((r) => r.name);
    expect(chains).toEqual(expect.arrayContaining(['疫苗', '兽药']));
  });

  it('has an excavator chain of ≥15 segments over all three stages incl. the Komatsu-base parts', () => {
    const segs = all<{ name: string; stage: string; parent_id: number | null; is_key: number }>(
      `SELECT s.* FROM segment s JOIN chain ch ON ch.id = s.chain_id WHERE ch.name = '工程机械'`,
    );
    expect(segs.length).toBeGreaterThanOrEqual(15);
    expect(new Set(segs.map((s) => s.stage))).toEqual(
      new Set(['upstream', 'midstream', 'downstream']),
    );
    expect(segs.map((s) => s.name)).toEqual(
      expect.arrayContaining(['驾驶室', '油缸', '回转支承', '油箱', '液压软硬管件']),
    );
    expect(segs.some((s) => s.parent_id !== null)).toBe(true); // a tree, not a flat list
    expect(segs.some((s) => s.is_key === 1)).toBe(true);
  });

  it('keeps every segment tree inside its own chain', () => {
    expect(
      all(
        `SELECT s.id FROM segment s JOIN segment p ON p.id = s.parent_id WHERE p.chain_id <> s.chain_id`,
      ),
    ).toEqual([]);
  });

  it('has Komatsu as 链主 with its nine supporting firms (7 Japanese-funded, 2+ Chinese)', () => {
    const komatsu = one<{ id: number; tags: string; is_local: number }>(
      `SELECT * FROM enterprise WHERE name LIKE '小松%' AND is_local = 1`,
    );
    expect(JSON.parse(komatsu.tags)).toContain('链主');
    const localSuppliers = all<{ id: number }>(
      `SELECT DISTINCT s.id FROM supply_link l JOIN enterprise s ON s.id = l.supplier_id
        WHERE l.buyer_id = ? AND s.is_local = 1`,
      komatsu.id,
    );
    expect(localSuppliers.length).toBeGreaterThanOrEqual(9);
    const base = all<{
      id: number;
      investor_country: string | null;
      ownership: string;
      segment: string;
    }>(
      `SELECT DISTINCT s.id, s.investor_country, s.ownership, g.name AS segment
         FROM supply_link l JOIN enterprise s ON s.id = l.supplier_id JOIN segment g ON g.id = l.segment_id
        WHERE l.buyer_id = ? AND s.is_local = 1
          AND g.name IN ('驾驶室', '油缸', '回转支承', '油箱', '液压软硬管件', '结构件')`,
      komatsu.id,
    );
    expect(new Set(base.map((b) => b.segment))).toEqual(
      new Set(['驾驶室', '油缸', '回转支承', '油箱', '液压软硬管件', '结构件']),
    );
    const japanese = base.filter((b) => b.investor_country === '日本' && b.ownership === 'foreign');
    const chinese = base.filter((b) => b.ownership !== 'foreign' && b.ownership !== 'jointVenture');
    expect(japanese.length).toBeGreaterThanOrEqual(7);
    expect(chinese.length).toBeGreaterThanOrEqual(2);
  });

  it("has the article's other firms", () => {
    const byName = (like: string) => all(`SELECT * FROM enterprise WHERE name LIKE ?`, like);
    expect(byName('捷马（济宁）矿山支护设备制造有限公司')[0]).toMatchObject({
      investor_country: '瑞典',
      is_local: 1,
    });
    expect(byName('%鲁抗医药%')).toHaveLength(1);
    expect(byName('%好丽友%').find((r) => r['ownership'] === 'jointVenture')).toMatchObject({
      investor_country: '韩国',
      is_local: 1,
    });
    expect(String(byName('艾美科健%')[0]?.['main_products'])).toContain('泰拉霉素');
    expect(byName('凯登%')).toHaveLength(1);
    expect(byName('中煤%')).toHaveLength(1);
  });

  it('has enough firms, links and leads, in the promised shapes', () => {
    const stats = workspaceStats(ws.db);
    expect(stats.enterprises).toBeGreaterThanOrEqual(40);
    expect(stats.links).toBeGreaterThanOrEqual(30);
    expect(stats.leads).toBeGreaterThanOrEqual(3);
    const stages = all<{ stage: string }>('SELECT DISTINCT stage FROM lead').map((r) => r.stage);
    expect(stages).toEqual(expect.arrayContaining(['lead', 'landed']));
    expect(stages.length).toBeGreaterThanOrEqual(4);
    const sources = all<{ source: string }>('SELECT DISTINCT source FROM supply_link').map(
      (r) => r.source,
    );
    expect(new Set(sources)).toEqual(new Set(['verified', 'reported', 'inferred']));
    expect(
      one<{ n: number }>('SELECT count(*) AS n FROM supply_link WHERE amount IS NULL').n,
    ).toBeGreaterThan(0);
    expect(
      one<{ n: number }>('SELECT count(*) AS n FROM supply_link WHERE amount > 0').n,
    ).toBeGreaterThan(20);
    expect(
      one<{ n: number }>('SELECT count(*) AS n FROM supply_link WHERE product IS NULL').n,
    ).toBe(0);
  });

  it('has outside firms in other provinces and countries', () => {
    const outside = all<{ province: string | null; country: string | null }>(
      'SELECT province, country FROM enterprise WHERE is_local = 0',
    );
    expect(outside.length).toBeGreaterThanOrEqual(10);
    expect(outside.some((f) => f.country !== '中国')).toBe(true);
    expect(outside.some((f) => f.country === '中国' && f.province !== '山东省')).toBe(true);
  });

  it('links only existing firms, never a firm to itself', () => {
    expect(
      all(`SELECT l.id FROM supply_link l LEFT JOIN enterprise s ON s.id = l.supplier_id
             LEFT JOIN enterprise b ON b.id = l.buyer_id WHERE s.id IS NULL OR b.id IS NULL`),
    ).toEqual([]);
    expect(all('SELECT id FROM supply_link WHERE supplier_id = buyer_id')).toEqual([]);
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('flags every firm as demo data, with valid USCCs where given and known tags only', () => {
    expect(one<{ n: number }>('SELECT count(*) AS n FROM enterprise WHERE is_demo = 0').n).toBe(0);
    const codes = all<{ uscc: string | null }>('SELECT uscc FROM enterprise').map((r) => r.uscc);
    const given = codes.filter((c): c is string => c !== null);
    expect(given.length).toBeGreaterThanOrEqual(10);
    expect(given.length).toBeLessThan(codes.length);
    for (const c of given) expect(validateUscc(c)).toEqual({ ok: true, value: c });
    const allowed = [
      '世界500强',
      '中国500强',
      '上市',
      '规上',
      '高新技术企业',
      '专精特新',
      '小巨人',
      '链主',
      '外资',
    ];
    const tags = all<{ value: string }>(
      'SELECT DISTINCT j.value FROM enterprise e, json_each(e.tags) j',
    );
    for (const t of tags) expect(allowed).toContain(t.value);
  });
});

type State = 'missing' | 'broken' | 'weak' | 'strong';

/** The segment-state rules of the brief, stated directly (default target 2). */
function leafStates(): { cluster: string; chain: string; segment: string; state: State }[] {
  const leaves = all<{
    id: number;
    name: string;
    target_count: number | null;
    chain: string;
    cluster: string;
  }>(
    `SELECT s.id, s.name, s.target_count, ch.name AS chain, c.name AS cluster
       FROM segment s JOIN chain ch ON ch.id = s.chain_id JOIN cluster c ON c.id = ch.cluster_id
      WHERE NOT EXISTS (SELECT 1 FROM segment k WHERE k.parent_id = s.id)`,
  );
  return leaves.map((leaf) => {
    const firms = all<{ is_above_scale: number; tags: string }>(
      `SELECT e.is_above_scale, e.tags FROM enterprise_segment es JOIN enterprise e ON e.id = es.enterprise_id
        WHERE es.segment_id = ? AND es.status = 'confirmed' AND e.is_local = 1`,
      leaf.id,
    );
    const localBuys = all<{ supplier_local: number }>(
      `SELECT s.is_local AS supplier_local FROM supply_link l
         JOIN enterprise s ON s.id = l.supplier_id JOIN enterprise b ON b.id = l.buyer_id
        WHERE l.segment_id = ? AND b.is_local = 1`,
      leaf.id,
    );
    let state: State;
    if (firms.length === 0) state = 'missing';
    else if (localBuys.length > 0 && localBuys.every((l) => l.supplier_local === 0))
      state = 'broken';
    else if (
      firms.length < (leaf.target_count ?? 2) ||
      !firms.some(
        (f) => f.is_above_scale === 1 || (JSON.parse(f.tags) as string[]).includes('高新技术企业'),
      )
    )
      state = 'weak';
    else state = 'strong';
    return { cluster: leaf.cluster, chain: leaf.chain, segment: leaf.name, state };
  });
}

describe('demo segment states', () => {
  it('gives every cluster strong, weak and missing segments, and some broken ones', () => {
    const states = leafStates();
    for (const cluster of ['高端装备', '医养健康', '新能源新材料', '信息产业']) {
      const here = new Set(states.filter((s) => s.cluster === cluster).map((s) => s.state));
      expect({
        cluster,
        strong: here.has('strong'),
        weak: here.has('weak'),
        missing: here.has('missing'),
      }).toEqual({
        cluster,
        strong: true,
        weak: true,
        missing: true,
      });
    }
    expect(states.filter((s) => s.state === 'broken').length).toBeGreaterThanOrEqual(1);
  });

  it('tells the Komatsu story: pump broken, engine missing, cylinder and cab strong', () => {
    const of = (segment: string) =>
      leafStates().find((s) => s.chain === '工程机械' && s.segment === segment)?.state;
    expect(of('液压泵')).toBe('broken');
    expect(of('发动机')).toBe('missing');
    expect(of('油缸')).toBe('strong');
    expect(of('驾驶室')).toBe('strong');
    expect(of('回转支承')).toBe('weak');
  });
});

describe('seedDemoWorkspace', () => {
  it('writes nothing when it fails part-way (one transaction)', () => {
    const file = join(dir, 'clash.db');
    const other = openWorkspace(file);
    try {
      // A firm already holding a code the demo uses makes a late insert fail.
      const demoCode = one<{ uscc: string }>(
        'SELECT uscc FROM enterprise WHERE uscc IS NOT NULL ORDER BY id DESC',
      ).uscc;
      insertEnterprise(other.db, firm('已有企业', { uscc: demoCode }));
      expect(() => {
        seedDemoWorkspace(other.db);
      }).toThrow(/UNIQUE/);
      expect(workspaceStats(other.db)).toEqual({
        clusters: 0,
        chains: 0,
        segments: 0,
        enterprises: 1,
        links: 0,
        leads: 0,
      });
    } finally {
      closeWorkspace(other);
    }
  });
});
