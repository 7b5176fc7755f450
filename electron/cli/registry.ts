// The list of subcommands. Each lives in ./commands/<name>.ts.
import type { Command } from './command.js';

export const commands: readonly Command[] = [];
