// The shape of the handler table: one function per contract channel, given the shell and the parsed
// input. Its own module so the per-area handler files and the table that joins them import no cycle.
import type { Channel, ChannelOutput, ChannelParsedInput } from '../../../shared/ipc/contract.js';
import type { ShellContext } from './shell-context.js';

export type Handler<C extends Channel> = (
  ctx: ShellContext,
  input: ChannelParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export type Handlers = { [C in Channel]: Handler<C> };
