// The register's address parameters: a bookmarked filtered list must reopen as the same list, and a
// hand-edited or stale address must never reach the api as an invalid input.
import { describe, expect, it } from 'vitest';

import { EnterpriseListInputSchema } from '../../../../../shared/ipc/contract.js';
import {
  activeFilterCount,
  parseRegisterParams,
  registerParams,
} from '../../../../../renderer/features/enterprises/register-params.js';

describe('register address parameters', () => {
  it('round-trips every filter, the search and the sort', () => {
    const view = {
      filter: {
        query: 'xsgcjx',
        clusterId: 1,
        chainId: 3,
        segmentId: 17,
        segmentState: 'weak' as const,
        isLocal: false,
        isAboveScale: true,
        tag: '高新技术企业',
        park: '中韩高端装备产业园',
        ownership: 'foreign' as const,
        investorCountry: '日本',
      },
      sort: { field: 'revenue' as const, direction: 'desc' as const },
    };
    const params = registerParams(view);
    expect(params).toMatchObject({ chain: '3', scale: '1', local: '0', sort: 'revenue' });
    const back = parseRegisterParams(
      Object.fromEntries(new URLSearchParams(new URLSearchParams(params).toString())),
    );
    expect(back).toEqual(view);
    expect(activeFilterCount(back.filter)).toBe(10);
  });

  it('leaves out what is not set, so the plain page keeps the plain address', () => {
    expect(registerParams({ filter: {}, sort: undefined })).toEqual({});
    expect(registerParams({ filter: { query: '  ' }, sort: undefined })).toEqual({});
  });

  it('drops malformed values instead of sending them to the api', () => {
    const { filter, sort } = parseRegisterParams({
      chain: 'abc',
      cluster: '-2',
      state: 'gone',
      own: 'state owned',
      scale: 'yes',
      sort: 'DROP TABLE enterprise',
      park: 'x'.repeat(500),
    });
    expect(filter).toEqual({});
    expect(sort).toBeUndefined();
    expect(EnterpriseListInputSchema.safeParse({ ...filter, limit: 50 }).success).toBe(true);
  });
});
