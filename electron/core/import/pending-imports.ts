// Previewed imports waiting for the user's commit (the wizard's preview → commit steps), held in the
// shell process by random id, one per workspace file, so the renderer never re-uploads the files;
// and previews still being read, so a cancel can stop the parser process.
import { randomUUID } from 'node:crypto';

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
