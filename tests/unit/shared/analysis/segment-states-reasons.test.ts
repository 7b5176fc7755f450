// What the segment detail panel shows beside a state: the rule's English text (the English UI), the
// notes, the figures of a parent (summed and deduplicated over its leaves) and which leads count as
// filling a gap. Figures below are worked out by hand from tests/support/analysis-fixture.ts.
import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS, type AnalysisSettings } from '../../../../shared/analysis/input.js';
import { analyzeWorkspace } from '../../../../shared/analysis/run-analysis.js';
import type { SegmentResult } from '../../../../shared/analysis/schemas.js';
import type { WorkspaceData } from '../../../../shared/domain/workspace-data.js';
import { F, handWorkspace, lead, map, S } from '../../../support/analysis-fixture.js';

function segment(id: number, data = handWorkspace(), settings?: AnalysisSettings): SegmentResult {
  const found = analyzeWorkspace(data, settings)
    .chains.flatMap((c) => c.segments)
    .find((s) => s.segmentId === id);
  if (!found) throw new Error(`segment ${String(id)} missing from the result`);
  return found;
}

describe('rule texts in English', () => {
  it('names the numbers behind each state', () => {
    expect(segment(S.cylinder).rule.en).toBe(
      '2 local firm(s), target 2 met, 1 above size or qualified',
    );
    expect(segment(S.bearing).rule.en).toBe(
      '1 local firm(s), but all 5 supply link(s) of local buyers in this segment come from outside',
    );
    expect(segment(S.engine).rule.en).toBe('No local firm is confirmed in this segment');
    expect(segment(S.tank).rule.en).toBe(
      'None of the 2 local firm(s) is above designated size (规上) or tagged 高新技术企业',
    );
    expect(segment(S.cab).rule.en).toBe('1 local firm(s), fewer than the target of 2');
  });

  it('a parent counts its leaves by state and names the worst', () => {
    expect(segment(S.parts).rule.en).toBe(
      '3 leaf segment(s) below (1 missing, 1 broken, 0 weak, 1 strong); shows the worst, missing',
    );
    expect(segment(S.machine).rule).toMatchObject({
      zh: '下属末级环节 3 个（缺链 0、断链 0、弱链 2、强链 1），取最差状态弱链',
      en: '3 leaf segment(s) below (0 missing, 0 broken, 2 weak, 1 strong); shows the worst, weak',
    });
  });

  it('the notes say why "broken" cannot be judged and which leads fill the gap', () => {
    expect(segment(S.assembly).notes).toEqual([
      {
        code: 'note.noLinks',
        zh: '此环节尚无供货关系数据，断链无法判断',
        en: 'No supply links recorded in this segment, so "broken" cannot be judged',
      },
    ]);
    expect(segment(S.vial).notes).toEqual([
      {
        code: 'note.beingFilled',
        zh: '正在补链：V（已签约/落地）',
        en: 'Being filled: V (signed/landed)',
      },
    ]);
  });

  it('the qualifying tags of the settings appear in the texts, joined', () => {
    const settings = { ...DEFAULT_SETTINGS, qualifyingTags: ['专精特新', '高新技术企业'] };
    expect(segment(S.tank, handWorkspace(), settings).rule).toMatchObject({
      zh: '本地企业 2 家，均非规上或专精特新或高新技术企业',
      en: 'None of the 2 local firm(s) is above designated size (规上) or tagged 专精特新/高新技术企业',
    });
  });
});

describe('what counts as qualified', () => {
  it('a qualifying tag only counts while the settings list it', () => {
    // F (驾驶室's only firm) is 高新技术企业, not 规上.
    const none = { ...DEFAULT_SETTINGS, qualifyingTags: [] };
    expect(segment(S.cab, handWorkspace(), none).qualifiedCount).toBe(0);
    const other = { ...DEFAULT_SETTINGS, qualifyingTags: ['链主', '高新技术企业'] };
    expect(segment(S.cab, handWorkspace(), other).qualifiedCount).toBe(1);
  });

  it('a firm neither 规上 nor tagged does not count, one that is both counts once', () => {
    const data = handWorkspace();
    data.enterprises = data.enterprises.map((e) =>
      e.id === F.D ? { ...e, isAboveScale: true, tags: ['高新技术企业'] } : e,
    );
    const tank = segment(S.tank, data);
    expect(tank.qualifiedCount).toBe(1);
    expect(tank.state).toBe('strong');
  });
});

describe('parent figures', () => {
  it('零部件 sums the links of its leaves and lists each local firm once', () => {
    const s = segment(S.parts);
    expect(s).toMatchObject({
      isLeaf: false,
      depth: 0,
      stage: 'upstream',
      localFirms: [
        { id: F.A, name: 'A', isLocal: true },
        { id: F.B, name: 'B', isLocal: true },
        { id: F.C, name: 'C', isLocal: true },
      ],
      // A and C are 规上, B is not
      qualifiedCount: 2,
      target: 2,
      // 油缸 2/2/2 + 回转支承 6/5/0 + 发动机 3/3/0 (links 6, 7, 8 bought by local K and M)
      linkCount: 11,
      localBuyerLinkCount: 10,
      localToLocalLinkCount: 2,
      beingFilled: false,
      fillingLeads: [],
      notes: [],
    });
  });

  it('a firm in two leaves of one parent is listed and counted once', () => {
    const data = handWorkspace();
    data.mappings.push(map(F.A, S.bearing));
    const s = segment(S.parts, data);
    expect(s.localFirms.map((f) => f.id)).toEqual([F.A, F.B, F.C]);
    expect(s.qualifiedCount).toBe(2);
  });

  it('a parent uses its own target, and its stage and key flag', () => {
    const data: WorkspaceData = handWorkspace();
    data.segments = data.segments.map((s) =>
      s.id === S.machine ? { ...s, targetCount: 5, isKey: true } : s,
    );
    expect(segment(S.machine, data)).toMatchObject({ target: 5, isKey: true, stage: 'midstream' });
  });
});

describe('leads filling a gap', () => {
  const withLeads = (...stages: ('landed' | 'visit' | 'signed')[]): WorkspaceData => {
    const data = handWorkspace();
    data.leads = stages.map((stage, i) =>
      lead(10 + i, { targetName: `T${String(i)}`, segmentId: S.engine, stage }),
    );
    return data;
  };

  it('a landed lead fills the gap too, a lead only at a visit does not', () => {
    const landed = segment(S.engine, withLeads('visit', 'landed'));
    expect(landed.beingFilled).toBe(true);
    expect(landed.fillingLeads).toEqual([{ id: 11, targetName: 'T1', stage: 'landed' }]);
    expect(segment(S.engine, withLeads('visit')).beingFilled).toBe(false);
  });

  it('a parent lists the filling leads of its leaves', () => {
    const parent = segment(S.parts, withLeads('signed', 'landed'));
    expect(parent.beingFilled).toBe(true);
    expect(parent.fillingLeads.map((l) => l.targetName)).toEqual(['T0', 'T1']);
    expect(segment(S.machine, withLeads('signed')).beingFilled).toBe(false);
  });

  it('several filling leads are named in one note', () => {
    expect(segment(S.engine, withLeads('signed', 'landed')).notes[0]).toMatchObject({
      zh: '正在补链：T0、T1（已签约/落地）',
      en: 'Being filled: T0, T1 (signed/landed)',
    });
  });
});
