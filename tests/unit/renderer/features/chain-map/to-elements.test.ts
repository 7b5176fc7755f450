// The chain map's element mapping: which nodes and edges exist, how they nest, how they are styled
// by class, and where the preset layout puts them.
import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';

import {
  firmNodeId,
  GEOMETRY,
  segmentNodeId,
  shortFirmName,
  stageNodeId,
  toChainElements,
} from '../../../../../renderer/features/chain-map/to-elements.js';
import { excavatorChain, FIRM, LABELS, longChain, SEG } from './chain-fixture.js';

const byId = (nodes: ElementDefinition[], id: string): ElementDefinition => {
  const node = nodes.find((n) => n.data.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};
const classesOf = (n: ElementDefinition): string[] =>
  typeof n.classes === 'string' ? n.classes.split(' ') : (n.classes ?? []);

describe('shortFirmName', () => {
  it('drops the legal form and a bracketed city, keeping the distinctive name', () => {
    expect(shortFirmName('捷马（济宁）矿山支护设备制造有限公司')).toBe('捷马矿山支护设备制造');
    expect(shortFirmName('江苏恒立液压股份有限公司')).toBe('江苏恒立液压');
    expect(shortFirmName('株式会社小松制作所')).toBe('株式会社小松制作所');
    expect(shortFirmName('有限公司')).toBe('有限公司');
  });
});

describe('toChainElements', () => {
  const { nodes, edges, firmCount } = toChainElements(excavatorChain(), LABELS);

  it('draws three stages captioned from the given labels, every segment, and each mapped firm once', () => {
    expect(
      nodes.filter((n) => n.data['kind'] === 'stage').map((n) => String(n.data['label'])),
    ).toEqual(['上游', '中游', '下游']);
    expect(nodes.filter((n) => n.data['kind'] === 'segment')).toHaveLength(8);
    const firmIds = nodes.filter((n) => n.data['kind'] === 'firm').map((n) => n.data.id);
    expect(new Set(firmIds).size).toBe(firmIds.length);
    expect(firmCount).toBe(firmIds.length);
    expect(firmIds).not.toContain(firmNodeId(FIRM.rejected));
    expect(firmIds).toContain(firmNodeId(FIRM.uncertain));
  });

  it('nests firms in their primary segment, sub-segments in their parent, roots in their stage', () => {
    expect(byId(nodes, firmNodeId(FIRM.komatsu)).data.parent).toBe(segmentNodeId(SEG.assembly));
    expect(byId(nodes, segmentNodeId(SEG.cylinder)).data.parent).toBe(segmentNodeId(SEG.parts));
    expect(byId(nodes, segmentNodeId(SEG.parts)).data.parent).toBe(stageNodeId('upstream'));
    expect(byId(nodes, segmentNodeId(SEG.dealer)).data.parent).toBe(stageNodeId('downstream'));
    const ids = new Set(nodes.map((n) => n.data.id));
    for (const n of nodes) if (n.data.parent) expect(ids).toContain(n.data.parent);
  });

  it('marks local, outside, anchor, uncertain firms and key or empty segments by class', () => {
    expect(classesOf(byId(nodes, firmNodeId(FIRM.cylinderLocal)))).toContain('local');
    expect(classesOf(byId(nodes, firmNodeId(FIRM.cylinderOutside)))).toContain('outside');
    expect(classesOf(byId(nodes, firmNodeId(FIRM.komatsu)))).toContain('anchor');
    expect(classesOf(byId(nodes, firmNodeId(FIRM.uncertain)))).toContain('uncertain');
    expect(classesOf(byId(nodes, segmentNodeId(SEG.cylinder)))).toContain('key');
    expect(byId(nodes, segmentNodeId(SEG.cylinder)).data['label']).toBe('★ 油缸');
    // 钢材 has only a rejected firm, 再制造 none: both show as empty segments.
    expect(classesOf(byId(nodes, segmentNodeId(SEG.steel)))).toContain('empty');
    expect(classesOf(byId(nodes, segmentNodeId(SEG.recycling)))).toContain('empty');
    expect(byId(nodes, firmNodeId(FIRM.komatsu)).data['label']).toBe('小松工程机械');
    expect(byId(nodes, firmNodeId(FIRM.komatsu)).data['name']).toBe('小松（山东）工程机械有限公司');
  });

  it('draws supply links between drawn firms only, styled by where the supplier is', () => {
    expect(edges.map((e) => e.data.id).sort()).toEqual(['link:1', 'link:2', 'link:3', 'link:4']);
    const outside = edges.find((e) => e.data.id === 'link:2');
    expect(outside?.data.source).toBe(firmNodeId(FIRM.cylinderOutside));
    expect(outside?.data.target).toBe(firmNodeId(FIRM.komatsu));
    expect(classesOf(outside ?? { data: {} })).toContain('from-outside');
    expect(classesOf(edges.find((e) => e.data.id === 'link:1') ?? { data: {} })).toContain(
      'from-local',
    );
  });

  it('positions every leaf (firm or empty box) and leaves compound boxes to Cytoscape', () => {
    const parents = new Set(nodes.map((n): unknown => n.data.parent).filter(Boolean));
    for (const n of nodes) {
      if (parents.has(n.data.id)) expect(n.position).toBeUndefined();
      else expect(n.position, String(n.data.id)).toBeDefined();
    }
  });

  it('lays the stages out left to right: 上游 before 中游 before 下游', () => {
    const xs = (stage: string) =>
      nodes.filter((n) => n.data['stage'] === stage && n.position).map((n) => n.position?.x ?? 0);
    const firmX = (id: number) => byId(nodes, firmNodeId(id)).position?.x ?? NaN;
    expect(Math.max(...xs('upstream'))).toBeLessThan(firmX(FIRM.komatsu));
    expect(firmX(FIRM.komatsu)).toBeLessThan(firmX(FIRM.dealer));
    expect(Math.max(...xs('midstream'))).toBeLessThan(Math.min(...xs('downstream')));
  });

  it('never lets two leaves overlap', () => {
    const rects = nodes
      .filter((n) => n.position)
      .map((n) => {
        const w = n.data['kind'] === 'firm' ? GEOMETRY.firmWidth : Number(n.data['width']);
        const h = n.data['kind'] === 'firm' ? GEOMETRY.firmHeight : Number(n.data['height']);
        const { x, y } = n.position ?? { x: 0, y: 0 };
        return { id: String(n.data.id), l: x - w / 2, r: x + w / 2, t: y - h / 2, b: y + h / 2 };
      });
    for (const a of rects) {
      for (const b of rects) {
        if (a.id >= b.id) continue;
        const overlap = a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('is deterministic and independent of the order rows arrive in', () => {
    const data = excavatorChain();
    const shuffled = {
      ...data,
      segments: [...data.segments].reverse(),
      enterprises: [...data.enterprises].reverse(),
      mappings: [...data.mappings].reverse(),
    };
    expect(toChainElements(shuffled, LABELS)).toEqual(toChainElements(data, LABELS));
  });

  it('lays a long chain out wider for a wide window than for a tall one', () => {
    const long = longChain();
    const spread = (aspect: number) => {
      const xs = toChainElements(long, LABELS, { aspect })
        .nodes.filter((n) => n.position)
        .map((n) => n.position?.x ?? 0);
      return Math.max(...xs) - Math.min(...xs);
    };
    expect(spread(2.4)).toBeGreaterThan(spread(0.6));
  });

  it('copes with an empty chain', () => {
    const empty = { ...excavatorChain(), segments: [], enterprises: [], mappings: [], links: [] };
    const result = toChainElements(empty, LABELS);
    expect(result.nodes).toHaveLength(3);
    expect(result.edges).toHaveLength(0);
    expect(result.nodes.every((n) => n.position)).toBe(true);
  });
});
