// The preload's dependency-free channel list must never drift from the contract table.
import { describe, expect, it } from 'vitest';

import { CHANNEL_NAMES } from '../../../../shared/ipc/channel-names.js';
import { contract } from '../../../../shared/ipc/contract.js';

describe('CHANNEL_NAMES', () => {
  it('equals the channels of the contract, in order', () => {
    expect([...CHANNEL_NAMES]).toEqual(Object.keys(contract));
  });
});
