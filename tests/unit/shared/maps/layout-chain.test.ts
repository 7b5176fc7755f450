// The chain picture's layout: deterministic, boxes and chips never overlap, lanes in stage order,
// states shown by style and badge text, over-full segments folded, gaps showing their targets, and
// a picture that moves little when one firm is added.
import { describe, expect, it } from 'vitest';

import type { SegmentResult, TargetRow } from '../../../../shared/analysis/schemas.js';
import type { GraphData } from '../../../../shared/ipc/contract.js';
import { layoutChain, type ChainLayoutInput } from '../../../../shared/maps/layout-chain.js';
import { BOX_STYLES, STATE_PALETTE } from '../../../../shared/maps/styles.js';
import type { MapScene, Rect } from '../../../../shared/maps/types.js';
import { makeEnterprise } from '../../../../shared/domain/defaults.js';
import { excavatorChain, FIRM, SEG } from './chain-fixture.js';
import { analyzeWorkspace } from '../../../../shared/analysis/run-analysis.js';

function analysed(data: GraphData): { results: SegmentResult[]; targets: TargetRow[] } {
  const a = analyzeWorkspace({ ...data, leads: [] }, undefined, {}, { centrality: false });
  return { results: a.chains[0]?.segments ?? [], targets: a.targets };
}

function input(data: GraphData, extra: Partial<ChainLayoutInput> = {}): ChainLayoutInput {
  return {
    chain: { id: 1, name: '工程机械' },
    rows: data,
    ...analysed(data),
    lang: 'zh',
    ...extra,
  };
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Rect, b: Rect): boolean =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

function ancestors(scene: MapScene, segmentId: number): Set<number> {
  const parent = new Map(scene.segments.map((s) => [s.segmentId, s.parentId]));
  const out = new Set<number>();
  for (let p = parent.get(segmentId); p !== null && p !== undefined; p = parent.get(p)) out.add(p);
  return out;
}

function assertNoOverlap(scene: MapScene): void {
  const segs = scene.segments;
  for (const a of segs) {
    for (const b of segs) {
      if (a === b || ancestors(scene, a.segmentId).has(b.segmentId)) continue;
      if (ancestors(scene, b.segmentId).has(a.segmentId)) continue;
      expect(overlaps(a.frame, b.frame), `${a.name} overlaps ${b.name}`).toBe(false);
    }
  }
  for (let i = 0; i < scene.chips.length; i += 1) {
    for (let j = i + 1; j < scene.chips.length; j += 1) {
      const [a, b] = [scene.chips[i], scene.chips[j]];
      if (a && b) expect(overlaps(a.frame, b.frame), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
  for (const c of scene.chips) {
    const seg = segs.find((s) => s.segmentId === c.segmentId);
    expect(seg && inside(c.frame, seg.frame), `${c.id} outside its segment`).toBe(true);
    // A chip never sits on a child segment's box either.
    for (const s of segs) {
      if (s.parentId === c.segmentId) expect(overlaps(c.frame, s.frame)).toBe(false);
    }
  }
}

/** Many firms in one segment: 30 outside and 2 local cylinder makers. */
function crowded(): GraphData {
  const data = excavatorChain();
  const extra = Array.from({ length: 30 }, (_, i) =>
    makeEnterprise(300 + i, `外地油缸${String(i)}有限公司`, { isLocal: i < 2, revenue: i }),
  );
  return {
    ...data,
    enterprises: [...data.enterprises, ...extra],
    mappings: [
      ...data.mappings,
      ...extra.map((e) => ({
        enterpriseId: e.id,
        segmentId: SEG.cylinder,
        isPrimary: true,
        status: 'confirmed' as const,
        evidence: null,
      })),
    ],
  };
}

describe('layoutChain', () => {
  it('gives the same scene for the same data, whatever the order of the rows', () => {
    const data = excavatorChain();
    const first = layoutChain(input(data));
    const shuffled: GraphData = {
      ...data,
      segments: [...data.segments].reverse(),
      enterprises: [...data.enterprises].reverse(),
      mappings: [...data.mappings].reverse(),
    };
    expect(layoutChain(input(shuffled))).toEqual(first);
  });

  it('puts the three stage lanes left to right and each segment in its own lane', () => {
    const scene = layoutChain(input(excavatorChain()));
    expect(scene.lanes.map((l) => l.stage)).toEqual(['upstream', 'midstream', 'downstream']);
    const [up, mid, down] = scene.lanes.map((l) => l.frame);
    expect(up && mid && down && up.x + up.width < mid.x && mid.x + mid.width < down.x).toBe(true);
    expect(scene.lanes.map((l) => l.texts[0]?.text)).toEqual(['上游', '中游', '下游']);
    for (const s of scene.segments) {
      const lane = scene.lanes.find((l) => l.stage === s.stage);
      expect(lane && inside(s.frame, lane.frame)).toBe(true);
    }
  });

  it('never overlaps boxes or chips, also with an over-full segment expanded', () => {
    assertNoOverlap(layoutChain(input(excavatorChain())));
    assertNoOverlap(layoutChain(input(crowded())));
    assertNoOverlap(layoutChain(input(crowded(), { expanded: [SEG.cylinder] })));
  });

  it('shows each state by style and by a badge text, and keeps red for 缺链/断链 only', () => {
    const data = excavatorChain();
    const { results } = analysed(data);
    const scene = layoutChain(input(data));
    for (const r of results) {
      const s = scene.segments.find((x) => x.segmentId === r.segmentId);
      expect(s?.state).toBe(r.state);
      expect(s?.frame.style).toBe(`${r.isLeaf ? 'seg' : 'parent'}-${r.state}`);
      const badge = { missing: '缺链', broken: '断链', weak: '弱链', strong: '强链' }[r.state];
      expect(s?.texts.map((t) => t.text)).toContain(badge);
    }
    const reds = [STATE_PALETTE.missing.strong, STATE_PALETTE.broken.strong];
    for (const [style, paint] of Object.entries(BOX_STYLES)) {
      if (reds.includes(paint.stroke) || reds.includes(paint.fill)) {
        expect(style).toMatch(/-(missing|broken)$/);
      }
    }
  });

  it('marks key segments with ★ and a neutral outline, not with a colour of their own', () => {
    const scene = layoutChain(input(excavatorChain()));
    const key = scene.segments.find((s) => s.segmentId === SEG.assembly);
    expect(key?.texts.some((t) => t.text.startsWith('★ 整机装配'))).toBe(true);
    expect(key?.decor.some((d) => d.style === 'key-outline')).toBe(true);
    const plain = scene.segments.find((s) => s.segmentId === SEG.controls);
    expect(plain?.decor.some((d) => d.style === 'key-outline')).toBe(false);
    expect(plain?.texts.some((t) => t.text.includes('★'))).toBe(false);
  });

  it('shows a segment whose only firms are outside as the gap it is', () => {
    const data = excavatorChain();
    data.mappings = data.mappings.filter((m) => m.enterpriseId !== FIRM.cylinderLocal);
    const scene = layoutChain(input(data));
    const cyl = scene.segments.find((s) => s.segmentId === SEG.cylinder);
    expect(cyl?.outsideOnly).toBe(true);
    expect(cyl?.state).toBe('missing');
    expect(cyl?.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['缺链', '仅外地企业']));
    // Its outside firm is drawn once, as the 建议招引 chip it is, and nothing there looks local.
    const chips = scene.chips.filter((c) => c.segmentId === SEG.cylinder);
    expect(chips.map((c) => [c.kind, c.enterpriseId])).toEqual([['target', FIRM.cylinderOutside]]);
    expect(chips.some((c) => c.frame.style === 'chip-local')).toBe(false);
  });

  it('folds an over-full segment to its top firms and a count, and unfolds it on demand', () => {
    const folded = layoutChain(input(crowded()));
    const chips = folded.chips.filter((c) => c.segmentId === SEG.cylinder);
    expect(chips.filter((c) => c.kind === 'firm')).toHaveLength(11);
    const more = chips.find((c) => c.kind === 'more');
    expect(more?.texts[0]?.text).toBe('另 21 家 · 展开');
    // Local firms first: the two local makers and the local 大和 lead the list.
    expect(chips.slice(0, 3).every((c) => c.isLocal)).toBe(true);
    const seg = folded.segments.find((s) => s.segmentId === SEG.cylinder);
    expect(seg?.texts.map((t) => t.text)).toContain('本地 3 · 外地 29');
    const open = layoutChain(input(crowded(), { expanded: [SEG.cylinder] }));
    const all = open.chips.filter((c) => c.segmentId === SEG.cylinder);
    expect(all.filter((c) => c.kind === 'firm')).toHaveLength(32);
    expect(all.find((c) => c.kind === 'more')?.texts[0]?.text).toBe('收起');
  });

  it('moves little when one firm is added', () => {
    const before = layoutChain(input(excavatorChain()));
    const data = excavatorChain();
    data.enterprises.push(makeEnterprise(99, '新落户电控有限公司', { isLocal: true }));
    data.mappings.push({
      enterpriseId: 99,
      segmentId: SEG.controls,
      isPrimary: true,
      status: 'confirmed',
      evidence: null,
    });
    const after = layoutChain(input(data));
    let moved = 0;
    for (const s of before.segments) {
      const t = after.segments.find((x) => x.segmentId === s.segmentId);
      expect(t).toBeDefined();
      if (!t) continue;
      const d = Math.hypot(t.frame.x - s.frame.x, t.frame.y - s.frame.y);
      // At most one chip row further down; never sideways.
      expect(d).toBeLessThanOrEqual(40);
      expect(t.frame.x).toBe(s.frame.x);
      if (d > 0) moved += 1;
    }
    expect(moved).toBeLessThanOrEqual(2);
  });

  it('shows the top targets of a gap segment as 建议招引 chips', () => {
    const data = excavatorChain();
    // The local cylinder maker leaves: the outside one, supplying 小松, becomes the target.
    data.mappings = data.mappings.filter((m) => m.enterpriseId !== FIRM.cylinderLocal);
    const { targets } = analysed(data);
    expect(targets.some((t) => t.segmentId === SEG.cylinder)).toBe(true);
    const scene = layoutChain(input(data));
    const chip = scene.chips.find((c) => c.kind === 'target' && c.segmentId === SEG.cylinder);
    expect(chip?.enterpriseId).toBe(FIRM.cylinderOutside);
    expect(chip?.texts.map((t) => t.text)).toEqual(['建议招引', '江苏恒立液压']);
    expect(chip?.frame.style).toBe('chip-target');
  });

  it('aggregates supply links into flows between segments, local and outside apart', () => {
    const scene = layoutChain(input(excavatorChain()));
    const flows = scene.edges.filter((e) => e.kind === 'flow');
    const cylToAssembly = flows.filter(
      (e) => e.from === `seg:${String(SEG.cylinder)}` && e.to === `seg:${String(SEG.assembly)}`,
    );
    expect(cylToAssembly.map((e) => [e.style, e.count])).toEqual([
      ['flow-local', 1],
      ['flow-outside', 1],
    ]);
    expect(scene.edges.every((e) => e.kind === 'flow')).toBe(true);
    expect(layoutChain(input(excavatorChain(), { links: false })).edges).toEqual([]);
  });

  it('speaks English when asked', () => {
    const scene = layoutChain(input(excavatorChain(), { lang: 'en' }));
    expect(scene.lanes.map((l) => l.texts[0]?.text)).toEqual([
      'Upstream',
      'Midstream',
      'Downstream',
    ]);
    expect(scene.title.texts[0]?.text).toBe('工程机械 chain map');
  });
});
