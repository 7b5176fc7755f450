// ShellContext for browser mode and the CLI: one workspace file chosen on the command line;
// opening and creating other files needs native dialogs, which only the desktop shell has.

import type { ShellContext } from '../core/api/shell-context.js';
import { unsupportedInBrowser } from '../core/api/shell-context.js';
import type { Workspace } from '../core/services/workspace.js';

export function browserContext(ws: Workspace): ShellContext {
  return {
    shell: 'browser',
    current: () => ws,
    recent: () => [],
    openWorkspace: () => Promise.resolve(unsupportedInBrowser()),
    createWorkspace: () => Promise.resolve(unsupportedInBrowser()),
  };
}
