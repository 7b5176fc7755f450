// Previewed imports waiting for the user's commit (the wizard's preview → commit steps), held in the
// shell process by random id, one per workspace file, so the renderer never re-uploads the files;
// previews still being read, so a cancel can stop the parser process; and the latest progress of
// each running preview or commit, for the wizard's polling.
import { randomUUID } from 'node:crypto';

import type { ImportProgress } from '../../../shared/ipc/import-contract.js';
import type { PreparedImport } from './import-service.js';

type Pending = { workspaceFile: string; prepared: PreparedImport };

const pending = new Map<string, Pending>();

export function holdImport(workspaceFile: string, prepared: PreparedImport): string {
  for (const [id, p] of pending) if (p.workspaceFile === workspaceFile) pending.delete(id);
  const id = randomUUID();
  pending.set(id, { workspaceFile, prepared });
  return id;
}

export function takeImport(id: string, workspaceFile: string): PreparedImport | undefined {
  const p = pending.get(id);
  if (p?.workspaceFile !== workspaceFile) return undefined;
  pending.delete(id);
  return p.prepared;
}

/** The held preview without taking it (for its rows and consequences). */
export function peekImport(id: string, workspaceFile: string): PreparedImport | undefined {
  const p = pending.get(id);
  return p?.workspaceFile === workspaceFile ? p.prepared : undefined;
}

export const dropImport = (id: string): boolean => pending.delete(id);

/** Previews still reading, by the id the renderer chose, so `import:cancel` can stop them. */
const inflight = new Map<string, AbortController>();

export function startReading(requestId: string | undefined): AbortController {
  const controller = new AbortController();
  if (requestId) inflight.set(requestId, controller);
  return controller;
}

export const doneReading = (requestId: string | undefined): boolean =>
  requestId !== undefined && inflight.delete(requestId);

/** Stops a preview that is still reading; true if there was one. */
export function abortReading(requestId: string): boolean {
  const c = inflight.get(requestId);
  if (!c) return false;
  c.abort();
  inflight.delete(requestId);
  return true;
}

/**
 * The latest progress of previews and commits still running, by the renderer's requestId, for
 * `import:progress`. Writing it is a Map.set and nothing else, so reporting from inside the commit
 * transaction cannot throw into it.
 */
const progress = new Map<string, ImportProgress>();

/** A callback for prepareImport/commitImport that records into the registry (no-op without an id). */
export const trackProgress =
  (requestId: string | undefined) =>
  (p: ImportProgress): void => {
    if (requestId) progress.set(requestId, p);
  };

export const latestProgress = (requestId: string): ImportProgress | null =>
  progress.get(requestId) ?? null;

export const clearProgress = (requestId: string | undefined): boolean =>
  requestId !== undefined && progress.delete(requestId);
