// The one write path: a change is all written or not at all, a read-only workspace is refused before
// any work, and every committed change gives the workspace a new revision (what caches compare).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { listLeads } from '../../../../../electron/core/repositories/lead-repository.js';
import { insertLead } from '../../../../../electron/core/repositories/lead-repository.js';
import { workspaceRevision } from '../../../../../electron/core/services/revision.js';
import {
  closeWorkspace,
  openWorkspace,
  type Workspace,
} from '../../../../../electron/core/services/workspace.js';
import { writeWorkspace } from '../../../../../electron/core/services/write.js';
import { makeSmallWorkspace } from '../repositories/small-workspace.js';

let ws: Workspace;
let dispose: () => void;
beforeEach(() => {
  ({ ws, dispose } = makeSmallWorkspace());
});
afterEach(() => {
  dispose();
});

const lead = (name: string) => ({
  enterpriseId: null,
  targetName: name,
  segmentId: null,
  stage: 'lead' as const,
  owner: null,
  nextStep: null,
  nextDate: null,
  notes: null,
});

describe('writeWorkspace', () => {
  it('commits the change and returns its result; the revision moves on', () => {
    const before = workspaceRevision(ws.db);
    const id = writeWorkspace(ws, () => insertLead(ws.db, lead('甲')));
    expect(listLeads(ws.db).map((l) => l.id)).toContain(id);
    expect(workspaceRevision(ws.db)).not.toBe(before);
  });

  it('a change that throws half-way leaves no row behind', () => {
    const count = listLeads(ws.db).length;
    expect(() =>
      writeWorkspace(ws, () => {
        insertLead(ws.db, lead('乙'));
        throw new Error('second step failed');
      }),
    ).toThrow('second step failed');
    expect(listLeads(ws.db)).toHaveLength(count);
  });

  it('refuses a read-only workspace with READ_ONLY before running the change', () => {
    const file = ws.file;
    closeWorkspace(ws);
    ws = openWorkspace(file, { readonly: true });
    let ran = false;
    expect(() => {
      writeWorkspace(ws, () => {
        ran = true;
      });
    }).toThrow(expect.objectContaining({ code: 'READ_ONLY' }) as Error);
    expect(ran).toBe(false);
  });
});
