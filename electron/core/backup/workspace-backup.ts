// Backups of a workspace, taken before a write that could lose data (an import today): an online
// SQLite copy (db.backup) into a `backups` folder beside the workspace. A backup counts only once
// the write it protects has happened: it is made under a `.partial` name, kept (renamed, then old
// ones pruned) after the write commits, and deleted if the write fails, so failed attempts never
// push real backups out of the kept few.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

import { isReadOnly } from '../db/open-database.js';
import { assertWriteLockFree, canWriteWorkspace } from '../db/write-access.js';
import { workspaceError } from '../db/workspace-errors.js';
import type { Workspace } from '../services/workspace.js';

export const KEEP_BACKUPS = 5;

/** Backups never need more room than this, whatever the workspace's size … */
const MIN_BACKUP_BYTES = 256 * 1024 * 1024;
/** … and otherwise at most this many times the workspace's own size. */
const BACKUP_SIZE_FACTOR = 3;

/**
 * The total size the kept backups may take: three workspaces' worth, at least 256 MiB, so a large
 * workspace cannot fill the disk with copies while a small one keeps its full count.
 */
export function backupBytesLimit(workspaceBytes: number): number {
  return Math.max(MIN_BACKUP_BYTES, BACKUP_SIZE_FACTOR * workspaceBytes);
}

const sizeOf = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/** Why a backup was taken; part of its file name. */
export type BackupReason = 'import' | 'before-restore' | 'before-edit' | 'daily' | 'manual';

export type PendingBackup = {
  /** Where the backup will be kept once the write succeeds (null: in-memory workspace). */
  readonly file: string | null;
  /** The write succeeded: keep this backup and prune the oldest beyond `keep`. */
  keep(): string | null;
  /** The write failed: remove this backup. */
  discard(): void;
};

/** Where backups live; only the file's path is needed, so a file that cannot be opened has them too. */
export type WorkspaceFile = Pick<Workspace, 'file'>;

export const backupDir = (ws: WorkspaceFile): string => join(dirname(ws.file), 'backups');

const PARTIAL = '.partial';
/** 2026-11-30T10-41-26-123Z: ISO time made safe for file names; sorts chronologically. */
const STAMP = /\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z/;

type Kept = { name: string; stamp: string; reason: string };

/** This workspace's kept backups, oldest first (including `before-import` ones of older versions). */
export function listBackups(ws: WorkspaceFile): Kept[] {
  const stem = basename(ws.file, extname(ws.file));
  let names: string[];
  try {
    names = readdirSync(backupDir(ws));
  } catch {
    return [];
  }
  const out: Kept[] = [];
  for (const name of names) {
    if (!name.startsWith(`${stem}.`) || !name.endsWith('.sqlite')) continue;
    const stamp = STAMP.exec(name.slice(stem.length))?.[0];
    if (!stamp) continue;
    const reason = name.includes('.before-import.')
      ? 'import'
      : (/\.([a-z-]+)\.sqlite$/.exec(name)?.[1] ?? '');
    out.push({ name, stamp, reason });
  }
  return out.sort((a, b) => a.stamp.localeCompare(b.stamp) || a.name.localeCompare(b.name));
}

/**
 * Keeps the newest of each reason always (the last good import's backup survives any number of
 * other backups), and of the newest `keep` those that fit, newest first, within `maxBytes` in all. Leftover `.partial` files are from attempts that died mid-write; SQLite rolled
 * those writes back, so the copies are redundant.
 */
export function pruneBackups(
  ws: Workspace,
  keep = KEEP_BACKUPS,
  maxBytes = backupBytesLimit(sizeOf(ws.file)),
): void {
  const dir = backupDir(ws);
  const kept = listBackups(ws);
  const newestOfReason = new Map(kept.map((b) => [b.reason, b.name]));
  const survivors = new Set(newestOfReason.values());
  let total = 0;
  for (const name of survivors) total += sizeOf(join(dir, name));
  // The newest `keep`, newest first, as long as they fit beside the ones always kept.
  for (const b of kept.slice(Math.max(0, kept.length - keep)).reverse()) {
    if (survivors.has(b.name)) continue;
    const bytes = sizeOf(join(dir, b.name));
    if (total + bytes > maxBytes) continue;
    survivors.add(b.name);
    total += bytes;
  }
  for (const b of kept) if (!survivors.has(b.name)) rmSync(join(dir, b.name), { force: true });
  const stem = basename(ws.file, extname(ws.file));
  for (const name of readdirSync(dir))
    if (name.startsWith(`${stem}.`) && name.endsWith(PARTIAL))
      rmSync(join(dir, name), { force: true });
}

/**
 * Refuses, before any copy is made, a write that cannot happen: a workspace opened read-only or
 * made read-only since, or another program holding the write lock (after the busy timeout).
 */
export function assertWritable(ws: Workspace): void {
  const memory = ws.file === ':memory:' || ws.file === '';
  if (ws.db.readonly || isReadOnly(ws.db) || (!memory && !canWriteWorkspace(ws.file)))
    throw workspaceError.readOnly(ws.file);
  assertWriteLockFree(ws.db, ws.file);
}

const noBackup: PendingBackup = { file: null, keep: () => null, discard: () => undefined };

/** Copies the workspace now; the caller keeps or discards the copy once its write is done. */
export async function startBackup(
  ws: Workspace,
  reason: BackupReason,
  keep = KEEP_BACKUPS,
): Promise<PendingBackup> {
  if (ws.file === ':memory:' || ws.file === '') return noBackup;
  const dir = backupDir(ws);
  mkdirSync(dir, { recursive: true });
  const stem = basename(ws.file, extname(ws.file));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(dir, `${stem}.${stamp}.${reason}.sqlite`);
  const partial = `${file}${PARTIAL}`;
  try {
    await ws.db.backup(partial);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
  let settled = false;
  return {
    file,
    keep() {
      if (settled) return file;
      settled = true;
      // The write has committed by now: a failure here must not turn it into an error.
      try {
        renameSync(partial, file);
      } catch {
        return partial;
      }
      try {
        pruneBackups(ws, keep);
      } catch {
        // An old backup that cannot be removed now is removed by a later prune.
      }
      return file;
    },
    discard() {
      if (settled) return;
      settled = true;
      rmSync(partial, { force: true });
    },
  };
}
