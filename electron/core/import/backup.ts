// Automatic backup before an import commits: an online SQLite backup (db.backup) into a `backups`
// folder beside the workspace, keeping the newest few per workspace.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

import type { Workspace } from '../services/workspace.js';

export const KEEP_BACKUPS = 5;

export const backupDir = (ws: Workspace): string => join(dirname(ws.file), 'backups');

/** Returns the backup's path, or null for an in-memory workspace. */
export async function backupWorkspace(ws: Workspace, keep = KEEP_BACKUPS): Promise<string | null> {
  if (ws.file === ':memory:' || ws.file === '') return null;
  const dir = backupDir(ws);
  mkdirSync(dir, { recursive: true });
  const stem = basename(ws.file, extname(ws.file));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `${stem}.before-import.${stamp}.sqlite`);
  await ws.db.backup(target);
  const mine = readdirSync(dir)
    .filter((f) => f.startsWith(`${stem}.before-import.`) && f.endsWith('.sqlite'))
    .sort();
  for (const old of mine.slice(0, Math.max(0, mine.length - keep)))
    rmSync(join(dir, old), { force: true });
  return target;
}
