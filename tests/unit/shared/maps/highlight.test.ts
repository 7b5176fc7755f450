// A firm's suppliers and buyers on the picture: edges to their chips, or to their segment box when
// they are folded away.
import { describe, expect, it } from 'vitest';

import { analyzeWorkspace } from '../../../../shared/analysis/run-analysis.js';
import { buildChainModel } from '../../../../shared/maps/chain-model.js';
import { neighbourhood } from '../../../../shared/maps/highlight.js';
import { layoutChain } from '../../../../shared/maps/layout-chain.js';
import { excavatorChain, FIRM, SEG } from './chain-fixture.js';

describe('neighbourhood', () => {
  it('links 小松 to its three suppliers and its buyer, and counts them', () => {
    const data = excavatorChain();
    const a = analyzeWorkspace({ ...data, leads: [] }, undefined, {}, { centrality: false });
    const scene = layoutChain({
      chain: { id: 1, name: '工程机械' },
      rows: data,
      results: a.chains[0]?.segments ?? [],
      targets: a.targets,
      lang: 'zh',
    });
    const home = buildChainModel(1, data, [], []).home;
    const n = neighbourhood(scene, data.links, home, FIRM.komatsu);
    // 4 links touch 小松 with both ends drawn (the rejected steel supplier has no segment here).
    expect([n.suppliers, n.buyers]).toEqual([4, 1]);
    expect(n.edges).toHaveLength(4);
    expect(n.edges.every((e) => e.style === 'link-hover')).toBe(true);
    const partners = scene.chips.filter((c) => n.items.has(c.id)).map((c) => c.enterpriseId);
    expect(partners).toEqual(
      expect.arrayContaining([FIRM.komatsu, FIRM.cylinderLocal, FIRM.cab, FIRM.dealer]),
    );
    // A partner not drawn as a chip is reached through its segment's box.
    const folded = neighbourhood(
      { ...scene, chips: scene.chips.filter((c) => c.enterpriseId !== FIRM.cab) },
      data.links,
      home,
      FIRM.komatsu,
    );
    expect(folded.items.has(`seg:${String(SEG.cab)}`)).toBe(true);
  });
});
