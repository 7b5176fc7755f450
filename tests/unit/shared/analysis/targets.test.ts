// Target list ranking, the anchor's view and supplier tiers on the hand-built workspace.
import { beforeEach, describe, expect, it } from 'vitest';

import { anchorView } from '../../../../shared/analysis/anchor.js';
import { analyzeWorkspace } from '../../../../shared/analysis/run-analysis.js';
import { targetRows } from '../../../../shared/analysis/targets.js';
import { supplierTiers } from '../../../../shared/analysis/tiers.js';
import { indexWorkspace } from '../../../../shared/analysis/workspace-index.js';
import { F, handWorkspace, link, S } from '../../../support/analysis-fixture.js';

describe('target list', () => {
  let a: ReturnType<typeof analyzeWorkspace>;
  // In a hook, not at collection: mutation testing switches a mutant on as the tests start.
  beforeEach(() => {
    a = analyzeWorkspace(handWorkspace());
  });

  it('covers gap segments only, in tree order, ranked by local buyers, amount, then tag weight', () => {
    expect(a.targets.map((t) => [t.segmentName, t.rank, t.name])).toEqual([
      // 回转支承: Y serves K and M; X one buyer with 200; R (中国500强) before U (专精特新), both no amount
      ['回转支承', 1, 'Y'],
      ['回转支承', 2, 'X'],
      ['回转支承', 3, 'R'],
      ['回转支承', 4, 'U'],
      // 发动机: W serves K and M (40 recorded, one link without amount); X serves K only
      ['发动机', 1, 'W'],
      ['发动机', 2, 'X'],
      ['包材', 1, 'V'],
    ]);
  });

  it('carries the gap, its reason, the local buyers served, amounts and existing leads', () => {
    const y = a.targets[0];
    expect(y).toMatchObject({
      gapState: 'broken',
      chainName: '挖掘机',
      clusterName: '装备',
      localBuyerCount: 2,
      amount: 220,
      linkCount: 2,
      linksMissingAmount: 0,
      tags: ['上市'],
      tagWeight: 3,
      lead: null,
    });
    expect(y?.gapReason.code).toBe('broken.localBuyersSourceOutside');
    expect(y?.localBuyers.map((b) => b.name).sort()).toEqual(['K', 'M']);
    const w = a.targets[4];
    expect(w).toMatchObject({ amount: 40, linksMissingAmount: 1, gapState: 'missing' });
    expect(a.targets[5]?.lead).toEqual({ id: 2, targetName: 'X', stage: 'contact' });
    expect(a.targets[6]?.lead).toEqual({ id: 1, targetName: 'V', stage: 'signed' });
    expect(a.targets[2]?.amount).toBeNull();
    // X has a lead for 发动机 only: its 回转支承 row shows none.
    expect(a.targets[1]).toMatchObject({ name: 'X', lead: null, location: null });
  });

  it('shows where a target is, from the parts recorded', () => {
    const data = handWorkspace();
    data.enterprises = data.enterprises.map((e) =>
      e.id === F.Y ? { ...e, province: '江苏', city: '苏州' } : e,
    );
    expect(analyzeWorkspace(data).targets[0]).toMatchObject({ name: 'Y', location: '江苏 苏州' });
  });

  it('lists at most the configured number of targets per segment', () => {
    const data = handWorkspace();
    const full = analyzeWorkspace(data);
    const segments = full.chains.flatMap((c) => c.segments);
    const rows = targetRows(indexWorkspace(data), segments, 2);
    expect(rows.map((t) => [t.segmentName, t.rank, t.name])).toEqual([
      ['回转支承', 1, 'Y'],
      ['回转支承', 2, 'X'],
      ['发动机', 1, 'W'],
      ['发动机', 2, 'X'],
      ['包材', 1, 'V'],
    ]);
  });

  it('a tag weight decides between otherwise equal firms: 世界500强 over 上市, 中国500强 over 专精特新', () => {
    const data = handWorkspace();
    // make X and Y equal on buyers and amount in 回转支承 by dropping Y → M
    data.links = data.links.filter((l) => l.id !== 13);
    // Names that sort the other way (丁 ding < 甲 jia < 乙 yi < 子 zi), so only the tags can give this order.
    const rename: Record<number, string> = { [F.X]: '子', [F.Y]: '丁', [F.R]: '乙', [F.U]: '甲' };
    data.enterprises = data.enterprises.map((e) => ({ ...e, name: rename[e.id] ?? e.name }));
    const rows = analyzeWorkspace(data).targets.filter((t) => t.segmentId === S.bearing);
    expect(rows.map((t) => [t.name, t.tagWeight])).toEqual([
      ['子', 5],
      ['丁', 3],
      ['乙', 4],
      ['甲', 2],
    ]);
  });

  it('firms equal on buyers, amount and tags are listed by name', () => {
    const data = handWorkspace();
    data.links = data.links.filter((l) => l.id !== 13);
    // Y and X both 上市 now: equal on everything but the name.
    data.enterprises = data.enterprises.map((e) =>
      e.id === F.X ? { ...e, name: '乙', tags: ['上市'] } : e.id === F.Y ? { ...e, name: '甲' } : e,
    );
    const rows = analyzeWorkspace(data).targets.filter((t) => t.segmentId === S.bearing);
    expect(rows.map((t) => t.name).slice(0, 2)).toEqual(['甲', '乙']);
  });

  it('counts only links to local buyers: an outside buyer adds neither a target, a buyer nor an amount', () => {
    const data = handWorkspace();
    data.links.push(link(30, F.R, F.Z, S.bearing, 1000), link(31, F.P, F.Z, S.bearing, 500));
    const rows = analyzeWorkspace(data).targets.filter((t) => t.segmentId === S.bearing);
    expect(rows.map((t) => t.name)).toEqual(['Y', 'X', 'R', 'U']);
    expect(rows[2]).toMatchObject({ localBuyerCount: 1, amount: null, linkCount: 1 });
    expect(rows[2]?.localBuyers.map((b) => b.name)).toEqual(['M']);
  });

  it('never lists a local supplier as a target', () => {
    const data = handWorkspace();
    // C (local) supplies local K in the broken 回转支承 segment.
    data.links.push(link(32, F.C, F.K, S.bearing, 5000));
    const rows = analyzeWorkspace(data).targets.filter((t) => t.segmentId === S.bearing);
    expect(rows.map((t) => t.name)).toEqual(['Y', 'X', 'R', 'U']);
  });
});

describe('anchor view (以商招商)', () => {
  const data = handWorkspace();
  const a = analyzeWorkspace(data);
  const states = new Map(a.chains.flatMap((c) => c.segments).map((s) => [s.segmentId, s]));
  const v = anchorView(indexWorkspace(data), F.K, states);

  it("groups K's supply by segment, gaps first, with local and outside suppliers", () => {
    expect(v.segments.map((s) => [s.segmentName, s.state])).toEqual([
      ['发动机', 'missing'],
      ['回转支承', 'broken'],
      ['驾驶室', 'weak'],
      ['油箱', 'weak'],
      ['油缸', 'strong'],
      ['未归类 / unassigned', null],
    ]);
    const cyl = v.segments.find((s) => s.segmentId === S.cylinder);
    expect(cyl?.localSuppliers.map((f) => f.name)).toEqual(['A', 'B']);
    expect(cyl?.outsideSuppliers).toEqual([]);
    expect(v.localRate).toMatchObject({ totalLinks: 9, localLinks: 4 });
  });

  it('lists outside suppliers to invite, gap segments first, then amount, then tags', () => {
    expect(v.invite.map((f) => `${f.name}@${f.segmentName}`)).toEqual([
      'X@发动机',
      'W@发动机',
      'X@回转支承',
      'Y@回转支承',
      'Z@未归类 / unassigned',
    ]);
  });
});

describe('supplier tiers', () => {
  const data = handWorkspace();

  it('tier 1 = direct suppliers, tier 2 = their suppliers', () => {
    const t = supplierTiers(data, F.K, 3);
    expect(t.tiers.map((x) => x.tier)).toEqual([1, 2]);
    expect(t.tiers[0]?.firms.map((f) => f.name).sort()).toEqual([
      'A',
      'B',
      'D',
      'F',
      'W',
      'X',
      'Y',
      'Z',
    ]);
    expect(t.tiers[0]?.localCount).toBe(4);
    // C supplies Z (link 5) and P supplies A (link 16); local firms listed first
    expect(t.tiers[1]?.firms).toEqual([
      { id: F.C, name: 'C', isLocal: true, via: [F.Z] },
      { id: F.P, name: 'P', isLocal: false, via: [F.A] },
    ]);
  });

  it('depth limits the walk and downstream walks to buyers', () => {
    expect(supplierTiers(data, F.K, 1).tiers).toHaveLength(1);
    const down = supplierTiers(data, F.P, 5, 'downstream');
    expect(down.tiers.map((x) => x.firms.map((f) => f.name))).toEqual([['A'], ['K']]);
  });
});
