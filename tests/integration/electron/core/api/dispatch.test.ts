// Every contract channel answered through dispatch() on the real demo workspace, with outputs
// checked against their schemas; plus the failures every shell relies on (bad input, unknown
// channel, no workspace, not found).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { channels, contract, type Channel } from '../../../../../shared/ipc/contract.js';
import type { Result } from '../../../../../shared/ipc/result.js';
import { dispatch } from '../../../../../electron/core/api/dispatch.js';
import {
  unsupportedInBrowser,
  type ShellContext,
} from '../../../../../electron/core/api/shell-context.js';
import { seedDemoWorkspace } from '../../../../../electron/core/demo/seed-demo.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import { enterpriseDraftInput } from '../../../../support/enterprise-draft.js';

let dir: string;
let ws: Workspace;
let ids: { komatsu: number; chain: number; cluster: number };

const context = (current: () => Workspace | undefined): ShellContext => ({
  shell: 'browser',
  current,
  recent: () => [],
  openWorkspace: () => Promise.resolve(unsupportedInBrowser()),
  createWorkspace: () => Promise.resolve(unsupportedInBrowser()),
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-dispatch-'));
  ws = openWorkspace(join(dir, 'demo.db'));
  seedDemoWorkspace(ws.db);
  const id = (sql: string) => (ws.db.prepare(sql).get() as { id: number }).id;
  ids = {
    komatsu: id("SELECT id FROM enterprise WHERE name = '小松（山东）工程机械有限公司'"),
    chain: id("SELECT id FROM chain WHERE name = '工程机械'"),
    cluster: id("SELECT id FROM cluster WHERE name = '高端装备'"),
  };
});
afterAll(() => {
  closeWorkspace(ws);
  rmSync(dir, { recursive: true, force: true });
});

const call = (channel: unknown, input: unknown, current: () => Workspace | undefined = () => ws) =>
  dispatch(context(current), channel, input, { validateOutput: true });

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- typed view of a result
const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

/** A blank outside firm with only a name, as the create form would send it. */
const draft = (name: string) => enterpriseDraftInput(name);

describe('dispatch on the demo workspace', () => {
  // Typed as a full record: a channel added to the contract without a case here fails to compile.
  // Functions, because some inputs need ids made by earlier calls (a snapshot, a lead).
  const firstId = (sql: string) => (ws.db.prepare(sql).get() as { id: number }).id;
  const linkFields = () => ({
    supplierId: firstId(`SELECT id FROM enterprise WHERE id <> ${String(ids.komatsu)} ORDER BY id`),
    buyerId: ids.komatsu,
    product: '调度测试产品',
    segmentId: null,
    amount: null,
    share: null,
    source: 'reported' as const,
    yearFrom: 2024,
    yearTo: null,
  });
  const inputs: () => Record<Channel, () => unknown> = () => ({
    'workspace:info': () => ({}),
    'workspace:recent': () => ({}),
    'workspace:open': () => ({ recentIndex: 0 }),
    'workspace:create': () => ({ demo: true }),
    'cluster:list': () => ({}),
    'chain:list': () => ({ clusterId: ids.cluster }),
    'segment:list': () => ({ chainId: ids.chain }),
    'enterprise:list': () => ({ query: '小松', sort: { field: 'revenue', direction: 'desc' } }),
    'enterprise:get': () => ({ id: ids.komatsu }),
    'graph:chain': () => ({ chainId: ids.chain }),
    'graph:cluster': () => ({ clusterId: ids.cluster }),
    'analysis:run': () => ({}),
    'analysis:targets': () => ({ chainId: ids.chain }),
    'analysis:anchor': () => ({ enterpriseId: ids.komatsu }),
    'analysis:tiers': () => ({ enterpriseId: ids.komatsu }),
    'analysis:report': () => ({ clusterId: ids.cluster }),
    'snapshot:save': () => ({ name: '测试快照' }),
    'snapshot:list': () => ({}),
    'snapshot:compare': async () => {
      const saved = value<{ id: number }>(await call('snapshot:save', { name: '对比基线' }));
      return { fromId: saved.id };
    },
    'lead:list': () => ({}),
    'lead:create': () => ({ targetName: '测试线索企业', stage: 'lead' }),
    'lead:update': () => ({ id: firstId('SELECT id FROM lead ORDER BY id'), nextStep: '电话回访' }),
    'lead:delete': async () => {
      const made = value<{ id: number }>(await call('lead:create', { targetName: '待删除线索' }));
      return { id: made.id };
    },
    'settings:get': () => ({}),
    // The default value, so later analyses on this workspace are unaffected.
    'settings:set': () => ({ defaultTargetCount: 2 }),
    // Import channels re-import the workspace's own export, so nothing changes for later cases.
    'import:ready': () => ({}),
    'import:preview': async () => {
      const out = value<{ files: { base64: string }[] }>(
        await call('export:file', { format: 'xlsx', what: 'chains' }),
      );
      return { files: [{ name: 'chains.xlsx', base64: out.files[0]?.base64 ?? '' }] };
    },
    'import:commit': async () => {
      const out = value<{ files: { base64: string }[] }>(
        await call('export:file', { format: 'csv', what: 'chains' }),
      );
      const preview = await call('import:preview', {
        files: [{ name: 'chains.csv', base64: out.files[0]?.base64 ?? '' }],
      });
      return { id: value<{ id: string }>(preview).id };
    },
    'import:rows': async () => {
      const out = value<{ files: { base64: string }[] }>(
        await call('export:file', { format: 'csv', what: 'chains' }),
      );
      const preview = await call('import:preview', {
        files: [{ name: 'chains.csv', base64: out.files[0]?.base64 ?? '' }],
      });
      return { id: value<{ id: string }>(preview).id, filter: 'all', limit: 5 };
    },
    'import:consequences': async () => {
      const out = value<{ files: { base64: string }[] }>(
        await call('export:file', { format: 'csv', what: 'enterprises' }),
      );
      const preview = await call('import:preview', {
        files: [{ name: 'enterprises.csv', base64: out.files[0]?.base64 ?? '' }],
      });
      return { id: value<{ id: string }>(preview).id };
    },
    'import:cancel': () => ({ id: 'no-such-import' }),
    // Nothing is running under this id, so the answer is null (still valid against the schema).
    'import:progress': () => ({ requestId: 'no-such-request' }),
    'import:runs': () => ({}),
    'import:template': () => ({}),
    'export:file': () => ({ format: 'xlsx' }),
    'map:export': () => ({ view: { kind: 'chain', chainId: ids.chain }, format: 'svg' }),
    // SVG keeps this quick; the browser shell has no folder dialog, so the maps come back zipped.
    'map:exportAll': () => ({ format: 'svg' }),
    'map:progress': () => ({ requestId: 'no-such-request' }),
    'map:cancel': () => ({ requestId: 'no-such-request' }),
    'map:report': () => ({ view: { kind: 'chain', chainId: ids.chain } }),
    'network:graph': () => ({ filter: { chainId: ids.chain } }),
    'network:locate': () => ({ filter: {}, firmIds: [ids.komatsu] }),
    'network:savePositions': () => ({
      viewKey: 'network?group=cluster',
      positions: [{ id: 'f:1', x: 10, y: 20, pinned: true }],
    }),
    'network:focus': () => ({ enterpriseId: ids.komatsu }),
    'template:list': () => ({}),
    'template:get': () => ({ id: 'construction-machinery' }),
    // The demo has 工程机械: without an answer to the question nothing is written.
    'template:add': () => ({ id: 'construction-machinery', clusterId: ids.cluster }),
    'template:export': () => ({ id: 'construction-machinery' }),
    'template:import': () => ({
      file: {
        name: '模板.csv',
        base64: Buffer.from('\uFEFF产业链,环节,位置\n工程机械,原材料,上游\n').toString('base64'),
      },
    }),
    'backup:list': () => ({}),
    'backup:create': () => ({}),
    // Restores the state it was just taken from, so later cases see the same workspace.
    'backup:restore': async () => ({
      id: value<{ id: string }>(await call('backup:create', {})).id,
    }),
    'workspace:recovery': () => ({}),
    'workspace:recover': async () => ({
      id: value<{ id: string }>(await call('backup:create', {})).id,
    }),
    'workspace:copy': () => ({}),
    'edit:state': () => ({}),
    // Undo and redo need an edit of their own: a lead made for them (a restore above ended the older ones).
    'edit:undo': async () => {
      value(await call('lead:create', { targetName: '撤销测试线索', stage: 'lead' }));
      return {};
    },
    'edit:redo': async () => {
      value(await call('lead:create', { targetName: '重做测试线索', stage: 'lead' }));
      value(await call('edit:undo', {}));
      return {};
    },
    // Hand edits of links and the chain templates work on rows made for them and delete them again,
    // so later cases see the demo as it was.
    'link:create': () => ({ fields: linkFields(), allowDuplicate: true }),
    'link:update': () => ({
      id: firstId(`SELECT id FROM supply_link WHERE product = '调度测试产品' ORDER BY id`),
      fields: { ...linkFields(), amount: 12.5 },
      allowDuplicate: true,
    }),
    'link:delete': () => ({
      id: firstId(`SELECT id FROM supply_link WHERE product = '调度测试产品' ORDER BY id`),
    }),
    'taxonomy:tree': () => ({}),
    'taxonomy:impact': () => ({ kind: 'chain', id: ids.chain }),
    'cluster:create': () => ({ name: '调度测试集群' }),
    'cluster:update': () => ({
      id: firstId(`SELECT id FROM cluster WHERE name = '调度测试集群'`),
      color: '#52c41a',
    }),
    'cluster:delete': () => ({
      id: firstId(`SELECT id FROM cluster WHERE name = '调度测试集群'`),
    }),
    'chain:create': () => ({ clusterId: ids.cluster, name: '调度测试链' }),
    'chain:update': () => ({
      id: firstId(`SELECT id FROM chain WHERE name = '调度测试链'`),
      owner: '张三',
    }),
    'chain:delete': () => ({ id: firstId(`SELECT id FROM chain WHERE name = '调度测试链'`) }),
    'segment:create': () => ({
      chainId: ids.chain,
      parentId: null,
      fields: { name: '调度测试环节', stage: 'upstream', isKey: false, targetCount: null },
    }),
    'segment:update': () => ({
      id: firstId(`SELECT id FROM segment WHERE name = '调度测试环节'`),
      fields: { name: '调度测试环节', stage: 'midstream', isKey: true, targetCount: 3 },
    }),
    'segment:move': () => ({
      id: firstId(`SELECT id FROM segment WHERE name = '调度测试环节'`),
      parentId: null,
      index: 0,
    }),
    'segment:delete': () => ({
      id: firstId(`SELECT id FROM segment WHERE name = '调度测试环节'`),
    }),
    // Edits work on firms made for them, so the demo firms later cases read stay as they were.
    'enterprise:editable': () => ({ id: ids.komatsu }),
    'enterprise:duplicates': () => ({ name: '小松(山东)工程机械有限责任公司' }),
    'enterprise:create': () => draft('调度测试企业甲'),
    'enterprise:update': async () => ({
      id: value<{ id: number }>(await call('enterprise:create', draft('调度测试企业乙'))).id,
      draft: draft('调度测试企业乙（改名）'),
    }),
    'enterprise:delete': async () => ({
      id: value<{ id: number }>(await call('enterprise:create', draft('调度测试企业丙'))).id,
    }),
    'enterprise:mapSegment': async () => ({
      enterpriseId: value<{ id: number }>(await call('enterprise:create', draft('调度测试企业丁')))
        .id,
      segmentId: firstId(`SELECT id FROM segment WHERE chain_id = ${String(ids.chain)}`),
      isPrimary: true,
      status: 'uncertain',
    }),
    'enterprise:unmapSegment': async () => {
      const enterpriseId = value<{ id: number }>(
        await call('enterprise:create', draft('调度测试企业戊')),
      ).id;
      const segmentId = firstId(`SELECT id FROM segment WHERE chain_id = ${String(ids.chain)}`);
      value(
        await call('enterprise:mapSegment', {
          enterpriseId,
          segmentId,
          isPrimary: false,
          status: 'confirmed',
        }),
      );
      return { enterpriseId, segmentId };
    },
    'enterprise:merge': async () => ({
      survivorId: value<{ id: number }>(await call('enterprise:create', draft('调度测试企业己')))
        .id,
      otherId: value<{ id: number }>(await call('enterprise:create', draft('调度测试企业庚'))).id,
      picks: { name: 'survivor' },
    }),
  });

  it('covers every channel of the contract', () => {
    expect(Object.keys(inputs()).sort()).toEqual([...channels].sort());
  });

  it.each(channels)('%s answers with output valid against its schema', async (channel) => {
    const r = await call(channel, await inputs()[channel]());
    if (
      channel === 'workspace:open' ||
      channel === 'workspace:create' ||
      channel === 'workspace:copy' ||
      channel === 'workspace:recover'
    ) {
      // The browser shell has no native dialogs (and this bare context does not reopen files).
      expect(r.ok ? 'ok' : r.error.code).toBe('UNSUPPORTED');
      return;
    }
    const out = value(r);
    expect(contract[channel].output.safeParse(out).success).toBe(true);
  });

  it('reports the demo sizes in workspace:info', async () => {
    const info = value<{ name: string; stats: Record<string, number>; shell: string }>(
      await call('workspace:info', {}),
    );
    expect(info.name).toBe('demo.db');
    expect(info.shell).toBe('browser');
    expect(info.stats['clusters']).toBe(4);
    expect(info.stats['enterprises']).toBeGreaterThanOrEqual(40);
  });

  it('finds 小松 with enterprise:list', async () => {
    const out = value<{ total: number; rows: { name: string; mainProducts: string | null }[] }>(
      await call('enterprise:list', { query: '小松' }),
    );
    expect(out.total).toBeGreaterThanOrEqual(1);
    expect(out.rows.map((r) => r.name)).toContain('小松（山东）工程机械有限公司');
    expect(out.rows.map((r) => r.name)).toContain('株式会社小松制作所');
    // Search also looks at main products (the dealer sells 小松 machines), and at nothing unrelated.
    expect(out.rows.every((r) => `${r.name}${r.mainProducts ?? ''}`.includes('小松'))).toBe(true);
  });

  it('gives Komatsu’s detail with its local suppliers', async () => {
    const d = value<{ suppliers: { firm: { isLocal: boolean } }[]; segments: unknown[] }>(
      await call('enterprise:get', { id: ids.komatsu }),
    );
    expect(d.suppliers.filter((s) => s.firm.isLocal).length).toBeGreaterThanOrEqual(9);
    expect(d.segments.length).toBeGreaterThanOrEqual(2);
  });

  it('draws the excavator chain with its firms and links', async () => {
    const g = value<{ segments: unknown[]; firms: { id: unknown[] }; links: { id: unknown[] } }>(
      await call('graph:chain', { chainId: ids.chain }),
    );
    expect(g.segments.length).toBeGreaterThanOrEqual(15);
    expect(g.firms.id.length).toBeGreaterThan(10);
    expect(g.links.id.length).toBeGreaterThan(10);
  });
});

describe('dispatch failures', () => {
  it.each([
    ['segment:list', {}],
    ['segment:list', { chainId: 'one' }],
    ['enterprise:get', { id: -1 }],
    ['enterprise:list', { limit: 0 }],
    ['enterprise:list', { sort: { field: 'DROP TABLE enterprise', direction: 'asc' } }],
    ['cluster:list', { extra: true }],
    ['workspace:create', {}],
  ])('%s with %j is INVALID_INPUT', async (channel, input) => {
    const r = await call(channel, input);
    expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_INPUT');
    if (!r.ok) expect(r.error.message).toContain(channel);
  });

  it.each(['system:exec', 'toString', '__proto__', 42, undefined])(
    'unknown channel %j is INVALID_INPUT',
    async (channel) => {
      const r = await call(channel, {});
      expect(r.ok ? 'ok' : r.error.code).toBe('INVALID_INPUT');
    },
  );

  it('answers NO_WORKSPACE when none is open, but still lists recent files', async () => {
    for (const channel of ['workspace:info', 'cluster:list', 'enterprise:list'] as const) {
      const r = await call(channel, {}, () => undefined);
      expect(r.ok ? 'ok' : r.error.code).toBe('NO_WORKSPACE');
    }
    expect((await call('workspace:recent', {}, () => undefined)).ok).toBe(true);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const r = await call('enterprise:get', { id: 999_999 });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
    const g = await call('graph:chain', { chainId: 999_999 });
    expect(g.ok ? 'ok' : g.error.code).toBe('NOT_FOUND');
  });
});
