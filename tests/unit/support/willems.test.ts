// The Willems CSV loader: BOM, per-file headers, the counts the data README states, and the mapping.
import { describe, expect, it } from 'vitest';

import {
  FIXTURE_DIR,
  loadWillemsChain,
  loadWillemsIndex,
  parseWillemsCsv,
  willemsToWorkspaceData,
} from '../../support/willems.js';

describe('Willems 2008 loader', () => {
  it('reads chain 01: 8 stages and 10 arcs (data README)', () => {
    const c = loadWillemsChain(1, FIXTURE_DIR);
    expect(c.stages).toHaveLength(8);
    expect(c.arcs).toHaveLength(10);
    expect(c.arcs[0]).toEqual({ from: 'Manuf_0001', to: 'Retail_0001' });
    const part1 = c.stages.find((s) => s.name === 'Part_0001');
    expect(part1).toMatchObject({ classification: 'Part', cost: 12, time: 28, x: 32, y: 32 });
  });

  it('strips the BOM and goes by header name', () => {
    const text = '\uFEFF/chain,,\n/arcs/arc/@to,/arcs/arc/@from\nB,A\n';
    expect(parseWillemsCsv(text).arcs).toEqual([{ from: 'A', to: 'B' }]);
  });

  it('reads the index without a header row', () => {
    const idx = loadWillemsIndex(FIXTURE_DIR);
    expect(idx[0]).toEqual({
      chain: 1,
      company: 1,
      sicCode: '2869',
      sicDescription: 'Industrial Organic Chemicals, Not Elsewhere Classified',
    });
    expect(idx).toHaveLength(38);
  });

  it('maps stages to firms, classes to segments and arcs to links, deterministically', () => {
    const w = willemsToWorkspaceData(22, { dir: FIXTURE_DIR });
    const raw = loadWillemsChain(22, FIXTURE_DIR);
    expect(w.enterprises).toHaveLength(raw.stages.length);
    expect(w.links).toHaveLength(raw.arcs.length);
    expect(w.mappings).toHaveLength(raw.stages.length);
    // chain 22 has Manuf, Dist, Trans and Retail stages (no Part): one segment per class present
    expect(w.segments.map((s) => [s.name, s.stage])).toEqual([
      ['制造 Manuf', 'midstream'],
      ['分销 Dist', 'downstream'],
      ['运输 Trans', 'downstream'],
      ['零售 Retail', 'downstream'],
    ]);
    const local = w.enterprises.filter((e) => e.isLocal).length / w.enterprises.length;
    expect(local).toBeGreaterThan(0.3);
    expect(local).toBeLessThan(0.5);
    expect(willemsToWorkspaceData(22, { dir: FIXTURE_DIR })).toEqual(w);
    // amounts come from the supplier's stage cost where it is > 0
    const withAmount = w.links.filter((l) => l.amount !== null).length;
    expect(withAmount).toBeGreaterThan(0);
  });
});
