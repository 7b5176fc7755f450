// Segment states and parent summaries on the hand-built workspace (tests/support/analysis-fixture.ts).
import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS } from '../../../../shared/analysis/input.js';
import { analyzeWorkspace } from '../../../../shared/analysis/run-analysis.js';
import type { SegmentResult } from '../../../../shared/analysis/schemas.js';
import { F, handWorkspace, S } from '../../../support/analysis-fixture.js';

function byId(settings = DEFAULT_SETTINGS): Map<number, SegmentResult> {
  const a = analyzeWorkspace(handWorkspace(), settings);
  return new Map(a.chains.flatMap((c) => c.segments).map((s) => [s.segmentId, s]));
}

// Each test runs the analysis itself: a result computed in the describe body is computed once while
// tests are collected, before mutation testing switches a mutant on, so no assertion could fail.
describe('leaf segment states', () => {
  const get = (id: number): SegmentResult => {
    const s = byId().get(id);
    if (!s) throw new Error(`segment ${String(id)} missing from the result`);
    return s;
  };

  it('油缸 is strong: A and B local (target 2), A is 规上, and local buyer K sources it locally', () => {
    const s = get(S.cylinder);
    expect(s.state).toBe('strong');
    expect(s.rule.code).toBe('strong.targetMet');
    expect(s.localFirms.map((f) => f.id)).toEqual([F.A, F.B]);
    expect(s.qualifiedCount).toBe(1);
    // link 2 names no segment but its supplier B is mapped here
    expect([s.linkCount, s.localBuyerLinkCount, s.localToLocalLinkCount]).toEqual([2, 2, 2]);
    expect(s.rule.zh).toBe('本地企业 2 家，达到目标 2 家，其中属规上或高新技术企业的 1 家');
  });

  it('回转支承 is broken although local firm C is in it: its 5 local-buyer links all come from outside', () => {
    const s = get(S.bearing);
    expect(s.state).toBe('broken');
    expect(s.rule.code).toBe('broken.localBuyersSourceOutside');
    expect(s.localFirms.map((f) => f.name)).toEqual(['C']);
    // links 3,4,12,13,14 have local buyers; link 5 (C → outside Z) does not count
    expect([s.linkCount, s.localBuyerLinkCount, s.localToLocalLinkCount]).toEqual([6, 5, 0]);
    expect(s.rule.zh).toBe('本地企业 1 家，但本地买方在此环节的 5 条供货关系全部来自区外');
  });

  it('发动机 is missing: only outside firms X and W are mapped to it', () => {
    const s = get(S.engine);
    expect(s.state).toBe('missing');
    expect(s.rule.code).toBe('missing.noLocalFirm');
    expect(s.localFirms).toEqual([]);
    expect(s.linkCount).toBe(3);
  });

  it('油箱 is weak for lack of 规上/高新 although it meets the target of 2', () => {
    const s = get(S.tank);
    expect(s.state).toBe('weak');
    expect(s.rule.code).toBe('weak.noQualifiedFirm');
    expect(s.localFirms.length).toBe(2);
    expect(s.target).toBe(2);
    expect(s.rule.zh).toBe('本地企业 2 家，均非规上或高新技术企业');
  });

  it('驾驶室 is weak below target: one local firm F (高新技术企业 counts as qualified); rejected mapping of M ignored', () => {
    const s = get(S.cab);
    expect(s.state).toBe('weak');
    expect(s.rule).toMatchObject({ code: 'weak.belowTarget', zh: '本地企业 1 家，少于目标 2 家' });
    expect(s.qualifiedCount).toBe(1);
    expect(s.notes).toEqual([]);
  });

  it('整机装配 uses its own target 1 and says no links are recorded', () => {
    const s = get(S.assembly);
    expect(s.state).toBe('strong');
    expect(s.target).toBe(1);
    expect(s.notes.map((n) => n.code)).toEqual(['note.noLinks']);
  });

  it('包材 is missing but being filled by the signed lead on V', () => {
    const s = get(S.vial);
    expect(s.state).toBe('missing');
    expect(s.beingFilled).toBe(true);
    expect(s.fillingLeads).toEqual([{ id: 1, targetName: 'V', stage: 'signed' }]);
    expect(s.notes.map((n) => n.code)).toEqual(['note.beingFilled']);
    expect(get(S.engine).beingFilled).toBe(false); // lead 2 on 发动机 is only at 接洽
  });

  it('a firm both below target and unqualified reports both rules, below-target first', () => {
    const data = handWorkspace();
    data.enterprises = data.enterprises.map((e) => (e.id === F.F ? { ...e, tags: [] } : e));
    const a = analyzeWorkspace(data);
    const cab = a.chains[0]?.segments.find((s) => s.segmentId === S.cab);
    expect(cab?.rule.code).toBe('weak.belowTarget');
    expect(cab?.notes.map((n) => n.code)).toEqual(['weak.noQualifiedFirm']);
  });

  it('thresholds are settings: a default target of 1 makes 驾驶室 strong', () => {
    const s = byId({ ...DEFAULT_SETTINGS, defaultTargetCount: 1 }).get(S.cab);
    expect(s?.state).toBe('strong');
  });
});

describe('parent segments', () => {
  const seg = { get: (id: number) => byId().get(id) };

  it('零部件 shows its worst leaf (missing) with counts of each state', () => {
    const s = seg.get(S.parts);
    expect(s?.isLeaf).toBe(false);
    expect(s?.state).toBe('missing');
    expect(s?.leafCounts).toEqual({ missing: 1, broken: 1, weak: 0, strong: 1 });
    expect(s?.rule.code).toBe('parent.summary');
    expect(s?.rule.zh).toBe('下属末级环节 3 个（缺链 1、断链 1、弱链 0、强链 1），取最差状态缺链');
  });

  it('整机 is weak: strong 1, weak 2', () => {
    const s = seg.get(S.machine);
    expect(s?.state).toBe('weak');
    expect(s?.leafCounts).toEqual({ missing: 0, broken: 0, weak: 2, strong: 1 });
    expect(s?.localFirms.map((f) => f.name).sort()).toEqual(['D', 'E', 'F', 'K']);
  });

  it('segments come in tree order with their paths', () => {
    const a = analyzeWorkspace(handWorkspace());
    expect(a.chains[0]?.segments.map((s) => s.path.join('/'))).toEqual([
      '零部件',
      '零部件/油缸',
      '零部件/回转支承',
      '零部件/发动机',
      '整机',
      '整机/整机装配',
      '整机/油箱',
      '整机/驾驶室',
    ]);
  });
});
