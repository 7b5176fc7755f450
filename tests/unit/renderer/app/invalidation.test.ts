// The table of what each api channel does to cached answers covers every channel of the contract,
// and a write names only reads, so a new channel or a misfiled one fails here (and in tsc).
import { describe, expect, it } from 'vitest';

import { CHANNEL_EFFECTS } from '../../../../renderer/app/invalidation.js';
import { CHANNEL_NAMES } from '../../../../shared/ipc/channel-names.js';
import { contract, type Channel } from '../../../../shared/ipc/contract.js';

const channels = Object.keys(contract) as Channel[];

describe('the channel effects table', () => {
  it('classifies exactly the channels of the contract and of the preload allow-list', () => {
    expect(Object.keys(CHANNEL_EFFECTS).sort()).toEqual([...channels].sort());
    expect(Object.keys(CHANNEL_EFFECTS).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('lets a write make stale only channels that are cached reads', () => {
    for (const channel of channels) {
      const effect = CHANNEL_EFFECTS[channel];
      if (effect.kind !== 'write' || effect.stale === 'all') continue;
      for (const stale of effect.stale) {
        expect(CHANNEL_EFFECTS[stale].kind, `${channel} → ${stale}`).toBe('read');
      }
    }
  });

  it('files every channel that changes stored data as a write or a workspace switch', () => {
    // Names that say "this changes the workspace": a channel so named must never be a plain read
    // or command, or its changes would never reach the screen.
    const changing = channels.filter((c) =>
      /:(create|update|delete|set|save|commit|open|remove|merge|rename|move|undo|redo)/i.test(c),
    );
    expect(changing.length).toBeGreaterThan(5);
    for (const channel of changing) {
      expect(['write', 'switch'], channel).toContain(CHANNEL_EFFECTS[channel].kind);
    }
  });

  it('refreshes what a user sees change after the writes of the app', () => {
    const staleOf = (c: Channel) => {
      const e = CHANNEL_EFFECTS[c];
      return e.kind === 'write' ? e.stale : [];
    };
    // The header's lead count, the board and the segment states follow a new or moved lead.
    for (const write of ['lead:create', 'lead:update'] as const) {
      expect(staleOf(write)).toEqual(
        expect.arrayContaining(['lead:list', 'workspace:info', 'analysis:run', 'snapshot:compare']),
      );
    }
    // New thresholds change states everywhere, and the settings form itself.
    expect(staleOf('settings:set')).toEqual(
      expect.arrayContaining(['settings:get', 'analysis:run', 'analysis:targets']),
    );
    expect(staleOf('snapshot:save')).toContain('snapshot:list');
    expect(staleOf('import:commit')).toBe('all');
  });
});
