// Analysis benchmark: the whole analysis on the demo workspace, on Willems chain 38 (2,025 firms /
// 16,225 links; < 100 ms) and on a synthetic 20,000-firm / 100,000-link workspace (< 1 s); pure (in
// memory), and through the service after a write (the cache is invalidated, so load + analysis run
// again), plus what the cache saves: the same call and the target list at an unchanged revision.
// Times are the median of 5 runs after one warm-up; the note gives the ratio to the target.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { seedDemoWorkspace } from '../../electron/core/demo/seed-demo.js';
import {
  loadWorkspaceData,
  runAnalysis,
  targetList,
} from '../../electron/core/services/analysis-service.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../electron/core/services/workspace.js';
import type { WorkspaceData } from '../../shared/domain/workspace-data.js';
import { analyzeWorkspace } from '../../shared/analysis/run-analysis.js';
import { SHARED_DIR, willemsFile, willemsToWorkspaceData } from '../support/willems.js';
import { syntheticWorkspace } from './synthetic-workspace.js';
import { median } from './median.js';
import type { BenchRow } from './types.js';
import { writeData } from './write-data.js';

const row = (name: string, size: string, ms: number, targetMs: number, extra = ''): BenchRow => ({
  name,
  size,
  ms: Math.round(ms * 10) / 10,
  note: `target < ${String(targetMs)} ms, ratio ${(ms / targetMs).toFixed(2)}${extra}`,
});

function measure(label: string, data: WorkspaceData, ws: Workspace, targetMs: number): BenchRow[] {
  const bump = ws.db.prepare(
    `INSERT INTO setting (key, value) VALUES ('bench.tick', ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  );
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
      median(() => {
        // A write changes the workspace revision: the next call loads and analyses from scratch.
        bump.run(String(performance.now()));
        runAnalysis(ws);
      }),
      targetMs,
      ', after a write (cache invalidated)',
    ),
    row(
      `analysis ${label} (same revision, cached)`,
      size,
      median(() => runAnalysis(ws)),
      targetMs,
    ),
    row(
      `target list ${label} (after the analysis)`,
      size,
      median(() => targetList(ws, {})),
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
