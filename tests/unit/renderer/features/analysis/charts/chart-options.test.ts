// The numbers the Analysis page's charts draw, read back from the ECharts options built from the demo
// workspace's real analysis: each chain's state counts stacked, rates in percent against the goals in
// the settings, a snapshot's before and after, and the funnel in pipeline order with its counts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { seedDemoWorkspace } from '../../../../../../electron/core/demo/seed-demo.js';
import { runAnalysis } from '../../../../../../electron/core/services/analysis-service.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../../electron/core/services/workspace.js';
import { compareSnapshots, toSnapshot } from '../../../../../../shared/analysis/snapshot.js';
import type { WorkspaceAnalysis } from '../../../../../../shared/analysis/schemas.js';
import { zhCN } from '../../../../../../shared/i18n/zh-CN.js';
import {
  funnelOption,
  pctValue,
  ratesOption,
  snapshotOption,
  stateBarsOption,
} from '../../../../../../renderer/features/analysis/charts/chart-options.js';

/** Looks keys up in the real Chinese table, so the labels checked are the ones users read. */
const t = (key: string): string => {
  const v = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], zhCN);
  if (typeof v !== 'string') throw new Error(`no zh text for ${key}`);
  return v;
};

type Series = {
  name: string;
  stack?: string;
  data: (number | null | { name: string; value: number })[];
  markLine?: { data: { yAxis: number }[] };
  sort?: string;
};
const seriesOf = (o: object) => (o as { series: Series[] }).series;
const categories = (o: object) => (o as { xAxis: { data: string[] } }).xAxis.data;

let dir: string;
let ws: Workspace;
let a: WorkspaceAnalysis;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-charts-'));
  ws = openWorkspace(join(dir, 'demo.db'));
  seedDemoWorkspace(ws.db);
  a = runAnalysis(ws, {}, { centrality: false });
});
afterAll(() => {
  closeWorkspace(ws);
  rmSync(dir, { recursive: true, force: true });
});

describe('state bars', () => {
  it('one stacked bar per chain whose four parts are its 缺/断/弱/强 leaf counts', () => {
    const o = stateBarsOption(a.chains, t);
    expect(categories(o)).toEqual(a.chains.map((c) => c.name));
    const series = seriesOf(o);
    expect(series.map((s) => s.name)).toEqual(['缺链', '断链', '弱链', '强链']);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
    const states = ['missing', 'broken', 'weak', 'strong'] as const;
    a.chains.forEach((c, i) => {
      const total = series.reduce((n, s) => n + Number(s.data[i]), 0);
      expect(total).toBe(c.coverage.total);
      states.forEach((st, j) => {
        expect(series[j]?.data[i]).toBe(c.leafCounts[st]);
      });
    });
  });
});

describe('rates against goals', () => {
  it('bars are the chains’ percentages and the goal lines sit at the settings’ goals', () => {
    const o = ratesOption(a.chains, { coverage: 85, localRate: 40 }, t);
    const [coverage, local] = seriesOf(o);
    expect(coverage?.data).toEqual(a.chains.map((c) => pctValue(c.coverage.rate)));
    expect(local?.data).toEqual(a.chains.map((c) => pctValue(c.localRate.byCount)));
    expect(coverage?.markLine?.data[0]?.yAxis).toBe(85);
    expect(local?.markLine?.data[0]?.yAxis).toBe(40);
    expect(a.settings.coverageTarget).toBeGreaterThan(0);
  });

  it('keeps "no data" as no bar, not a zero', () => {
    expect(pctValue(null)).toBeNull();
    expect(pctValue(0)).toBe(0);
    expect(pctValue(0.6667)).toBe(66.7);
  });
});

describe('snapshot before → after', () => {
  it('shows each chain’s coverage before and after a change, named by the snapshots', () => {
    const before = toSnapshot(a);
    const chain = a.chains[0];
    if (!chain) throw new Error('demo has no chain');
    const changed = {
      ...a,
      chains: a.chains.map((c) =>
        c === chain ? { ...c, coverage: { ...c.coverage, rate: 1 } } : c,
      ),
    };
    const diff = compareSnapshots(before, toSnapshot(changed));
    const o = snapshotOption(diff, { from: '月初', to: '当前分析' }, t);
    const [from, to] = seriesOf(o);
    expect(from?.name).toBe('完整度（月初）');
    expect(to?.name).toBe('完整度（当前分析）');
    const i = categories(o).indexOf(chain.name);
    expect(from?.data[i]).toBe(pctValue(chain.coverage.rate));
    expect(to?.data[i]).toBe(100);
  });
});

describe('leads funnel', () => {
  it('keeps the pipeline order whatever the counts, labelled with the stage names', () => {
    const o = funnelOption(
      [
        { stage: 'lead', count: 1 },
        { stage: 'contact', count: 4 },
        { stage: 'visit', count: 0 },
        { stage: 'signed', count: 2 },
        { stage: 'landed', count: 1 },
      ],
      t,
    );
    const [funnel] = seriesOf(o);
    expect(funnel?.sort).toBe('none');
    expect(funnel?.data).toEqual([
      expect.objectContaining({ name: '新线索', value: 1 }),
      expect.objectContaining({ name: '接洽', value: 4 }),
      expect.objectContaining({ name: '考察', value: 0 }),
      expect.objectContaining({ name: '签约', value: 2 }),
      expect.objectContaining({ name: '落地', value: 1 }),
    ]);
  });
});
