// Read-path benchmark: what the Enterprises page asks the api for on a 20,000-firm / 100,000-link
// workspace with realistic Chinese names: the search keys written for every name (what an import of
// new firms pays), the first page in a fresh process (as after a start) and warm, the first page after
// a rename, each kind of search, combined filters, the segment-state filter, the filtered export, and
// a chain's graph data. Times are medians of 5 after a warm-up, with their CPU time (steadier on a
// loaded machine), and include serialising the answer to JSON, as the api does.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { fillSearchKeys } from '../../electron/core/db/search-keys.js';
import { enterpriseList } from '../../electron/core/services/enterprise-register.js';
import { chainGraph } from '../../electron/core/services/query-service.js';
import { exportEnterpriseList } from '../../electron/core/services/register-export.js';
import { closeWorkspace, openWorkspace } from '../../electron/core/services/workspace.js';
import type { EnterpriseListInput } from '../../shared/ipc/contract.js';
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

type Timed = { ms: number; cpuMs: number };

/** Median wall and CPU time of 5 runs after one warm-up (CPU of the same run as the wall median). */
function timed(fn: () => unknown, runs = 5): Timed {
  fn();
  const times: Timed[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    fn();
    const used = process.cpuUsage(cpu);
    times.push({ ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 });
  }
  times.sort((a, b) => a.ms - b.ms);
  return times[Math.floor(runs / 2)] ?? { ms: NaN, cpuMs: NaN };
}

/** Runs register-once.ts in a fresh Node process (through tsx) on a closed workspace file. */
type Fresh = Timed & { bytes: number; openMs: number; openCpuMs: number };

async function freshFirstPage(file: string): Promise<Fresh> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', tsx, join(import.meta.dirname, 'register-once.ts'), file],
    { encoding: 'utf8' },
  );
  return JSON.parse(stdout) as Fresh;
}

export async function benchQueries(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-bench-queries-'));
  const data = syntheticWorkspace(20_000, 100_000);
  data.enterprises = data.enterprises.map((e, i) => ({
    ...e,
    name: i === 0 ? '小松（山东）工程机械有限公司' : firmName(i),
  }));
  const size = `${String(data.enterprises.length)} firms / ${String(data.links.length)} links`;
  const dbFile = join(dir, 'q.db');
  let ws = openWorkspace(dbFile);
  try {
    writeData(ws.db, data);
    let bytes = 0;
    const list = (input: EnterpriseListInput) => () => {
      bytes = JSON.stringify(enterpriseList(ws, input)).length;
    };
    const rows: BenchRow[] = [];
    const add = (name: string, t: Timed, note = '') => {
      rows.push({
        name,
        size,
        ms: round(t.ms),
        note: `CPU ${round(t.cpuMs).toFixed(1)} ms; target < 100 ms, ratio ${(t.ms / 100).toFixed(2)}; answer ${kb(bytes)}${note}`,
      });
    };
    // The keys the import's triggers wrote with the firms, written again at once to time them.
    ws.db.exec('DELETE FROM enterprise_search_key');
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const written = fillSearchKeys(ws.db);
    const fillCpu = process.cpuUsage(cpu0);
    rows.push({
      name: 'search keys written for every firm',
      size: `${String(written)} names`,
      ms: round(performance.now() - t0),
      note: `CPU ${round((fillCpu.user + fillCpu.system) / 1000).toFixed(1)} ms; what an import adds per new firm`,
    });
    closeWorkspace(ws);
    const cold = await freshFirstPage(dbFile);
    bytes = cold.bytes;
    add(
      'register first page, fresh process (after a start)',
      cold,
      `; the open before it ${round(cold.openMs).toFixed(1)} ms, CPU ${round(cold.openCpuMs).toFixed(1)} ms`,
    );
    ws = openWorkspace(dbFile);
    const firstPage = list({ limit: 100, facets: true });
    add('register first page, 拼音 order (warm)', timed(firstPage));
    let n = 0;
    add(
      'register first page after a write (one rename)',
      timed(() => {
        n += 1;
        ws.db.prepare('UPDATE enterprise SET name = ? WHERE id = ?').run(`改名企业${String(n)}`, 2);
        firstPage();
      }),
      '; rename included',
    );
    for (const query of ['xsgcjx', 'xs', '小松', '济宁', 'gongchengjixie', '有限公司'])
      add(`register search "${query}"`, timed(list({ query, limit: 100 })));
    const chainId = data.chains[0]?.id ?? 1;
    add(
      'register filter chain + 规上 + 本地',
      timed(list({ chainId, isAboveScale: true, isLocal: true, limit: 100 })),
    );
    add(
      'register filter segment state 弱链 (analysis cached)',
      timed(list({ segmentState: 'weak', limit: 100 })),
    );
    add(
      'register sort by supplier count, desc',
      timed(list({ sort: { field: 'supplierCount', direction: 'desc' }, limit: 100 })),
    );
    add(
      'register sort by park, page 100 (offset 9,900)',
      timed(list({ sort: { field: 'park', direction: 'asc' }, offset: 9900, limit: 100 })),
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
      ms: round(timed(() => chainGraph(ws, chainId)).ms),
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
