// A workspace: one open SQLite file and its path. Services receive it; shells own its lifetime.
import { basename, dirname } from 'node:path';

import type Database from 'better-sqlite3';

import { closeDatabase, openDatabase, type OpenOptions } from '../db/open-database.js';

export type Workspace = { readonly db: Database.Database; readonly file: string };

export function openWorkspace(file: string, options: OpenOptions = {}): Workspace {
  return { db: openDatabase(file, options), file };
}

export function closeWorkspace(ws: Workspace): void {
  closeDatabase(ws.db);
}

export const workspaceName = (ws: Workspace): string => basename(ws.file);
export const workspaceLocation = (ws: Workspace): string => dirname(ws.file);
