// The limits of every hand-edit field for links and the chain templates, as every shell meets them
// (desktop ipc and the browser host both go through dispatch): a value out of bounds is refused
// with INVALID_INPUT, a message naming the field and why in both languages, and nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { dispatch } from '../../../../../electron/core/api/dispatch.js';
import {
  unsupportedInBrowser,
  type ShellContext,
} from '../../../../../electron/core/api/shell-context.js';
import type { Workspace } from '../../../../../electron/core/services/workspace.js';
import { makeSmallWorkspace, type Small } from '../repositories/small-workspace.js';
import { tables } from '../services/edit-refusal.js';

let ws: Workspace;
let ids: Small;
let dispose: () => void;
beforeEach(() => {
  ({ ws, ids, dispose } = makeSmallWorkspace());
});
afterEach(() => {
  dispose();
});

const context = (): ShellContext => ({
  shell: 'browser',
  current: () => ws,
  recent: () => [],
  openWorkspace: () => Promise.resolve(unsupportedInBrowser()),
  createWorkspace: () => Promise.resolve(unsupportedInBrowser()),
});

/** The refusal's Chinese and English texts; fails when the call was accepted. */
async function refused(channel: string, input: unknown): Promise<{ zh: string; en: string }> {
  const before = tables(ws);
  const r = await dispatch(context(), channel, input);
  if (r.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
  expect(r.error.code).toBe('INVALID_INPUT');
  expect(tables(ws)).toEqual(before);
  return { zh: r.error.message, en: r.error.en };
}

const link = (more: Record<string, unknown> = {}) => ({
  fields: {
    supplierId: ids.firms.hengli,
    buyerId: ids.firms.daiwa,
    product: '液压阀',
    segmentId: null,
    amount: 10,
    share: null,
    source: 'verified',
    yearFrom: null,
    yearTo: null,
    ...more,
  },
});

describe('supply link limits', () => {
  it.each([
    [{ amount: -1 }, '年供货额不能为负数', 'Annual amount cannot be negative'],
    [{ amount: 1e9 }, '年供货额不能超过 100000000 万元', 'Annual amount cannot exceed'],
    [{ share: 1.5 }, '占比须在 0–100% 之间', 'Share must be between 0 and 100%'],
    [{ product: '液'.repeat(101) }, '产品：最多 100 个字', 'Product: at most 100 characters'],
    [{ yearFrom: 1800 }, '起始年份不能早于 1949', 'First year cannot be before 1949'],
    [{ yearTo: 2020.5 }, '截止年份须为整数年份', 'Last year must be a whole year'],
    [
      { yearFrom: 2025, yearTo: 2020 },
      '截止年份不能早于起始年份',
      'The last year cannot be before',
    ],
    [{ buyerId: 0 }, 'buyerId', 'buyerId'],
  ])('%j is refused naming the field', async (bad, zh, en) => {
    const r = await refused('link:create', link(bad));
    expect(r.zh).toContain(zh);
    expect(r.en).toContain(en);
  });

  it('a firm cannot supply itself', async () => {
    const r = await refused('link:create', link({ buyerId: ids.firms.hengli }));
    expect(r.zh).toContain('供应商和采购方不能是同一家企业');
    expect(r.en).toContain('Supplier and buyer must be different firms');
  });

  it('the same limits hold for an edit', async () => {
    const r = await refused('link:update', { id: ids.links.pcbToDaiwa, ...link({ amount: -5 }) });
    expect(r.zh).toContain('年供货额不能为负数');
  });

  it('values at the limits are accepted', async () => {
    const r = await dispatch(
      context(),
      'link:create',
      link({
        amount: 100_000_000,
        share: 1,
        yearFrom: 1949,
        yearTo: 2100,
        product: '液'.repeat(100),
      }),
    );
    expect(r.ok).toBe(true);
  });
});

describe('chain template limits', () => {
  // The schema refuses before any row is read, so the ids need not exist.
  const seg = (more: Record<string, unknown> = {}) => ({
    chainId: 1,
    parentId: null,
    fields: { name: '新环节', stage: 'upstream', isKey: false, targetCount: null, ...more },
  });

  it.each([
    ['segment:create', seg({ name: '   ' }), '环节名称不能为空', 'Segment name cannot be empty'],
    [
      'segment:create',
      seg({ name: '环'.repeat(61) }),
      '环节名称最多 60 个字',
      'Segment name: at most 60',
    ],
    [
      'segment:create',
      seg({ targetCount: -1 }),
      '目标企业数不能为负数',
      'Target count cannot be negative',
    ],
    [
      'segment:create',
      seg({ targetCount: 1000 }),
      '目标企业数不能超过 999',
      'Target count cannot exceed 999',
    ],
    [
      'segment:create',
      seg({ targetCount: 1.5 }),
      '目标企业数须为整数',
      'Target count must be a whole number',
    ],
    ['cluster:create', { name: '' }, '产业集群名称不能为空', 'Cluster name cannot be empty'],
    [
      'cluster:create',
      { name: '集'.repeat(41) },
      '产业集群名称最多 40 个字',
      'Cluster name: at most 40',
    ],
    ['cluster:update', { id: 1, color: 'red' }, '颜色须为 #RRGGBB', 'Colour must be #RRGGBB'],
    [
      'chain:create',
      { clusterId: 1, name: '' },
      '产业链名称不能为空',
      'Chain name cannot be empty',
    ],
    [
      'chain:update',
      { id: 1, owner: '长'.repeat(41) },
      '链长最多 40 个字',
      'Chain owner: at most 40',
    ],
  ])('%s %j is refused naming the field', async (channel, input, zh, en) => {
    const r = await refused(channel, input);
    expect(r.zh).toContain(zh);
    expect(r.en).toContain(en);
  });

  it('a name is trimmed before it is stored', async () => {
    const r = await dispatch(context(), 'segment:create', {
      ...seg({ name: '  液压马达  ' }),
      chainId: ids.chains.machinery,
    });
    expect(r.ok && (r.value as { name: string }).name).toBe('液压马达');
  });
});
