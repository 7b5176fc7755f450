// `npm run serve` entry: opens the workspace (creating the demo one on first run) and serves
// browser mode on 127.0.0.1. Prints exactly one stdout line: the URL to open, with its token.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { isReadOnly } from '../core/db/open-database.js';
import { asWorkspaceError, WorkspaceOpenError } from '../core/db/workspace-errors.js';
import { seedDemoWorkspace } from '../core/demo/seed-demo.js';
import { backupOnOpen } from '../core/services/backup-service.js';
import { closeWorkspace, openWorkspace, type Workspace } from '../core/services/workspace.js';
import { defaultWorkspaceFile } from '../core/user-data.js';
import { browserContext } from './browser-context.js';
import { startHost } from './server.js';

export const DEFAULT_PORT = 5178;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      db: { type: 'string' },
      renderer: { type: 'string' },
    },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`端口无效 / invalid --port: ${String(values.port)}\n`);
    process.exitCode = 2;
    return;
  }
  const file = values.db ? resolve(values.db) : defaultWorkspaceFile();
  const isNew = !existsSync(file);
  mkdirSync(dirname(file), { recursive: true });
  // A file or folder that is not writable still opens, for reading: writes answer READ_ONLY.
  const open = (path: string): Workspace =>
    openWorkspace(path, {
      fallbackToReadOnly: true,
      exclusive: 'ChainAtlas 浏览器模式 / browser mode',
    });
  const start = openOrDamaged(file, open);
  let ws = start instanceof WorkspaceOpenError ? undefined : start;
  if (start instanceof WorkspaceOpenError) {
    // Served anyway: the page says the file is damaged and offers its latest good backup.
    process.stderr.write(
      `${start.zh}\n${start.en}\n可在浏览器页面中恢复最近的完好备份，或运行 / restore in the page, or run: npm run cli -- backup recover --db "${file}"\n`,
    );
  } else if (isNew) seedDemoWorkspace(start.db);
  // The first open of the day keeps a copy (never stops the start: see daily-backup.ts).
  else await backupOnOpen(start);
  if (ws && isReadOnly(ws.db)) {
    process.stderr.write(
      `工作区文件或其文件夹是只读的，以只读方式打开，不能修改 / the workspace file or its folder is read-only: opened for reading, changes are refused\n`,
    );
  }
  const rendererDir = resolve(values.renderer ?? join(process.cwd(), 'out', 'renderer'));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write(
      `找不到界面文件 / renderer not built: ${rendererDir} (run npm run build:renderer)\n`,
    );
    process.exitCode = 1;
    if (ws) closeWorkspace(ws);
    return;
  }
  const ctx = browserContext({
    start,
    reopen: open,
    onOpened: (opened) => {
      ws = opened;
    },
  });
  const host = await startHost({ port, rendererDir, ctx });
  const stop = (): void => {
    void host.close().then(() => {
      process.exit(ws ? closeQuietly(ws) : 0);
    });
  };
  // Listening before the URL is printed: whoever reads the URL may stop us right away.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.stdout.write(`${host.url}\n`);
  process.stderr.write(`工作区 / workspace: ${file}\n按 Ctrl+C 退出 / Ctrl+C to stop\n`);
}

/** A damaged file does not stop the start (the page offers recovery); every other refusal does. */
function openOrDamaged(
  file: string,
  open: (path: string) => Workspace,
): Workspace | WorkspaceOpenError {
  try {
    return open(file);
  } catch (e) {
    if (e instanceof WorkspaceOpenError && e.code === 'CORRUPT') return e;
    throw e;
  }
}

/** Stopping must never end in a stack trace: a failed final checkpoint is reported in one line. */
function closeQuietly(ws: Workspace): number {
  try {
    closeWorkspace(ws);
    return 0;
  } catch (e) {
    process.stderr.write(
      `关闭工作区失败 / closing the workspace failed: ${(e as Error).message}\n`,
    );
    return 1;
  }
}

main().catch((e: unknown) => {
  const known = asWorkspaceError(e, '');
  process.stderr.write(
    known ? `${known.zh}\n${known.en}\n` : `${e instanceof Error ? e.message : String(e)}\n`,
  );
  process.exitCode = 1;
});
