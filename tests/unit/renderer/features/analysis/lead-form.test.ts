// The lead edit form sends only what changed, clears blanked fields with null, and accepts only
// real calendar dates.
import { describe, expect, it } from 'vitest';

import type { LeadRow } from '../../../../../shared/ipc/analysis-contract.js';
import {
  isValidDate,
  leadFormValues,
  leadPatch,
} from '../../../../../renderer/features/analysis/lead-form.js';

const LEAD: LeadRow = {
  id: 5,
  enterpriseId: 9,
  targetName: '潍柴动力',
  segmentId: 3,
  stage: 'contact',
  owner: '张三',
  nextStep: null,
  nextDate: null,
  notes: '已电话沟通',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  segmentName: '发动机',
  chainId: 1,
  chainName: '工程机械',
  enterpriseIsLocal: false,
};

describe('leadPatch', () => {
  it('is empty when the form is saved unchanged', () => {
    expect(leadPatch(LEAD, leadFormValues(LEAD))).toEqual({});
  });

  it('sends changed fields trimmed, and blanks as null', () => {
    const values = {
      ...leadFormValues(LEAD),
      stage: 'visit' as const,
      owner: '  李四 ',
      nextStep: '赴潍坊考察',
      nextDate: '2026-12-03',
      notes: '   ',
    };
    expect(leadPatch(LEAD, values)).toEqual({
      stage: 'visit',
      owner: '李四',
      nextStep: '赴潍坊考察',
      nextDate: '2026-12-03',
      notes: null,
    });
  });

  it('treats a field the form left undefined as blank', () => {
    const values = { ...leadFormValues(LEAD), owner: undefined as unknown as string };
    expect(leadPatch(LEAD, values)).toEqual({ owner: null });
  });
});

describe('isValidDate', () => {
  it('accepts blank and real days, refuses impossible ones and other formats', () => {
    expect(isValidDate('')).toBe(true);
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('2026/12/01')).toBe(false);
    expect(isValidDate('12月1日')).toBe(false);
  });
});
