// A firm built from defaults must be a valid Enterprise, and two firms must never share state.
import { describe, expect, it } from 'vitest';

import { makeEnterprise } from '../../../../shared/domain/defaults.js';
import { EnterpriseSchema } from '../../../../shared/domain/schemas.js';

describe('makeEnterprise', () => {
  it('gives a valid Enterprise that is outside the zone, in operation and not demo data', () => {
    const e = makeEnterprise(7, '济宁测试企业');
    expect(EnterpriseSchema.parse(e)).toEqual(e);
    expect(e).toMatchObject({
      id: 7,
      isLocal: false,
      status: 'operating',
      isDemo: false,
      uscc: null,
    });
  });

  it('keeps what is known and gives every firm its own tags array', () => {
    const a = makeEnterprise(1, 'A', { isLocal: true, revenue: 2000 });
    const b = makeEnterprise(2, 'B');
    a.tags.push('规上');
    expect(b.tags).toEqual([]);
    expect(a).toMatchObject({ isLocal: true, revenue: 2000 });
  });
});
