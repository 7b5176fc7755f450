// The field limits every shell enforces: a draft over a limit is refused naming the field (in Chinese
// and English); blanks become null; a USCC is normalised, and a malformed one refused.
import { describe, expect, it } from 'vitest';

import { withUsccCheckChar } from '../../../../shared/domain/uscc.js';
import {
  EnterpriseDraftSchema,
  ENTERPRISE_LIMITS,
  MergeInputSchema,
} from '../../../../shared/ipc/enterprise-edit-contract.js';
import { enterpriseDraftInput } from '../../../support/enterprise-draft.js';

const base = enterpriseDraftInput('济宁测试企业有限公司', { isLocal: true });

const refusal = (over: Record<string, unknown>): { path: string; message: string } => {
  const r = EnterpriseDraftSchema.safeParse({ ...base, ...over });
  if (r.success) return { path: '', message: 'accepted' };
  const [issue] = r.error.issues;
  return { path: issue?.path.join('.') ?? '', message: issue?.message ?? '' };
};

describe('EnterpriseDraftSchema', () => {
  it('cleans text: trims, blanks become null, codes normalised to upper case half width', () => {
    const code = withUsccCheckChar('91370800MA3C0ALL1');
    const d = EnterpriseDraftSchema.parse({
      ...base,
      name: '  甲公司 ',
      park: '  ',
      uscc: ` ${code.toLowerCase()} `,
    });
    expect(d).toMatchObject({ name: '甲公司', park: null, uscc: code });
  });

  it('takes a founding year from 1800 to next year, as the import does', () => {
    for (const founded of [1800, new Date().getFullYear() + 1, null])
      expect(refusal({ founded })).toEqual({ path: '', message: 'accepted' });
  });

  it.each([
    [{ name: '  ' }, 'name', '企业名称不能为空'],
    [{ name: '名'.repeat(ENTERPRISE_LIMITS.name + 1) }, 'name', '最长 200 字'],
    [{ park: '园'.repeat(101) }, 'park', '园区最长 100 字'],
    [{ revenue: -1 }, 'revenue', 'Revenue: must not be negative'],
    [{ revenue: 2e9 }, 'revenue', '营业收入不能超过'],
    [{ employees: 1.5 }, 'employees', '员工人数应为整数'],
    [{ founded: 1700 }, 'founded', '成立年份不能小于 1800'],
    // The import refuses a founding year after next year; a hand edit must not let one in.
    [{ founded: new Date().getFullYear() + 2 }, 'founded', '成立年份不能晚于'],
    [{ tags: Array.from({ length: 31 }, (_, i) => `t${String(i)}`) }, 'tags', '标签最多 30 个'],
    [{ uscc: '123' }, 'uscc', '应为 18 位'],
    [{ uscc: '91370800MA3C0ALLOO' }, 'uscc', '不是有效字符'],
    [{ extra: 1 }, '', ''],
  ])('refuses %j at %s', (over, path, text) => {
    const r = refusal(over);
    expect(r.message).not.toBe('accepted');
    expect(r.path).toBe(path);
    expect(r.message).toContain(text);
  });
});

describe('MergeInputSchema', () => {
  it('refuses merging a firm with itself and an unknown field', () => {
    expect(MergeInputSchema.safeParse({ survivorId: 3, otherId: 3, picks: {} }).success).toBe(
      false,
    );
    expect(
      MergeInputSchema.safeParse({ survivorId: 3, otherId: 4, picks: { id: 'other' } }).success,
    ).toBe(false);
    expect(
      MergeInputSchema.safeParse({ survivorId: 3, otherId: 4, picks: { name: 'other' } }).success,
    ).toBe(true);
  });
});
