// Read-path benchmark: what the Enterprises page and the chain map ask for on large workspaces —
// the full firm list sorted in 拼音 order (first call computes the keys, later calls reuse them),
// a pinyin-initials search, and a chain's graph data. Times are medians of 5 after a warm-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { searchEnterprises } from '../../electron/core/repositories/enterprise-repository.js';
import { chainGraph } from '../../electron/core/services/query-service.js';
import { closeWorkspace, openWorkspace } from '../../electron/core/services/workspace.js';
import { median } from './median.js';
import { syntheticWorkspace } from './synthetic-workspace.js';
import type { BenchRow } from './types.js';
import { writeData } from './write-data.js';

export function benchQueries(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-bench-queries-'));
  const data = syntheticWorkspace(20_000, 100_000);
  const size = `${String(data.enterprises.length)} firms / ${String(data.links.length)} links`;
  const ws = openWorkspace(join(dir, 'q.db'));
  try {
    writeData(ws.db, data);
    const list = () =>
      searchEnterprises(ws.db, {
        offset: 0,
        limit: 50_000,
        sort: { field: 'name', direction: 'asc' },
      });
    const t0 = performance.now();
    list();
    const first = performance.now() - t0;
    const rows: BenchRow[] = [
      { name: 'enterprise list, 拼音 order (first call)', size, ms: round(first) },
      { name: 'enterprise list, 拼音 order (cached keys)', size, ms: round(median(list)) },
      {
        name: 'enterprise search "xs" (pinyin initials)',
        size,
        ms: round(median(() => searchEnterprises(ws.db, { query: 'xs', offset: 0, limit: 200 }))),
      },
    ];
    const chainId = data.chains[0]?.id;
    if (chainId !== undefined) {
      rows.push({
        name: 'chain graph data (largest chain)',
        size,
        ms: round(median(() => chainGraph(ws, chainId))),
      });
    }
    return Promise.resolve(rows);
  } finally {
    closeWorkspace(ws);
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
