// workspace:info tells the renderer whether the workspace can be changed: false for a writable file,
// true for one opened read-only, and true once the file loses its write permission while open.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { workspaceInfo } from '../../../../../electron/core/services/workspace-info.js';
import { closeWorkspace, openWorkspace } from '../../../../../electron/core/services/workspace.js';
import { makeReadOnly, type Undo } from '../../../../support/read-only-fs.js';

let dir: string;
let undo: Undo[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-info-'));
});
afterEach(() => {
  for (const u of undo.reverse()) u();
  undo = [];
  rmSync(dir, { recursive: true, force: true });
});

describe('workspaceInfo readOnly', () => {
  it('is false for a writable file and true for the same file opened read-only', () => {
    const file = join(dir, 'ws.chainatlas');
    const ws = openWorkspace(file);
    expect(workspaceInfo(ws, 'browser').readOnly).toBe(false);
    closeWorkspace(ws);
    const ro = openWorkspace(file, { readonly: true });
    expect(workspaceInfo(ro, 'browser').readOnly).toBe(true);
    closeWorkspace(ro);
  });

  it('turns true when the file loses its write permission while open', () => {
    const file = join(dir, 'ws.chainatlas');
    const ws = openWorkspace(file);
    const r = makeReadOnly(file);
    if (typeof r === 'string') {
      console.warn(`skipped: ${r}`);
      closeWorkspace(ws);
      return;
    }
    undo.push(r);
    expect(workspaceInfo(ws, 'desktop').readOnly).toBe(true);
    r();
    undo = [];
    expect(workspaceInfo(ws, 'desktop').readOnly).toBe(false);
    closeWorkspace(ws);
  });
});
