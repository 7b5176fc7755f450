// Coverage and local supporting rates (by count and by amount) on the hand-built workspace, worked out
// by hand from the link list in tests/support/analysis-fixture.ts.
import { beforeEach, describe, expect, it } from 'vitest';

import { localRateOf } from '../../../../shared/analysis/metrics.js';
import { analyzeWorkspace } from '../../../../shared/analysis/run-analysis.js';
import { indexWorkspace } from '../../../../shared/analysis/workspace-index.js';
import { F, handWorkspace } from '../../../support/analysis-fixture.js';

describe('coverage', () => {
  let a: ReturnType<typeof analyzeWorkspace>;
  // In a hook, not at collection: mutation testing switches a mutant on as the tests start.
  beforeEach(() => {
    a = analyzeWorkspace(handWorkspace());
  });

  it('per chain: leaf segments not missing / all leaves', () => {
    const [excavator, vaccine] = a.chains;
    expect(excavator?.coverage).toMatchObject({ covered: 5, total: 6, rate: 5 / 6 });
    expect(excavator?.coverage.formula.zh).toBe(
      '完整度 = 非缺链的末级环节 5 / 全部末级环节 6 = 83.3%',
    );
    expect(vaccine?.coverage).toMatchObject({ covered: 1, total: 2, rate: 0.5 });
  });

  it('per cluster: over the leaves of all its chains', () => {
    expect(a.clusters[0]?.coverage).toMatchObject({ covered: 6, total: 8, rate: 0.75 });
    expect(a.clusters[0]?.leafCounts).toEqual({ missing: 2, broken: 1, weak: 2, strong: 3 });
  });
});

describe('local supporting rate', () => {
  let a: ReturnType<typeof analyzeWorkspace>;
  // In a hook, not at collection: mutation testing switches a mutant on as the tests start.
  beforeEach(() => {
    a = analyzeWorkspace(handWorkspace());
  });

  it('chain: local-buyer links 1-4, 6-10, 12-16 (14), local suppliers on 1, 2, 9, 10', () => {
    const r = a.chains[0]?.localRate;
    expect(r).toMatchObject({ totalLinks: 14, localLinks: 4, byCount: 4 / 14 });
    // amounts on 1,3,4,6,8,9,10,13,15: 300+200+200+100+40+10+30+20+60 = 960; local 300+10+30 = 340
    expect(r).toMatchObject({
      linksWithAmount: 9,
      linksMissingAmount: 5,
      totalAmount: 960,
      localAmount: 340,
      byAmount: 340 / 960,
    });
    expect(r?.countFormula.zh).toBe(
      '本地配套率（按条数）= 本地供应商的供货关系 4 / 本地买方的全部供货关系 14 = 28.6%',
    );
    expect(r?.amountFormula.zh).toBe(
      '本地配套率（按金额）= 本地供应商供货额 340 万元 / 有金额的供货额 960 万元 = 35.4%；另有 5 条关系无金额，未计入',
    );
  });

  it('second chain: V → G only, nothing local', () => {
    expect(a.chains[1]?.localRate).toMatchObject({
      totalLinks: 1,
      localLinks: 0,
      byCount: 0,
      totalAmount: 50,
      byAmount: 0,
      linksMissingAmount: 0,
    });
  });

  it('cluster: the union of its chains (15 links, 4 local; 1,010 of which 340 local)', () => {
    expect(a.clusters[0]?.localRate).toMatchObject({
      totalLinks: 15,
      localLinks: 4,
      totalAmount: 1010,
      localAmount: 340,
      linksMissingAmount: 5,
    });
  });

  it('buyer (anchor K): its own 9 supplier links, 4 local; amounts on 7 of them', () => {
    const data = handWorkspace();
    const r = localRateOf(
      indexWorkspace(data),
      data.links.filter((l) => l.buyerId === F.K),
    );
    expect(r).toMatchObject({
      totalLinks: 9,
      localLinks: 4,
      linksWithAmount: 7,
      linksMissingAmount: 2,
      totalAmount: 900,
      localAmount: 340,
    });
  });

  it('no links with amounts gives a null rate, not NaN', () => {
    const data = handWorkspace();
    const r = localRateOf(
      indexWorkspace(data),
      data.links.filter((l) => l.id === 2),
    );
    expect(r.byCount).toBe(1);
    expect(r.byAmount).toBeNull();
    expect(r.amountFormula.zh).toContain('= —');
  });
});

describe('single-source exposure', () => {
  it('lists local buyers with exactly one supplier in a segment', () => {
    const a = analyzeWorkspace(handWorkspace());
    const rows = a.exposures
      .map((e) => `${e.buyer.name}:${e.segmentName}:${e.supplier.name}`)
      .sort();
    expect(rows).toEqual(['G:包材:V', 'K:油箱:D', 'K:驾驶室:F', 'M:发动机:W'].sort());
  });
});

describe('analysis options and scope', () => {
  it('skips betweenness when asked, and says so', () => {
    const a = analyzeWorkspace(handWorkspace(), undefined, {}, { centrality: false });
    expect(a.centrality).toMatchObject({ method: 'skipped', firms: [], sources: 0 });
    expect(analyzeWorkspace(handWorkspace()).centrality.method).toBe('exact');
  });

  it('a chain scope keeps that chain and summarises its cluster over it alone', () => {
    const a = analyzeWorkspace(handWorkspace(), undefined, { chainId: 20 });
    expect(a.chains.map((c) => c.name)).toEqual(['疫苗']);
    expect(a.clusters[0]?.coverage).toMatchObject({ covered: 1, total: 2 });
    expect(a.targets.map((t) => t.name)).toEqual(['V']);
  });
});
