// The message a user reads when a row names a segment the workspace lacks, or one several chains have.
import { describe, expect, it } from 'vitest';

import { segmentIssue } from '../../../../shared/spreadsheet/plan-taxonomy.js';

const origin = { file: '企业.xlsx', sheet: 'Sheet1', row: 7 };

describe('segmentIssue', () => {
  it('names an unknown segment with its row and column', () => {
    const issue = segmentIssue(origin, '所属环节', '油缸', {
      ok: false,
      reason: 'unknown',
      candidates: [],
    });
    expect(issue).toEqual({
      ...origin,
      column: '所属环节',
      severity: 'error',
      code: 'UNKNOWN_SEGMENT',
      messageZh: '环节“油缸”不在任何产业链中',
      messageEn: "segment '油缸' is not in any chain",
    });
  });

  it('lists the candidates of an ambiguous segment, and asks for 产业链/环节 where that helps', () => {
    const failure = {
      ok: false as const,
      reason: 'ambiguous' as const,
      candidates: ['工程机械/结构件', '矿山与专用装备/结构件'],
    };
    const plain = segmentIssue(origin, '拟补环节', '结构件', failure);
    expect(plain.code).toBe('AMBIGUOUS_SEGMENT');
    expect(plain.messageZh).toBe('环节“结构件”有多个：工程机械/结构件、矿山与专用装备/结构件');
    expect(plain.messageEn).toBe(
      "segment '结构件' is ambiguous (工程机械/结构件, 矿山与专用装备/结构件)",
    );
    const hinted = segmentIssue(origin, '所属环节', '结构件', failure, true);
    expect(hinted.messageZh).toBe(
      '环节“结构件”有多个：工程机械/结构件、矿山与专用装备/结构件，请写成“产业链/环节”',
    );
    expect(hinted.messageEn).toBe(
      "segment '结构件' is ambiguous (工程机械/结构件, 矿山与专用装备/结构件); write it as chain/segment",
    );
  });
});
