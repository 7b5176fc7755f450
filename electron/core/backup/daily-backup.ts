// The daily backup: the first time a workspace is opened on a calendar day (the computer's local
// day), a copy with reason `daily` is kept; the usual pruning bounds how many stay. It never stops
// the workspace from opening: a read-only or busy file, or a full disk, just means no copy today.
import type { Workspace } from '../services/workspace.js';
import { stampTime } from './backup-list.js';
import { assertWritable, listBackups, startBackup } from './workspace-backup.js';

const localDay = (d: Date): string =>
  `${String(d.getFullYear())}-${String(d.getMonth() + 1)}-${String(d.getDate())}`;

/** True when this workspace already has a daily backup from `now`'s local day. */
export function hasDailyBackup(ws: Workspace, now: Date): boolean {
  return listBackups(ws).some(
    (b) => b.reason === 'daily' && localDay(new Date(stampTime(b.stamp))) === localDay(now),
  );
}

/** Takes today's daily backup if there is none yet; answers its file, or null when none was made. */
export async function dailyBackup(ws: Workspace, now = new Date()): Promise<string | null> {
  if (ws.file === ':memory:' || ws.file === '') return null;
  try {
    if (hasDailyBackup(ws, now)) return null;
    assertWritable(ws);
    const pending = await startBackup(ws, 'daily');
    return pending.keep();
  } catch {
    return null;
  }
}
