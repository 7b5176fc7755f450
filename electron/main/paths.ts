// Where the desktop app keeps its data: the default workspace file and the recent-workspaces list
// in Electron's userData folder (the same file browser mode and the CLI default to, core/user-data.ts). CHAINATLAS_USER_DATA (data folder) and CHAINATLAS_DB (workspace file)
// override them, so tests never touch a real profile.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

import { DEFAULT_WORKSPACE_FILE_NAME } from '../core/user-data.js';

export const RECENT_FILE_NAME = 'recent-workspaces.json';
export const RECENT_LIMIT = 8;

export type DesktopPaths = {
  /** The folder for app data (Electron's userData unless overridden). */
  dataDir: string;
  /** The workspace opened on start; created with the demo data when missing. */
  defaultWorkspace: string;
  /** JSON list of recently opened workspace files. */
  recentFile: string;
};

type Env = Readonly<Record<string, string | undefined>>;

/** Folder override, read before Electron's app is ready (it must move the Chromium profile too). */
export const userDataOverride = (env: Env): string | undefined =>
  env['CHAINATLAS_USER_DATA'] ? resolve(env['CHAINATLAS_USER_DATA']) : undefined;

export function resolveDesktopPaths(userDataDir: string, env: Env): DesktopPaths {
  const dataDir = userDataOverride(env) ?? userDataDir;
  const db = env['CHAINATLAS_DB'];
  return {
    dataDir,
    defaultWorkspace: db ? resolve(db) : join(dataDir, DEFAULT_WORKSPACE_FILE_NAME),
    recentFile: join(dataDir, RECENT_FILE_NAME),
  };
}

/** Reads the recent list; a missing or damaged file is an empty list, never an error. */
export function readRecent(recentFile: string): string[] {
  try {
    const parsed: unknown = JSON.parse(readFileSync(recentFile, 'utf8'));
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((p): p is string => typeof p === 'string' && p.length > 0)
      .slice(0, RECENT_LIMIT);
  } catch {
    return [];
  }
}

/** Moves `file` to the front (no duplicates, at most RECENT_LIMIT) and saves atomically. */
export function pushRecent(recentFile: string, file: string): string[] {
  const abs = resolve(file);
  const next = [abs, ...readRecent(recentFile).filter((p) => p !== abs)].slice(0, RECENT_LIMIT);
  writeRecent(recentFile, next);
  return next;
}

export function removeRecent(recentFile: string, file: string): string[] {
  const next = readRecent(recentFile).filter((p) => p !== resolve(file));
  writeRecent(recentFile, next);
  return next;
}

function writeRecent(recentFile: string, list: string[]): void {
  mkdirSync(dirname(recentFile), { recursive: true });
  const tmp = `${recentFile}.tmp`;
  writeFileSync(tmp, JSON.stringify(list, null, 2));
  renameSync(tmp, recentFile);
}

/** The shape the renderer sees: file name and folder, for display only. */
export const describeRecent = (list: string[]): { name: string; location: string }[] =>
  list.map((file) => ({ name: basename(file), location: dirname(file) }));

export const workspaceExists = (file: string): boolean => existsSync(file);
