// The register (企业) on a real SQLite file: text search (name, USCC, LIKE wildcards taken literally),
// filters, paging and every sort field in both directions (nulls last), pinyin search and ranking.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as XLSX from '@e965/xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { enterpriseList } from '../../../../../electron/core/services/enterprise-register.js';
import { exportEnterpriseList } from '../../../../../electron/core/services/register-export.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import {
  EnterpriseSortFieldSchema,
  type EnterpriseListInput,
  type EnterpriseRow,
} from '../../../../../shared/ipc/contract.js';
import { isPinyinQuery, pinyinSortKey } from '../../../../../shared/text/pinyin.js';
import {
  foldQuery,
  matchRank,
  nameKeys,
  searchKeys,
} from '../../../../../shared/text/search-keys.js';
import { KOMATSU_USCC, makeSmallWorkspace, type Small } from '../repositories/small-workspace.js';

let ws: Workspace;
let ids: Small;
let dispose: () => void;
beforeEach(() => {
  ({ ws, ids, dispose } = makeSmallWorkspace());
});
afterEach(() => {
  dispose();
});

const search = (q: EnterpriseListInput) => enterpriseList(ws, { offset: 0, limit: 100, ...q });
const names = (rows: EnterpriseRow[]) => rows.map((r) => r.name);

describe('enterpriseList', () => {
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
    // Brackets, quotes and commas are JSON syntax in the column; no firm's tags contain them. A
    // bracket finds names written with one (either width), never every firm through its tags' JSON.
    for (const q of ['"', '","']) expect(search({ query: q }).total).toBe(0);
    for (const q of ['[', ']']) {
      const found = names(search({ query: q }).rows);
      expect(found.length).toBeLessThan(6);
      for (const name of found) expect(name).toMatch(/[()（）[\]]/);
    }
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
    f === 'isLocal' || f === 'isAboveScale' ? Number(r[f]) : r[f];

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
    const all = enterpriseList(fresh, { offset: 0, limit: 10 }).rows.map((r) => r.name);
    expect(all).toEqual([
      '安徽合力股份有限公司',
      '北京三一重机有限公司',
      '济宁大和油缸有限公司',
      '小松（山东）工程机械有限公司',
    ]);
    for (const query of ['xs', 'XiaoSong', 'xssdgc']) {
      const found = enterpriseList(fresh, { query, offset: 0, limit: 10 }).rows.map((r) => r.name);
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
      enterpriseList(fresh, { query: '小松', offset: 0, limit: 10, sort }).rows.map((r) => r.name);
    expect(search()).toEqual(['小松（山东）工程机械有限公司', '山东鲁松工程机械销售服务有限公司']);
    // An explicit sort by name is plain 拼音 order (shan before xiao).
    expect(search({ field: 'name', direction: 'asc' })).toEqual([
      '山东鲁松工程机械销售服务有限公司',
      '小松（山东）工程机械有限公司',
    ]);
  });
});

describe('the register filters', () => {
  const idsOf = (q: EnterpriseListInput) =>
    search(q)
      .rows.map((r) => r.id)
      .sort((a, b) => a - b);
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

  it('filters by 规上, park, ownership and investor country, alone and combined', () => {
    ws.db
      .prepare('UPDATE enterprise SET investor_country = ? WHERE id = ?')
      .run('日本', ids.firms.komatsu);
    expect(idsOf({ isAboveScale: true })).toEqual([ids.firms.komatsu]);
    expect(search({ isAboveScale: false }).total).toBe(5);
    expect(idsOf({ park: 'P1' })).toEqual(sorted([ids.firms.komatsu, ids.firms.daiwa]));
    expect(idsOf({ park: 'P1', isAboveScale: false })).toEqual([ids.firms.daiwa]);
    expect(idsOf({ ownership: 'foreign' })).toEqual([ids.firms.komatsu]);
    expect(idsOf({ investorCountry: '日本', chainId: ids.chains.machinery })).toEqual([
      ids.firms.komatsu,
    ]);
    expect(search({ investorCountry: '日本', isLocal: false }).total).toBe(0);
  });

  it('filters by segment state within the chosen chain, read from the analysis', () => {
    // A new segment of 工程机械 where only an outside firm is (uncertainly) mapped: 缺链.
    const pump = Number(
      ws.db
        .prepare(
          `INSERT INTO segment (chain_id, parent_id, name, stage, is_key, sort_order)
           VALUES (?, NULL, '液压泵', 'upstream', 0, 9)`,
        )
        .run(ids.chains.machinery).lastInsertRowid,
    );
    ws.db
      .prepare(
        `INSERT INTO enterprise_segment (enterprise_id, segment_id, is_primary, status) VALUES (?, ?, 0, 'uncertain')`,
      )
      .run(ids.firms.hengli, pump);
    expect(idsOf({ segmentState: 'missing' })).toEqual([ids.firms.hengli]);
    expect(idsOf({ segmentState: 'missing', chainId: ids.chains.machinery })).toEqual([
      ids.firms.hengli,
    ]);
    expect(search({ segmentState: 'missing', clusterId: ids.clusters.info }).total).toBe(0);
    expect(search({ segmentState: 'strong' }).total).toBe(0);
  });

  it('offers the parks, tags and investor countries of the workspace when asked', () => {
    const answer = search({ facets: true, limit: 1 });
    expect(answer.facets).toEqual({
      parks: ['P1', 'P2', 'P3'],
      tags: expect.arrayContaining(['链主', '外资', '上市']) as unknown,
      investorCountries: [],
    });
    expect(answer.facets?.tags).toHaveLength(3);
    expect(search({ limit: 1 }).facets).toBeUndefined();
  });
});

describe('the register search', () => {
  const found = (query: string) => names(search({ query }).rows);

  it('finds a firm by the initials or full pinyin of its short name, and by its full name', () => {
    expect(found('xsgcjx')).toEqual(['小松（山东）工程机械有限公司']);
    expect(found('XSGCJX')).toEqual(['小松（山东）工程机械有限公司']);
    expect(found('xiaosonggongcheng')).toEqual(['小松（山东）工程机械有限公司']);
    expect(found('小松工程机械')).toEqual(['小松（山东）工程机械有限公司']);
    expect(found('小松(山东)')).toEqual(['小松（山东）工程机械有限公司']);
    expect(found('jndhyg')).toEqual(['济宁大和油缸有限公司']);
  });

  it('finds a firm by an alias and by the alias pinyin, and again after a rename', () => {
    ws.db
      .prepare('INSERT INTO enterprise_alias (enterprise_id, alias) VALUES (?, ?)')
      .run(ids.firms.hengli, '恒立油缸');
    expect(found('恒立油缸')).toEqual(['江苏恒立液压股份有限公司']);
    expect(found('hlyg')).toEqual(['江苏恒立液压股份有限公司']);
    // The second visit: a firm renamed since the last search is found by its new name only.
    ws.db
      .prepare('UPDATE enterprise SET name = ? WHERE id = ?')
      .run('济宁新大和液压有限公司', ids.firms.daiwa);
    expect(found('大和油缸')).toEqual([]);
    expect(found('xdhyy')).toEqual(['济宁新大和液压有限公司']);
  });

  it('ranks an exact name, then a name prefix, before a name that merely contains the text', () => {
    const insert = ws.db.prepare("INSERT INTO enterprise (name, tags) VALUES (?, '[]')");
    insert.run('山东鲁松机械销售有限公司'); // initials sdlsjxxs… contain "xs"
    insert.run('小松');
    const xs = found('xs');
    expect(xs.slice(0, 2)).toEqual(['小松', '小松（山东）工程机械有限公司']);
    expect(xs).toContain('山东鲁松机械销售有限公司');
    expect(xs.indexOf('山东鲁松机械销售有限公司')).toBeGreaterThan(1);
    // Chinese text: the exact name first, then the prefix; a column sort keeps plain 拼音 order.
    expect(found('小松').slice(0, 2)).toEqual(['小松', '小松（山东）工程机械有限公司']);
  });
});

describe('the register search in SQL', () => {
  it('ranks and orders as the search-key rules say, for names, short names, aliases and pinyin', () => {
    const firms = [
      '小松（山东）工程机械有限公司',
      '小松',
      '山东鲁松机械销售有限公司',
      '济宁小松液压件厂',
      '重庆长安汽车股份有限公司',
      '长安',
      '济宁（兖州）小松配件有限公司',
      '小松机械',
      // "song" is in this name's own spelling, and only in the pinyin of 安松 (before it in 拼音 order).
      'Zsong Tech',
      '安松',
    ];
    const insert = ws.db.prepare("INSERT INTO enterprise (name, tags) VALUES (?, '[]')");
    for (const name of firms) insert.run(name);
    ws.db
      .prepare(
        "INSERT INTO enterprise_alias (enterprise_id, alias) SELECT id, '松山' FROM enterprise WHERE name = '长安'",
      )
      .run();
    const all = search({ limit: 1000 }).rows;
    for (const query of [
      '小松',
      'xs',
      'xiaosong',
      'cqca',
      'ca',
      '长安',
      'ss',
      '松山',
      'jn',
      'song',
      '(',
      '机械',
    ]) {
      // The rules: exact, prefix, contained in a spelling, contained in pinyin; then 拼音 order, id.
      const expected = all
        .map((r) => {
          const aliases = r.name === '长安' ? ['松山'] : [];
          const rank = matchRank(
            searchKeys(r.name, aliases),
            foldQuery(query),
            isPinyinQuery(query),
          );
          return { r, rank, key: nameKeys(r.name).sortKey };
        })
        .filter((x) => x.rank !== undefined)
        .sort(
          (a, b) =>
            (a.rank ?? 0) - (b.rank ?? 0) ||
            (a.key < b.key ? -1 : a.key > b.key ? 1 : a.r.id - b.r.id),
        )
        .map((x) => x.r.name);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(names(search({ query, limit: 1000 }).rows), query).toEqual(expected);
    }
  });
});

describe('the export of the filtered register', () => {
  it('writes exactly the filtered firms, in the order on screen, to .xlsx and CSV', async () => {
    const filter = { park: 'P1' } as const;
    const sort = { field: 'revenue', direction: 'desc' } as const;
    const onScreen = names(search({ ...filter, sort }).rows);
    expect(onScreen).toEqual(['小松（山东）工程机械有限公司', '济宁大和油缸有限公司']);

    const xlsx = await exportEnterpriseList(ws, filter, sort, 'xlsx');
    expect(xlsx.count).toBe(2);
    expect(xlsx.fileName).toMatch(/企业名录-筛选\.xlsx$/);
    const book = XLSX.read(Buffer.from(xlsx.base64, 'base64'), { type: 'buffer' });
    const sheet = book.Sheets['企业'];
    if (sheet === undefined) throw new Error('no 企业 sheet');
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet);
    expect(rows.map((r) => r['企业名称'])).toEqual(onScreen);

    const csv = await exportEnterpriseList(ws, { query: 'xsgcjx' }, undefined, 'csv');
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('"企业名称"');
    expect(lines[1]).toContain('"小松（山东）工程机械有限公司"');
  });
});
