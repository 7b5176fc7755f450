// A temp workspace file holding the demo data: the starting point of most tests of the services
// on real files, made fresh for each test and removed after it.
import { afterEach, beforeEach } from 'vitest';

import { seedDemoWorkspace } from '../../electron/core/demo/seed-demo.js';
import { tempWorkspace, type TempWorkspace } from './import-fixtures.js';

/** A new temp workspace with the demo seeded; the caller disposes it. */
export function demoWorkspace(): TempWorkspace {
  const t = tempWorkspace();
  seedDemoWorkspace(t.ws.db);
  return t;
}

/**
 * Hands every test of the file its own demo workspace (before the file's own beforeEach hooks,
 * which may build on it) and disposes that workspace after the test.
 */
export function demoWorkspaceEachTest(take: (t: TempWorkspace) => void): void {
  let current: TempWorkspace | undefined;
  beforeEach(() => {
    current = demoWorkspace();
    take(current);
  });
  afterEach(() => {
    current?.dispose();
    current = undefined;
  });
}
