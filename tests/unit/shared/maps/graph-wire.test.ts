// The map data crossing the api in columns: the chain map drawn from it is the one drawn from the
// whole records, it is a fraction of their size, and a broken answer is refused rather than drawn.
import { describe, expect, it } from 'vitest';

import { analyzeWorkspace } from '../../../../shared/analysis/run-analysis.js';
import { MapGraphWireSchema } from '../../../../shared/ipc/map-contract.js';
import { decodeMapGraph, encodeMapGraph } from '../../../../shared/maps/graph-wire.js';
import { layoutChain } from '../../../../shared/maps/layout-chain.js';
import { excavatorChain, FIRM } from './chain-fixture.js';

const full = excavatorChain();
const analysis = analyzeWorkspace({ ...full, leads: [] }, undefined, {}, { centrality: false });
const draw = (rows: Parameters<typeof layoutChain>[0]['rows']) =>
  layoutChain({
    chain: { id: 1, name: '工程机械' },
    rows,
    results: analysis.chains[0]?.segments ?? [],
    targets: analysis.targets,
    lang: 'zh',
    expanded: full.segments.map((s) => s.id),
  });

describe('map data in columns', () => {
  it('draws the same chain map as the whole records', () => {
    const wire = encodeMapGraph(full);
    expect(MapGraphWireSchema.safeParse(wire).success).toBe(true);
    const back = decodeMapGraph(JSON.parse(JSON.stringify(wire)) as typeof wire);
    expect(draw(back)).toEqual(draw(full));
  });

  it('keeps the 链主 mark, the local flag, revenue and amounts, drops the rest', () => {
    const back = decodeMapGraph(encodeMapGraph(full));
    const komatsu = back.enterprises.find((e) => e.id === FIRM.komatsu);
    expect(komatsu).toEqual({
      id: FIRM.komatsu,
      name: '小松（山东）工程机械有限公司',
      isLocal: true,
      tags: ['链主'],
      revenue: full.enterprises.find((e) => e.id === FIRM.komatsu)?.revenue ?? null,
    });
    expect(back.mappings.find((m) => m.enterpriseId === FIRM.rejected)?.status).toBe('rejected');
    expect(back.links.map((l) => [l.supplierId, l.buyerId])).toEqual(
      full.links.map((l) => [l.supplierId, l.buyerId]),
    );
  });

  it('is much smaller than the whole records', () => {
    const many = {
      ...full,
      // 400 copies of the chain's 5 links: a realistic share of link records in the answer.
      links: Array.from({ length: 400 }, (_, i) =>
        full.links.map((l) => ({ ...l, id: l.id + 10 * i })),
      ).flat(),
    };
    const wire = JSON.stringify(encodeMapGraph(many)).length;
    expect(wire).toBeLessThan(JSON.stringify(many).length / 3);
  });

  it('refuses columns of different lengths', () => {
    const wire = encodeMapGraph(full);
    wire.links.buyerId.pop();
    expect(() => decodeMapGraph(wire)).toThrow(/link columns/);
  });
});
