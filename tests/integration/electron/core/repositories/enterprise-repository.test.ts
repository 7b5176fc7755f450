// Enterprise reads on a real SQLite file: one firm by id, several by ids. The register's search,
// filters and paging are tested with its service (services/enterprise-register.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  getEnterprise,
  listEnterprises,
} from '../../../../../electron/core/repositories/enterprise-repository.js';
import type { Workspace } from '../../../../../electron/core/services/workspace.js';
import { makeSmallWorkspace, type Small } from './small-workspace.js';

let ws: Workspace;
let ids: Small;
let dispose: () => void;
beforeEach(() => {
  ({ ws, ids, dispose } = makeSmallWorkspace());
});
afterEach(() => {
  dispose();
});

describe('getEnterprise / listEnterprises', () => {
  it('returns one firm or undefined, and lists by ids', () => {
    expect(getEnterprise(ws.db, ids.firms.daiwa)?.name).toBe('济宁大和油缸有限公司');
    expect(getEnterprise(ws.db, 9999)).toBeUndefined();
    expect(listEnterprises(ws.db, [ids.firms.hengli, ids.firms.komatsu]).map((e) => e.id)).toEqual(
      [ids.firms.komatsu, ids.firms.hengli].sort((a, b) => a - b),
    );
    expect(listEnterprises(ws.db, [])).toEqual([]);
    expect(listEnterprises(ws.db)).toHaveLength(6);
  });
});
