// Read-path benchmark: what the Enterprises page asks the api for on a 20,000-firm / 100,000-link
// workspace with realistic Chinese names (pinyin keys cost per name): the first page cold (search keys
// built) and warm, the first page after a write (keys of unchanged names reused), each kind of search,
// combined filters, the segment-state filter, the filtered export, and a chain's graph data. Times are
// medians of 5 after a warm-up and include serialising the answer to JSON, as the api does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { enterpriseList } from '../../electron/core/services/enterprise-register.js';
import { chainGraph } from '../../electron/core/services/query-service.js';
import { exportEnterpriseList } from '../../electron/core/services/register-export.js';
import { closeWorkspace, openWorkspace } from '../../electron/core/services/workspace.js';
import type { EnterpriseListInput } from '../../shared/ipc/contract.js';
import { median } from './median.js';
import { syntheticWorkspace } from './synthetic-workspace.js';
import type { BenchRow } from './types.js';
import { writeData } from './write-data.js';

const PLACES = ['济宁', '山东', '江苏', '重庆', '上海', '浙江', '安徽', '河北', '潍坊', '临沂'];
const WORDS = ['恒', '鲁', '华', '泰', '丰', '盛', '宏', '金', '达', '信', '瑞', '通', '新', '安'];
const TRADES = ['工程机械', '液压', '电子科技', '生物医药', '新材料', '精密铸造', '汽车零部件'];
const FORMS = ['有限公司', '股份有限公司', '集团有限公司', '有限责任公司'];

/** A plausible, unique firm name: place, two-character brand, trade, a number, company form. */
export function firmName(i: number): string {
  const at = <T>(xs: readonly T[], k: number): T => xs[k % xs.length] as T;
  const brand = `${at(WORDS, i)}${at(WORDS, Math.floor(i / WORDS.length) + 3)}`;
  const form = at(FORMS, i);
  const place = at(PLACES, Math.floor(i / 7));
  return i % 3 === 0
    ? `${brand}（${place}）${at(TRADES, i)}${String(i)}号${form}`
    : `${place}${brand}${at(TRADES, i)}${String(i)}${form}`;
}

export async function benchQueries(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-bench-queries-'));
  const data = syntheticWorkspace(20_000, 100_000);
  data.enterprises = data.enterprises.map((e, i) => ({
    ...e,
    name: i === 0 ? '小松（山东）工程机械有限公司' : firmName(i),
  }));
  const size = `${String(data.enterprises.length)} firms / ${String(data.links.length)} links`;
  const ws = openWorkspace(join(dir, 'q.db'));
  try {
    writeData(ws.db, data);
    let bytes = 0;
    const list = (input: EnterpriseListInput) => () => {
      bytes = JSON.stringify(enterpriseList(ws, input)).length;
    };
    const rows: BenchRow[] = [];
    const add = (name: string, ms: number, note = '') => {
      rows.push({
        name,
        size,
        ms: round(ms),
        note: `target < 100 ms, ratio ${(ms / 100).toFixed(2)}; answer ${kb(bytes)}${note}`,
      });
    };
    const firstPage = list({ limit: 100, facets: true });
    const t0 = performance.now();
    firstPage();
    add('register first page, cold (search keys built)', performance.now() - t0);
    add('register first page, 拼音 order (warm)', median(firstPage));
    let n = 0;
    add(
      'register first page after a write (one rename)',
      median(() => {
        n += 1;
        ws.db.prepare('UPDATE enterprise SET name = ? WHERE id = ?').run(`改名企业${String(n)}`, 2);
        firstPage();
      }),
      '; keys of unchanged names reused',
    );
    for (const query of ['xsgcjx', 'xs', '小松', '济宁', 'gongchengjixie', '有限公司'])
      add(`register search "${query}"`, median(list({ query, limit: 100 })));
    const chainId = data.chains[0]?.id ?? 1;
    add(
      'register filter chain + 规上 + 本地',
      median(list({ chainId, isAboveScale: true, isLocal: true, limit: 100 })),
    );
    add(
      'register filter segment state 弱链 (analysis cached)',
      median(list({ segmentState: 'weak', limit: 100 })),
    );
    add(
      'register sort by supplier count, desc',
      median(list({ sort: { field: 'supplierCount', direction: 'desc' }, limit: 100 })),
    );
    const tx = performance.now();
    const file = await exportEnterpriseList(ws, { chainId }, undefined, 'xlsx');
    rows.push({
      name: 'export filtered register (one chain) to .xlsx',
      size: `${String(file.count)} firms`,
      ms: round(performance.now() - tx),
      note: `file ${kb((file.base64.length * 3) / 4)}`,
    });
    rows.push({
      name: 'chain graph data (largest chain)',
      size,
      ms: round(median(() => chainGraph(ws, chainId))),
    });
    return rows;
  } finally {
    closeWorkspace(ws);
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;

// `npx tsx tests/bench/queries.ts` prints the rows on its own.
if (process.argv[1]?.endsWith('queries.ts')) {
  void benchQueries().then((rows) => {
    for (const r of rows)
      console.log(
        `${r.name.padEnd(50)} ${r.size.padEnd(28)} ${String(r.ms).padStart(8)} ms  ${r.note ?? ''}`,
      );
  });
}
