// One writer per workspace: a program that opens a workspace to change it (the desktop app, browser
// mode, a CLI command that writes) holds `<file>.lock`, naming itself (program, pid, host, start).
// Another such program is refused with a clear message instead of becoming a second writer. A lock
// whose process is gone (crash, SIGKILL, power loss) is stale and taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

import { workspaceError } from './workspace-errors.js';

export type LockHolder = {
  program: string;
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
  /** Linux: the process's start time in clock ticks after boot, so a reused pid is not mistaken. */
  procStart?: string;
};

export const lockFileOf = (file: string): string => `${file}.lock`;

/** Field 22 of /proc/<pid>/stat (after the command name, which may hold spaces). */
function procStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function alive(holder: LockHolder): boolean {
  // Another computer's process cannot be checked: its lock is respected.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
  const now = procStart(holder.pid);
  return holder.procStart === undefined || now === undefined || now === holder.procStart;
}

function readHolder(lock: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(lock, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/** Locks held by this process, by lock file, with how many connections share each. */
const held = new Map<string, { holder: string; count: number }>();
let exitHook = false;

/**
 * Takes the workspace's lock for `program`, or throws WORKSPACE_BUSY naming the program that holds
 * it. Answers the release (idempotent). Connections of one process share the lock.
 */
export function acquireWorkspaceLock(file: string, program: string): () => void {
  const lock = lockFileOf(file);
  const mine = held.get(lock);
  if (mine) {
    mine.count++;
    return once(() => {
      release(lock);
    });
  }
  const holder: LockHolder = {
    program,
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    ...(procStart(process.pid) ? { procStart: procStart(process.pid) } : {}),
  };
  const text = JSON.stringify(holder);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, text, { flag: 'wx' });
      held.set(lock, { holder: text, count: 1 });
      if (!exitHook) {
        exitHook = true;
        process.on('exit', () => {
          for (const l of held.keys()) removeIfOurs(l);
        });
      }
      return once(() => {
        release(lock);
      });
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e;
      const other = readHolder(lock);
      if (other && alive(other)) throw workspaceError.inUse(file, other);
      // Stale (its process is gone) or unreadable (a crash while writing it): take it over.
      rmSync(lock, { force: true });
    }
  }
  throw workspaceError.busy(file);
}

function release(lock: string): void {
  const mine = held.get(lock);
  if (!mine) return;
  mine.count--;
  if (mine.count > 0) return;
  removeIfOurs(lock);
  held.delete(lock);
}

function removeIfOurs(lock: string): void {
  const text = held.get(lock)?.holder;
  try {
    if (text !== undefined && readFileSync(lock, 'utf8') === text) rmSync(lock, { force: true });
  } catch {
    // Already gone.
  }
}

const once = (fn: () => void): (() => void) => {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
};
