// ShellContext for browser mode and the CLI: one workspace file chosen on the command line;
// opening and creating other files needs native dialogs, which only the desktop shell has. A file
// that could not be opened (damaged) is remembered, so the page can say why and offer recovery.
import type { ShellContext } from '../core/api/shell-context.js';
import { unsupportedInBrowser } from '../core/api/shell-context.js';
import { workspaceError, type WorkspaceOpenError } from '../core/db/workspace-errors.js';
import { recoverWorkspace } from '../core/services/workspace-recovery.js';
import type { Workspace } from '../core/services/workspace.js';

export type BrowserWorkspace = {
  /** The open workspace, or the reason its file could not be opened. */
  start: Workspace | WorkspaceOpenError;
  /** Opens a recovered file the way the host opens its workspace. */
  reopen?: (file: string) => Workspace;
  /** Told when the open workspace changes (the host closes the new one when it stops). */
  onOpened?: (ws: Workspace) => void;
};

const isWorkspace = (v: object): v is Workspace => 'db' in v;

export function browserContext(source: Workspace | BrowserWorkspace): ShellContext {
  const options: BrowserWorkspace = isWorkspace(source) ? { start: source } : source;
  let current = isWorkspace(options.start) ? options.start : undefined;
  let problem = isWorkspace(options.start) ? undefined : options.start;
  const { reopen } = options;
  return {
    shell: 'browser',
    current: () => current,
    recent: () => [],
    openWorkspace: () => Promise.resolve(unsupportedInBrowser()),
    createWorkspace: () => Promise.resolve(unsupportedInBrowser()),
    openProblem: () => (current ? undefined : problem),
    ...(reopen
      ? {
          recover: (file: string, id: string) =>
            recoverWorkspace(file, current, id, {
              detach: () => {
                current = undefined;
                problem = workspaceError.corrupt(file);
              },
              open: (file) => {
                current = reopen(file);
                problem = undefined;
                options.onOpened?.(current);
              },
            }),
        }
      : {}),
  };
}
