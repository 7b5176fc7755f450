// The channel names of the api contract as a dependency-free list, for the sandboxed preload's
// allow-list (it cannot pull zod). A unit test keeps it equal to Object.keys(contract).
export const CHANNEL_NAMES = [
  'workspace:info',
  'workspace:recent',
  'workspace:open',
  'workspace:create',
  'cluster:list',
  'chain:list',
  'segment:list',
  'enterprise:list',
  'enterprise:get',
  'graph:chain',
  'graph:cluster',
  'analysis:run',
  'analysis:targets',
  'analysis:anchor',
  'analysis:tiers',
  'analysis:report',
  'snapshot:save',
  'snapshot:list',
  'snapshot:compare',
  'lead:list',
  'lead:create',
  'lead:update',
  'settings:get',
  'settings:set',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];
