// What each api channel does to the renderer's cached answers: reads are cached, writes name the
// reads they make stale. Typed over every channel, so a new channel does not compile until it is here.
import type { Channel } from '../../shared/ipc/contract.js';

export type ChannelEffect =
  /**
   * Answers are cached by [channel, input] and shown again while a newer one loads. `fixed`: the
   * answer is about one import preview, fixed by its id, so no write changes it.
   */
  | { kind: 'read'; fixed?: true }
  /** Changes nothing a read shows: downloads, progress polls, cancels, dry runs. */
  | { kind: 'command' }
  /** Changes stored data: these reads (any input) are refetched if on screen, else fetched fresh. */
  | { kind: 'write'; stale: readonly Channel[] | 'all' }
  /** Opens another workspace: every cached answer belongs to the old one and is dropped. */
  | { kind: 'switch' };

const read = { kind: 'read' } as const;
const previewRead = { kind: 'read', fixed: true } as const;
const command = { kind: 'command' } as const;
const switchWorkspace = { kind: 'switch' } as const;
const write = (...stale: Channel[]): ChannelEffect => ({ kind: 'write', stale });
/** An import can change every table, so every answer is refetched. */
const writesAll: ChannelEffect = { kind: 'write', stale: 'all' };

/** Everything a segment's state or a firm's rates feed: thresholds and leads both move them. */
const ANALYSIS: readonly Channel[] = [
  'analysis:run',
  'analysis:targets',
  'analysis:anchor',
  'analysis:tiers',
  'snapshot:compare',
  'network:graph',
  'network:locate',
  'network:focus',
];

/** A lead shows in the leads board, the header's lead count, its firm's drawer and the analysis. */
const LEADS = write('lead:list', 'workspace:info', 'enterprise:get', ...ANALYSIS);

/** A supply link shows in both firms' drawers, the register's counts, the header, maps and analysis. */
const LINKS = write(
  'enterprise:get',
  'enterprise:list',
  'workspace:info',
  'graph:chain',
  'graph:cluster',
  ...ANALYSIS,
);

export const CHANNEL_EFFECTS: Record<Channel, ChannelEffect> = {
  'workspace:info': read,
  'workspace:recent': read,
  'workspace:open': switchWorkspace,
  'workspace:create': switchWorkspace,
  'cluster:list': read,
  'chain:list': read,
  'segment:list': read,
  'enterprise:list': read,
  'enterprise:get': read,
  'graph:chain': read,
  'graph:cluster': read,
  'analysis:run': read,
  'analysis:targets': read,
  'analysis:anchor': read,
  'analysis:tiers': read,
  'analysis:report': command,
  'snapshot:save': write('snapshot:list'),
  'snapshot:list': read,
  'snapshot:compare': read,
  'lead:list': read,
  'lead:create': LEADS,
  'lead:update': LEADS,
  'lead:delete': LEADS,
  'settings:get': read,
  'settings:set': write('settings:get', ...ANALYSIS),
  'import:ready': command,
  'import:preview': command,
  'import:rows': previewRead,
  'import:consequences': previewRead,
  'import:commit': writesAll,
  'import:cancel': command,
  'import:progress': command,
  'import:runs': read,
  'import:template': command,
  'export:file': command,
  'map:export': command,
  'map:exportAll': command,
  'map:progress': command,
  'map:cancel': command,
  'map:report': command,
  'network:graph': read,
  'network:locate': read,
  // Positions are part of network:graph, but the page that saved them already shows them and a
  // refetch would redraw the graph under the user's hand; the next mount reads them fresh.
  'network:savePositions': write(),
  'network:focus': read,
  'template:list': read,
  'template:get': read,
  // A template adds clusters, chains and segments: every map, list and analysis may change.
  'template:add': writesAll,
  'template:export': command,
  'template:import': writesAll,
  'backup:list': read,
  'backup:create': write('backup:list'),
  // A restore replaces every table with the backup's rows.
  'backup:restore': writesAll,
  'workspace:recovery': read,
  // The recovered file is another workspace as far as every cached answer is concerned.
  'workspace:recover': switchWorkspace,
  'workspace:copy': command,
  'edit:state': read,
  // Undo and redo can reverse any hand edit (a firm, a link, a segment tree): every answer is refetched.
  'edit:undo': writesAll,
  'edit:redo': writesAll,
  // A hand-made link changes its firms' drawers and counts, the header, the maps and the analysis.
  'link:create': LINKS,
  'link:update': LINKS,
  'link:delete': LINKS,
  'taxonomy:tree': read,
  'taxonomy:impact': read,
  // A cluster, chain or segment feeds every list, map and analysis (and a delete changes firms'
  // 挂链, links and leads): every answer is refetched.
  'cluster:create': writesAll,
  'cluster:update': writesAll,
  'cluster:delete': writesAll,
  'chain:create': writesAll,
  'chain:update': writesAll,
  'chain:delete': writesAll,
  'segment:create': writesAll,
  'segment:update': writesAll,
  'segment:move': writesAll,
  'segment:delete': writesAll,
  'enterprise:editable': read,
  'enterprise:duplicates': read,
  // A firm's fields, 挂链 and links feed the register, the maps, the network and the analysis, and
  // the header counts firms: a hand edit of a firm can change any of them.
  'enterprise:create': writesAll,
  'enterprise:update': writesAll,
  'enterprise:delete': writesAll,
  'enterprise:mapSegment': writesAll,
  'enterprise:unmapSegment': writesAll,
  'enterprise:merge': writesAll,
};

/** Whether a successful `channel` call can change the supply network's answer. */
export function changesNetwork(channel: Channel): boolean {
  const effect = CHANNEL_EFFECTS[channel];
  if (effect.kind === 'switch') return true;
  return (
    effect.kind === 'write' && (effect.stale === 'all' || effect.stale.includes('network:graph'))
  );
}
