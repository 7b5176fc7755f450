// How a CLI command that changes a workspace opens it: holding the workspace lock, so it is refused
// while the desktop app or browser mode has the file open, and they are refused while it runs.
import type { OpenOptions } from '../core/db/open-database.js';

export const CLI_WRITER: OpenOptions = { exclusive: 'ChainAtlas 命令行 / command line' };
