// The cluster panorama and the overview layouts: every chain a band with lanes aligned across bands,
// firms in several chains marked shared, and one tile per cluster and chain with its figures.
import { describe, expect, it } from 'vitest';

import { analyzeWorkspace } from '../../../../shared/analysis/run-analysis.js';
import type { GraphData } from '../../../../shared/ipc/contract.js';
import { layoutCluster } from '../../../../shared/maps/layout-cluster.js';
import { layoutOverview } from '../../../../shared/maps/layout-overview.js';
import { excavatorChain, FIRM } from './chain-fixture.js';

/** The excavator chain and a copy of it as a second chain (ids + 1000), sharing 小松. */
function twoChains(): GraphData {
  const a = excavatorChain();
  const shift = 1000;
  const segments = a.segments.map((s) => ({
    ...s,
    id: s.id + shift,
    chainId: 2,
    parentId: s.parentId === null ? null : s.parentId + shift,
  }));
  return {
    ...a,
    chains: [
      ...a.chains,
      { id: 2, clusterId: 1, name: '矿山装备', owner: null, description: null, sortOrder: 2 },
    ],
    segments: [...a.segments, ...segments],
    mappings: [
      ...a.mappings,
      {
        enterpriseId: FIRM.komatsu,
        segmentId: 20 + shift,
        isPrimary: false,
        status: 'confirmed',
        evidence: null,
      },
    ],
  };
}

describe('layoutCluster', () => {
  const data = twoChains();
  const analysis = analyzeWorkspace({ ...data, leads: [] }, undefined, {}, { centrality: false });
  const scene = layoutCluster({
    cluster: { id: 1, name: '高端装备' },
    chains: data.chains,
    rows: data,
    results: analysis.chains.flatMap((c) => c.segments),
    chainResults: analysis.chains,
    targets: analysis.targets,
    lang: 'zh',
  });

  it('draws one band per chain, top to bottom, and the same stage at the same x in every band', () => {
    expect(scene.bands.map((b) => b.chainId)).toEqual([1, 2]);
    const [first, second] = scene.bands;
    expect(first && second && first.frame.y + first.frame.height <= second.frame.y).toBe(true);
    // Each stage's boxes start at the same column positions in every band, inside that stage's
    // lane, and the lanes run 上游 → 中游 → 下游 from left to right.
    let lastRight = 0;
    for (const stage of ['upstream', 'midstream', 'downstream'] as const) {
      const lane = scene.lanes.find((l) => l.stage === stage)?.frame;
      expect(lane).toBeDefined();
      if (!lane) continue;
      expect(lane.x).toBeGreaterThanOrEqual(lastRight);
      lastRight = lane.x + lane.width;
      const columnsOf = (chainId: number) =>
        [
          ...new Set(
            scene.segments
              .filter((s) => s.stage === stage && s.depth === 0 && s.chainId === chainId)
              .map((s) => s.frame.x),
          ),
        ].sort((a, b) => a - b);
      expect(columnsOf(1)).toEqual(columnsOf(2));
      for (const s of scene.segments.filter((x) => x.stage === stage)) {
        expect(s.frame.x).toBeGreaterThanOrEqual(lane.x);
        expect(s.frame.x + s.frame.width).toBeLessThanOrEqual(lane.x + lane.width);
      }
    }
    expect(scene.title.texts[0]?.text).toBe('高端装备 产业集群全景图');
  });

  it('colours every segment by its state and marks firms that are in both chains', () => {
    for (const r of analysis.chains.flatMap((c) => c.segments)) {
      expect(scene.segments.find((s) => s.segmentId === r.segmentId)?.state).toBe(r.state);
    }
    const komatsu = scene.chips.filter((c) => c.enterpriseId === FIRM.komatsu);
    expect(komatsu.length).toBeGreaterThanOrEqual(2);
    expect(
      komatsu.every((c) => c.isShared && c.decor.some((d) => d.style === 'chip-shared-mark')),
    ).toBe(true);
    expect(scene.chips.find((c) => c.enterpriseId === FIRM.cab)?.isShared).toBe(false);
    // Counts always readable; chip names only when zoomed in.
    expect(scene.chips.every((c) => c.texts.every((t) => t.minZoom >= 0.6))).toBe(true);
  });

  it('draws the supply flows between segments as the chain map does, and none when switched off', () => {
    const flows = scene.edges.filter((e) => e.kind === 'flow');
    // 油缸 → 整机装配 (local and outside suppliers), 驾驶室 → 整机装配, 整机装配 → 销售服务.
    expect(flows.map((e) => `${e.from}>${e.to}:${e.style}`).sort()).toEqual(
      [
        'seg:11>seg:20:flow-local',
        'seg:11>seg:20:flow-outside',
        'seg:12>seg:20:flow-local',
        'seg:20>seg:30:flow-local',
      ].sort(),
    );
    expect(scene.legend.items.some((i) => i.kind === 'edge')).toBe(true);
    const off = layoutCluster({
      cluster: { id: 1, name: '高端装备' },
      chains: data.chains,
      rows: data,
      results: analysis.chains.flatMap((c) => c.segments),
      targets: analysis.targets,
      lang: 'zh',
      links: false,
    });
    expect(off.edges).toEqual([]);
    expect(off.legend.items.some((i) => i.kind === 'edge')).toBe(false);
  });
});

describe('layoutOverview', () => {
  it('has a tile per cluster and chain with completeness, local rate, state counts and targets', () => {
    const data = twoChains();
    const a = analyzeWorkspace({ ...data, leads: [] }, undefined, {}, { centrality: false });
    const scene = layoutOverview({
      clusters: a.clusters,
      chains: a.chains,
      targets: a.targets,
      lang: 'zh',
    });
    expect(scene.tiles.map((t) => t.id)).toEqual([
      'tile:cluster:1',
      'tile:chain:1',
      'tile:chain:2',
    ]);
    const chain = a.chains[0];
    const tile = scene.tiles[1];
    const texts = tile?.texts.map((t) => t.text) ?? [];
    const pct = (r: number | null) =>
      r === null ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
    expect(texts).toContain(`完整度 ${pct(chain?.coverage.rate ?? null)}`);
    expect(texts).toContain(`本地配套率 ${pct(chain?.localRate.byCount ?? null)}`);
    const c = chain?.leafCounts;
    expect(texts).toContain(
      `缺${String(c?.missing)} 断${String(c?.broken)} 弱${String(c?.weak)} 强${String(c?.strong)}`,
    );
    const targets = new Set(a.targets.filter((t) => t.chainId === 1).map((t) => t.enterpriseId))
      .size;
    expect(texts).toContain(`招商目标 ${String(targets)} 家`);
    // The state bar splits by the counts: one coloured piece per non-zero state.
    const nonZero = Object.values(c ?? {}).filter((n) => n > 0).length;
    expect(tile?.decor.filter((d) => d.style.startsWith('bar-'))).toHaveLength(nonZero);
    for (let i = 0; i < scene.tiles.length; i += 1)
      for (let j = i + 1; j < scene.tiles.length; j += 1) {
        const [p, q] = [scene.tiles[i]?.frame, scene.tiles[j]?.frame];
        if (p && q)
          expect(
            p.x < q.x + q.width &&
              q.x < p.x + p.width &&
              p.y < q.y + q.height &&
              q.y < p.y + p.height,
          ).toBe(false);
      }
  });
});

describe('layoutCluster on a tall chain', () => {
  // One chain whose 上游 has fourteen segments: stacked in one column it would be a tall strip.
  const base = excavatorChain();
  const extra = Array.from({ length: 14 }, (_, i) => ({
    id: 100 + i,
    chainId: 1,
    parentId: null,
    name: `上游环节${String(i + 1)}`,
    stage: 'upstream' as const,
    isKey: false,
    targetCount: null,
    sortOrder: 100 + i,
  }));
  const data: GraphData = { ...base, segments: [...base.segments, ...extra] };
  const analysis = analyzeWorkspace({ ...data, leads: [] }, undefined, {}, { centrality: false });
  const input = {
    cluster: { id: 1, name: '高端装备' },
    chains: data.chains,
    rows: data,
    results: analysis.chains.flatMap((c) => c.segments),
    targets: analysis.targets,
    lang: 'zh' as const,
  };
  const scene = layoutCluster(input);

  it('comes out landscape, the stage split into columns read top to bottom then left to right', () => {
    expect(scene.width / scene.height).toBeGreaterThan(1.2);
    const upstream = scene.segments.filter((s) => s.stage === 'upstream' && s.depth === 0);
    expect(new Set(upstream.map((s) => s.frame.x)).size).toBeGreaterThan(1);
    const reading = [...upstream].sort((a, b) => a.frame.x - b.frame.x || a.frame.y - b.frame.y);
    const order = (id: number) => data.segments.find((s) => s.id === id)?.sortOrder ?? 0;
    const sortOrders = reading.map((s) => order(s.segmentId));
    expect(sortOrders).toEqual([...sortOrders].sort((a, b) => a - b));
  });

  it('has no overlapping boxes and gives the same picture for the same data', () => {
    const boxes = scene.segments.filter((s) => s.depth === 0).map((s) => s.frame);
    boxes.forEach((a, i) => {
      boxes.slice(i + 1).forEach((b) => {
        const overlap =
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height;
        expect(overlap).toBe(false);
      });
    });
    expect(layoutCluster(input)).toEqual(scene);
  });
});
