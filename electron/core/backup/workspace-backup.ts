// Backups of a workspace, taken before a write that could lose data (an import today): an online
// SQLite copy (db.backup) into a `backups` folder beside the workspace. A backup counts only once
// the write it protects has happened: it is made under a `.partial` name, kept (renamed, then old
// ones pruned) after the write commits, and deleted if the write fails, so failed attempts never
// push real backups out of the kept few.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

import { isReadOnly } from '../db/open-database.js';
import { assertWriteLockFree, canWriteWorkspace } from '../db/write-access.js';
import { workspaceError } from '../db/workspace-errors.js';
import type { Workspace } from '../services/workspace.js';

export const KEEP_BACKUPS = 5;

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

export const backupDir = (ws: Workspace): string => join(dirname(ws.file), 'backups');

const PARTIAL = '.partial';
/** 2026-11-30T10-41-26-123Z: ISO time made safe for file names; sorts chronologically. */
const STAMP = /\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z/;

type Kept = { name: string; stamp: string; reason: string };

/** This workspace's kept backups, oldest first (including `before-import` ones of older versions). */
export function listBackups(ws: Workspace): Kept[] {
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
 * Keeps the newest `keep` backups, and always the newest of each reason (the last good import's
 * backup survives any number of other backups). Leftover `.partial` files are from attempts that
 * died mid-write; SQLite rolled those writes back, so the copies are redundant.
 */
export function pruneBackups(ws: Workspace, keep = KEEP_BACKUPS): void {
  const dir = backupDir(ws);
  const kept = listBackups(ws);
  const newestOfReason = new Map(kept.map((b) => [b.reason, b.name]));
  const survivors = new Set([
    ...kept.slice(Math.max(0, kept.length - keep)).map((b) => b.name),
    ...newestOfReason.values(),
  ]);
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
