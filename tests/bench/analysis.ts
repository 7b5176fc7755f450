// Analysis benchmark (issue 4 speed targets): the whole analysis on the demo workspace, on Willems
// chain 38 (2,025 firms / 16,225 links; < 100 ms) and on a synthetic 20,000-firm / 100,000-link
// workspace (< 1 s); each pure (in memory) and including the load from a real SQLite file.
// Times are the median of 5 runs after one warm-up; the note gives the ratio to the target.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type Database from 'better-sqlite3';

import { seedDemoWorkspace } from '../../electron/core/demo/seed-demo.js';
import { loadWorkspaceData, runAnalysis } from '../../electron/core/services/analysis-service.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../electron/core/services/workspace.js';
import type { WorkspaceData } from '../../shared/analysis/input.js';
import { analyzeWorkspace } from '../../shared/analysis/run-analysis.js';
import { SHARED_DIR, willemsFile, willemsToWorkspaceData } from '../support/willems.js';
import { syntheticWorkspace } from './synthetic-workspace.js';
import type { BenchRow } from './types.js';

function median(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? NaN;
}

/** Writes workspace rows into an open, migrated database, keeping their ids. */
function writeData(db: Database.Database, d: WorkspaceData): void {
  const run = (sql: string, rows: readonly Record<string, unknown>[]) => {
    const st = db.prepare(sql);
    for (const r of rows) st.run(r);
  };
  db.transaction(() => {
    run(
      'INSERT INTO cluster (id, name, color, sort_order) VALUES (@id, @name, @color, @sortOrder)',
      d.clusters,
    );
    run(
      'INSERT INTO chain (id, cluster_id, name, sort_order) VALUES (@id, @clusterId, @name, @sortOrder)',
      d.chains,
    );
    run(
      `INSERT INTO segment (id, chain_id, parent_id, name, stage, is_key, target_count, sort_order)
       VALUES (@id, @chainId, @parentId, @name, @stage, @isKey, @targetCount, @sortOrder)`,
      d.segments.map((s) => ({ ...s, isKey: s.isKey ? 1 : 0 })),
    );
    run(
      `INSERT INTO enterprise (id, name, is_local, is_above_scale, tags) VALUES (@id, @name, @isLocal, @isAboveScale, @tags)`,
      d.enterprises.map((e) => ({
        id: e.id,
        name: e.name,
        isLocal: e.isLocal ? 1 : 0,
        isAboveScale: e.isAboveScale ? 1 : 0,
        tags: JSON.stringify(e.tags),
      })),
    );
    run(
      `INSERT INTO enterprise_segment (enterprise_id, segment_id, is_primary, status) VALUES (@enterpriseId, @segmentId, 1, @status)`,
      d.mappings,
    );
    run(
      `INSERT INTO supply_link (id, supplier_id, buyer_id, segment_id, amount) VALUES (@id, @supplierId, @buyerId, @segmentId, @amount)`,
      d.links,
    );
  })();
}

const row = (name: string, size: string, ms: number, targetMs: number, extra = ''): BenchRow => ({
  name,
  size,
  ms: Math.round(ms * 10) / 10,
  note: `target < ${String(targetMs)} ms, ratio ${(ms / targetMs).toFixed(2)}${extra}`,
});

function measure(label: string, data: WorkspaceData, ws: Workspace, targetMs: number): BenchRow[] {
  const size = `${String(data.enterprises.length)} firms / ${String(data.links.length)} links`;
  const a = analyzeWorkspace(data);
  const how = `; betweenness ${a.centrality.method} (${String(a.centrality.sources)} sources)`;
  return [
    row(
      `analysis ${label} (in memory)`,
      size,
      median(() => analyzeWorkspace(data)),
      targetMs,
      how,
    ),
    row(
      `analysis ${label} (SQLite load + analysis)`,
      size,
      median(() => runAnalysis(ws)),
      targetMs,
    ),
  ];
}

export async function benchAnalysis(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-bench-analysis-'));
  const rows: BenchRow[] = [];
  const withDb = (name: string, fill: (ws: Workspace) => void, fn: (ws: Workspace) => void) => {
    const ws = openWorkspace(join(dir, name));
    try {
      fill(ws);
      fn(ws);
    } finally {
      closeWorkspace(ws);
    }
  };
  try {
    withDb(
      'demo.db',
      (ws) => {
        seedDemoWorkspace(ws.db);
      },
      (ws) => {
        rows.push(...measure('demo', loadWorkspaceData(ws), ws, 100));
      },
    );

    if (existsSync(willemsFile(38, SHARED_DIR))) {
      const w38 = willemsToWorkspaceData(38, { dir: SHARED_DIR });
      withDb(
        'w38.db',
        (ws) => {
          writeData(ws.db, w38);
        },
        (ws) => rows.push(...measure('Willems 38', w38, ws, 100)),
      );
    } else {
      rows.push({
        name: 'analysis Willems 38',
        size: '-',
        ms: NaN,
        note: `skipped: ${SHARED_DIR} not found`,
      });
    }

    const syn = syntheticWorkspace(20_000, 100_000);
    withDb(
      'synthetic.db',
      (ws) => {
        writeData(ws.db, syn);
      },
      (ws) => rows.push(...measure('synthetic', syn, ws, 1000)),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return Promise.resolve(rows);
}

// `npx tsx tests/bench/analysis.ts` prints the rows on its own.
if (process.argv[1]?.endsWith('analysis.ts')) {
  void benchAnalysis().then((rows) => {
    for (const r of rows)
      console.log(
        `${r.name.padEnd(48)} ${r.size.padEnd(28)} ${String(r.ms).padStart(8)} ms  ${r.note ?? ''}`,
      );
  });
}
