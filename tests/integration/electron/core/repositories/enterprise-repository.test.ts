// Enterprise search on a real SQLite file: text search (name, USCC, LIKE wildcards taken literally),
// filters, paging and every sort field in both directions (nulls last).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  EnterpriseSortFieldSchema,
  type EnterpriseRow,
} from '../../../../../shared/ipc/contract.js';
import {
  getEnterprise,
  listEnterprises,
  searchEnterprises,
  type EnterpriseQuery,
} from '../../../../../electron/core/repositories/enterprise-repository.js';
import { pinyinSortKey } from '../../../../../shared/text/pinyin.js';
import { KOMATSU_USCC, makeSmallWorkspace, type Small } from './small-workspace.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';

let ws: Workspace;
let ids: Small;
let dispose: () => void;
beforeEach(() => {
  ({ ws, ids, dispose } = makeSmallWorkspace());
});
afterEach(() => {
  dispose();
});

const search = (q: Partial<EnterpriseQuery>) =>
  searchEnterprises(ws.db, { offset: 0, limit: 100, ...q });
const names = (rows: EnterpriseRow[]) => rows.map((r) => r.name);

describe('searchEnterprises', () => {
  it('lists every firm with its counts and chains, by name by default', () => {
    const { total, rows } = search({});
    expect(total).toBe(6);
    const komatsu = rows.find((r) => r.id === ids.firms.komatsu);
    expect(komatsu).toMatchObject({
      uscc: KOMATSU_USCC,
      isLocal: true,
      tags: ['链主', '外资'],
      segmentCount: 2, // confirmed + uncertain; the rejected one never counts
      supplierCount: 2,
      buyerCount: 1,
      chains: ['工程机械'],
    });
    const hengli = rows.find((r) => r.id === ids.firms.hengli);
    expect(hengli).toMatchObject({ isLocal: false, segmentCount: 0, chains: [], buyerCount: 1 });
  });

  it('finds by name fragment and by USCC fragment', () => {
    expect(names(search({ query: '小松' }).rows)).toEqual(['小松（山东）工程机械有限公司']);
    expect(names(search({ query: '  大和 ' }).rows)).toEqual(['济宁大和油缸有限公司']);
    expect(search({ query: KOMATSU_USCC.slice(6, 14) }).rows.map((r) => r.id)).toEqual([
      ids.firms.komatsu,
    ]);
    expect(search({ query: '不存在的企业' })).toEqual({ total: 0, rows: [] });
  });

  it('takes LIKE wildcards literally', () => {
    expect(names(search({ query: '%' }).rows)).toEqual(['50%折扣贸易公司']);
    expect(names(search({ query: '50%' }).rows)).toEqual(['50%折扣贸易公司']);
    expect(names(search({ query: '_' }).rows)).toEqual(['A_B电子']);
    expect(search({ query: '\\' }).total).toBe(0);
  });

  it('searches tag text, not the JSON it is stored in', () => {
    expect(search({ query: '链主' }).rows.map((r) => r.id)).toEqual([ids.firms.komatsu]);
    expect(search({ query: '上' }).rows.map((r) => r.id)).toEqual([ids.firms.hengli]);
    // Brackets, quotes and commas are JSON syntax in the column; no firm's tags contain them.
    for (const q of ['[', '"', '","', ']']) expect(search({ query: q }).total).toBe(0);
  });

  it('filters by locality, tag, chain, cluster and segment', () => {
    expect(
      search({ isLocal: false })
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual([ids.firms.hengli, ids.firms.underscore].sort());
    expect(search({ tag: '链主' }).rows.map((r) => r.id)).toEqual([ids.firms.komatsu]);
    // 恒立's mapping to 油缸 was rejected, so it is not on the chain.
    expect(
      search({ chainId: ids.chains.machinery })
        .rows.map((r) => r.id)
        .sort(),
    ).toEqual([ids.firms.komatsu, ids.firms.daiwa].sort());
    expect(search({ clusterId: ids.clusters.info }).rows.map((r) => r.id)).toEqual([
      ids.firms.pcbFirm,
    ]);
    expect(
      search({ segmentId: ids.segments.cylinder, query: '济宁' }).rows.map((r) => r.id),
    ).toEqual([ids.firms.daiwa]);
  });

  it('pages without gaps or repeats and reports the full total', () => {
    const all = search({}).rows.map((r) => r.id);
    const paged = [0, 2, 4].flatMap((offset) => {
      const page = search({ offset, limit: 2 });
      expect(page.total).toBe(6);
      return page.rows.map((r) => r.id);
    });
    expect(paged).toEqual(all);
    expect(search({ offset: 6, limit: 2 }).rows).toEqual([]);
  });

  const fields = EnterpriseSortFieldSchema.options;
  const value = (r: EnterpriseRow, f: (typeof fields)[number]): string | number | null =>
    f === 'isLocal' ? Number(r.isLocal) : r[f];

  it.each(fields.flatMap((f) => [[f, 'asc'] as const, [f, 'desc'] as const]))(
    'sorts by %s %s with empty values last',
    (field, direction) => {
      const rows = search({ sort: { field, direction } }).rows;
      expect(rows).toHaveLength(6);
      for (let i = 1; i < rows.length; i += 1) {
        const a = value(rows[i - 1] as EnterpriseRow, field);
        const b = value(rows[i] as EnterpriseRow, field);
        if (a === null) expect(b).toBeNull();
        if (a === null || b === null) continue;
        if (typeof a === 'number' && typeof b === 'number') {
          expect(direction === 'asc' ? a <= b : a >= b).toBe(true);
        } else {
          // Text columns (name, park) are in 拼音 order, as Chinese staff expect.
          const [ka, kb] = [pinyinSortKey(String(a)), pinyinSortKey(String(b))];
          expect(direction === 'asc' ? ka <= kb : ka >= kb, `${String(a)} / ${String(b)}`).toBe(
            true,
          );
        }
      }
    },
  );

  it('puts the largest revenue first when sorting descending', () => {
    const rows = search({ sort: { field: 'revenue', direction: 'desc' } }).rows;
    expect(names(rows).slice(0, 2)).toEqual([
      '江苏恒立液压股份有限公司',
      '小松（山东）工程机械有限公司',
    ]);
    expect(rows.at(-1)?.revenue).toBeNull();
  });
});

describe('getEnterprise / listEnterprises', () => {
  it('returns one firm or undefined, and lists by ids', () => {
    expect(getEnterprise(ws.db, ids.firms.daiwa)?.name).toBe('济宁大和油缸有限公司');
    expect(getEnterprise(ws.db, 9999)).toBeUndefined();
    expect(listEnterprises(ws.db, [ids.firms.hengli, ids.firms.komatsu]).map((e) => e.id)).toEqual(
      [ids.firms.komatsu, ids.firms.hengli].sort((a, b) => a - b),
    );
    expect(listEnterprises(ws.db, [])).toEqual([]);
    expect(listEnterprises(ws.db)).toHaveLength(6);
  });
});

describe('pinyin ordering and search', () => {
  let fresh: Workspace;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'chainatlas-pinyin-'));
    fresh = openWorkspace(join(dir, 'ws.chainatlas'));
  });
  afterEach(() => {
    closeWorkspace(fresh);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists firms in 拼音 order by default and finds 小松 by typing its initials or pinyin', () => {
    const firm = (name: string): void => {
      fresh.db.prepare("INSERT INTO enterprise (name, tags) VALUES (?, '[]')").run(name);
    };
    [
      '济宁大和油缸有限公司',
      '北京三一重机有限公司',
      '小松（山东）工程机械有限公司',
      '安徽合力股份有限公司',
    ].forEach(firm);
    const all = searchEnterprises(fresh.db, { offset: 0, limit: 10 }).rows.map((r) => r.name);
    expect(all).toEqual([
      '安徽合力股份有限公司',
      '北京三一重机有限公司',
      '济宁大和油缸有限公司',
      '小松（山东）工程机械有限公司',
    ]);
    for (const query of ['xs', 'XiaoSong', 'xssdgc']) {
      const found = searchEnterprises(fresh.db, { query, offset: 0, limit: 10 }).rows.map(
        (r) => r.name,
      );
      expect(found, query).toEqual(['小松（山东）工程机械有限公司']);
    }
  });

  it('lists name matches before firms found by product when no column sort is chosen', () => {
    const insert = fresh.db.prepare(
      "INSERT INTO enterprise (name, main_products, tags) VALUES (?, ?, '[]')",
    );
    insert.run('小松（山东）工程机械有限公司', '液压挖掘机');
    insert.run('山东鲁松工程机械销售服务有限公司', '小松挖掘机销售与维修');
    const search = (sort?: { field: 'name'; direction: 'asc' }) =>
      searchEnterprises(fresh.db, { query: '小松', offset: 0, limit: 10, sort }).rows.map(
        (r) => r.name,
      );
    expect(search()).toEqual(['小松（山东）工程机械有限公司', '山东鲁松工程机械销售服务有限公司']);
    // An explicit sort by name is plain 拼音 order (shan before xiao).
    expect(search({ field: 'name', direction: 'asc' })).toEqual([
      '山东鲁松工程机械销售服务有限公司',
      '小松（山东）工程机械有限公司',
    ]);
  });
});
