// The shape of the api object the renderer calls: one async method per channel, derived from the contract.
import type { Channel, ChannelInput, ChannelOutput } from './contract.js';
import type { Result } from './result.js';

export type Api = {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
};
