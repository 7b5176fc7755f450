// One valid call per contract channel, in an order where each input can use what earlier answers
// returned (ids, a preview to commit). Typed over every Channel, so a new channel without a call
// here fails the typecheck instead of silently going untested.
import { withUsccCheckChar } from '../../../../shared/domain/uscc.js';
import type { Channel, ChannelInput } from '../../../../shared/ipc/contract.js';
import { enterpriseDraftInput } from '../../../support/enterprise-draft.js';

/** Answers so far, by channel. */
export type Got = Partial<Record<Channel, unknown>>;

const idOf = (v: unknown): number => {
  const first: unknown = Array.isArray(v) ? v[0] : v;
  const id = (first as { id?: unknown; clusterId?: unknown } | undefined)?.id;
  if (typeof id !== 'number') throw new Error(`no id in ${JSON.stringify(first)}`);
  return id;
};

const csv = (name: string): string =>
  Buffer.from(
    `\uFEFF企业名称,统一社会信用代码\n${name},${withUsccCheckChar('91370800MA3C0ALL1')}\n`,
  ).toString('base64');

const previewId = (got: Got): string => (got['import:preview'] as { id: string }).id;

const linkId = (got: Got): number => (got['link:create'] as { link: { id: number } }).link.id;
const linkFields = (got: Got): ChannelInput<'link:create'>['fields'] => ({
  supplierId: idOf((got['enterprise:list'] as { rows: unknown[] }).rows.slice(1)),
  buyerId: idOf((got['enterprise:list'] as { rows: unknown[] }).rows),
  product: '全通道产品',
  segmentId: null,
  amount: null,
  share: null,
  source: 'inferred',
  yearFrom: null,
  yearTo: null,
});

export const CALLS: { [C in Channel]: (got: Got) => ChannelInput<C> } = {
  'workspace:info': () => ({}),
  'workspace:recent': () => ({}),
  'workspace:open': () => ({}),
  'workspace:create': () => ({ demo: false }),
  'cluster:list': () => ({}),
  'chain:list': (got) => ({ clusterId: idOf(got['cluster:list']) }),
  'segment:list': (got) => ({ chainId: idOf(got['chain:list']) }),
  'enterprise:list': () => ({ limit: 5 }),
  'enterprise:get': (got) => ({ id: idOf((got['enterprise:list'] as { rows: unknown[] }).rows) }),
  'graph:chain': (got) => ({ chainId: idOf(got['chain:list']) }),
  'graph:cluster': (got) => ({ clusterId: idOf(got['cluster:list']) }),
  'analysis:run': () => ({}),
  'analysis:targets': (got) => ({ chainId: idOf(got['chain:list']) }),
  'analysis:anchor': (got) => ({
    enterpriseId: idOf((got['enterprise:list'] as { rows: unknown[] }).rows),
  }),
  'analysis:tiers': (got) => ({
    enterpriseId: idOf((got['enterprise:list'] as { rows: unknown[] }).rows),
  }),
  'analysis:report': () => ({}),
  'snapshot:save': () => ({ name: '全通道检查' }),
  'snapshot:list': () => ({}),
  'snapshot:compare': (got) => ({ fromId: idOf(got['snapshot:save']) }),
  'lead:list': () => ({}),
  'lead:create': () => ({ targetName: '全通道线索' }),
  'lead:update': (got) => ({ id: idOf(got['lead:create']), stage: 'contact' }),
  // Undo takes the stage change back and redo makes it again, before the lead is deleted.
  'edit:state': () => ({}),
  'edit:undo': () => ({}),
  'edit:redo': () => ({}),
  'lead:delete': (got) => ({ id: idOf(got['lead:create']) }),
  'settings:get': () => ({}),
  'settings:set': () => ({}),
  'import:template': () => ({}),
  'export:file': () => ({ format: 'csv', what: 'enterprises' }),
  'import:ready': () => ({}),
  'import:preview': () => ({
    files: [{ name: '全通道.csv', base64: csv('全通道检查企业') }],
    requestId: 'all-channels',
  }),
  'import:rows': (got) => ({ id: previewId(got) }),
  'import:consequences': (got) => ({ id: previewId(got) }),
  'import:progress': () => ({ requestId: 'all-channels' }),
  'import:commit': (got) => ({ id: previewId(got) }),
  'import:cancel': (got) => ({ id: previewId(got) }),
  'import:runs': () => ({}),
  'map:export': (got) => ({
    view: { kind: 'chain', chainId: idOf(got['chain:list']) },
    format: 'svg',
    requestId: 'all-channels-map',
  }),
  'map:progress': () => ({ requestId: 'all-channels-map' }),
  'map:cancel': () => ({ requestId: 'all-channels-map' }),
  'map:report': (got) => ({ view: { kind: 'chain', chainId: idOf(got['chain:list']) } }),
  'map:exportAll': () => ({ format: 'svg' }),
  'network:graph': (got) => ({ filter: { chainId: idOf(got['chain:list']) } }),
  'network:locate': (got) => ({
    filter: {},
    firmIds: [idOf((got['enterprise:list'] as { rows: unknown[] }).rows)],
  }),
  'network:savePositions': () => ({
    viewKey: 'network?group=cluster',
    positions: [{ id: 'g:none', x: 1, y: 2, pinned: false }],
  }),
  'network:focus': (got) => ({
    enterpriseId: idOf((got['enterprise:list'] as { rows: unknown[] }).rows),
  }),
  'template:list': () => ({}),
  'template:get': () => ({ id: 'smart-terminals' }),
  'template:add': () => ({ id: 'smart-terminals', newCluster: '信息产业', onConflict: 'copy' }),
  'template:export': () => ({ id: 'mining-equipment' }),
  'template:import': (got) => ({
    file: {
      name: '矿山装备.xlsx',
      base64: (got['template:export'] as { base64: string }).base64,
    },
    onConflict: 'merge',
  }),
  'backup:list': () => ({}),
  'backup:create': () => ({}),
  'backup:restore': (got) => ({ id: (got['backup:create'] as { id: string }).id }),
  'workspace:recovery': () => ({}),
  // Replaces the open file by the backup just taken (the file is kept aside) and reopens it.
  'workspace:recover': (got) => ({ id: (got['backup:create'] as { id: string }).id }),
  'workspace:copy': () => ({}),
  'link:create': (got) => ({ fields: linkFields(got), allowDuplicate: true }),
  'link:update': (got) => ({ id: linkId(got), fields: { ...linkFields(got), amount: 3 } }),
  'link:delete': (got) => ({ id: linkId(got) }),
  'taxonomy:tree': () => ({}),
  'taxonomy:impact': (got) => ({ kind: 'chain', id: idOf(got['chain:list']) }),
  'cluster:create': () => ({ name: '全通道集群' }),
  'cluster:update': (got) => ({ id: idOf(got['cluster:create']), name: '全通道集群（改名）' }),
  'cluster:delete': (got) => ({ id: idOf(got['cluster:create']) }),
  'chain:create': (got) => ({ clusterId: idOf(got['cluster:list']), name: '全通道产业链' }),
  'chain:update': (got) => ({ id: idOf(got['chain:create']), owner: '李四' }),
  'chain:delete': (got) => ({ id: idOf(got['chain:create']) }),
  'segment:create': (got) => ({
    chainId: idOf(got['chain:list']),
    parentId: null,
    fields: { name: '全通道环节', stage: 'downstream', isKey: false, targetCount: null },
  }),
  'segment:update': (got) => ({
    id: idOf(got['segment:create']),
    fields: { name: '全通道环节', stage: 'downstream', isKey: true, targetCount: 2 },
  }),
  'segment:move': (got) => ({ id: idOf(got['segment:create']), parentId: null, index: 0 }),
  'segment:delete': (got) => ({ id: idOf(got['segment:create']) }),
  'enterprise:editable': (got) => ({ id: firstFirm(got) }),
  'enterprise:duplicates': (got) => ({ name: firstName(got) }),
  'enterprise:create': () => draft('桌面通道测试企业'),
  'enterprise:update': (got) => ({
    id: idOf(got['enterprise:create']),
    draft: draft('桌面通道测试企业（改名）'),
  }),
  'enterprise:mapSegment': (got) => ({
    enterpriseId: idOf(got['enterprise:create']),
    segmentId: idOf(got['segment:list']),
    isPrimary: true,
    status: 'confirmed',
  }),
  'enterprise:unmapSegment': (got) => ({
    enterpriseId: idOf(got['enterprise:create']),
    segmentId: idOf(got['segment:list']),
  }),
  'enterprise:merge': (got) => ({
    survivorId: firstFirm(got),
    otherId: idOf(got['enterprise:create']),
    picks: {},
  }),
  // Last: the firm the edits above used goes (merged already, so this is the survivor's neighbour).
  'enterprise:delete': (got) => ({
    id: idOf((got['enterprise:list'] as { rows: unknown[] }).rows.slice(1)),
  }),
};

const firstFirm = (got: Got): number => idOf((got['enterprise:list'] as { rows: unknown[] }).rows);
const firstName = (got: Got): string =>
  (got['enterprise:list'] as { rows: { name: string }[] }).rows[0]?.name ?? '';

/** A blank outside firm with only a name, as the create form would send it. */
const draft = (name: string): ChannelInput<'enterprise:create'> => enterpriseDraftInput(name);
