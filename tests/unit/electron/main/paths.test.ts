// Where the desktop app keeps its data, and the recent-workspaces list it shows in the File menu.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { defaultWorkspaceFile, userDataDir } from '../../../../electron/core/user-data.js';
import {
  describeRecent,
  pushRecent,
  readRecent,
  removeRecent,
  resolveDesktopPaths,
  RECENT_LIMIT,
  userDataOverride,
} from '../../../../electron/main/paths.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chainatlas-paths-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('resolveDesktopPaths', () => {
  it('keeps the workspace in the user data folder by default', () => {
    const paths = resolveDesktopPaths('/home/u/.config/ChainAtlas', {});
    expect(paths.defaultWorkspace).toBe(
      join('/home/u/.config/ChainAtlas', 'ChainAtlas.chainatlas'),
    );
    expect(paths.recentFile).toBe(join('/home/u/.config/ChainAtlas', 'recent-workspaces.json'));
  });

  it('finds the same default file as browser mode and the CLI', () => {
    // Electron's userData is <appData>/<productName>, which core/user-data.ts computes without Electron.
    const electronUserData = userDataDir({}, process.platform);
    expect(resolveDesktopPaths(electronUserData, {}).defaultWorkspace).toBe(
      defaultWorkspaceFile({}),
    );
  });

  it('lets CHAINATLAS_DB and CHAINATLAS_USER_DATA override them (for tests)', () => {
    const env = { CHAINATLAS_DB: 'x/test.chainatlas', CHAINATLAS_USER_DATA: join(dir, 'profile') };
    const paths = resolveDesktopPaths('/home/u/.config/ChainAtlas', env);
    expect(paths.defaultWorkspace).toBe(resolve('x/test.chainatlas'));
    expect(paths.dataDir).toBe(join(dir, 'profile'));
    expect(paths.recentFile).toBe(join(dir, 'profile', 'recent-workspaces.json'));
    expect(userDataOverride(env)).toBe(join(dir, 'profile'));
    expect(userDataOverride({})).toBeUndefined();
    expect(userDataOverride({ CHAINATLAS_USER_DATA: '' })).toBeUndefined();
  });
});

describe('recent workspaces', () => {
  it('puts the latest first, without duplicates, at most eight', () => {
    const file = join(dir, 'recent.json');
    for (let i = 0; i < 10; i++) pushRecent(file, join(dir, `w${i}.chainatlas`));
    pushRecent(file, join(dir, 'w5.chainatlas'));
    const list = readRecent(file);
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(RECENT_LIMIT).toBe(8);
    expect(list[0]).toBe(join(dir, 'w5.chainatlas'));
    expect(list.filter((p) => p.endsWith('w5.chainatlas'))).toHaveLength(1);
    expect(list).not.toContain(join(dir, 'w0.chainatlas'));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(list);
  });

  it('treats a missing or damaged list as empty', () => {
    expect(readRecent(join(dir, 'missing.json'))).toEqual([]);
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{not json');
    expect(readRecent(file)).toEqual([]);
    writeFileSync(file, JSON.stringify({ a: 1 }));
    expect(readRecent(file)).toEqual([]);
    writeFileSync(file, JSON.stringify(['/a.chainatlas', 3, null, '']));
    expect(readRecent(file)).toEqual(['/a.chainatlas']);
  });

  it('removes an entry and describes entries by name and folder only', () => {
    const file = join(dir, 'recent.json');
    pushRecent(file, join(dir, 'a.chainatlas'));
    pushRecent(file, join(dir, 'b.chainatlas'));
    expect(removeRecent(file, join(dir, 'a.chainatlas'))).toEqual([join(dir, 'b.chainatlas')]);
    expect(describeRecent(readRecent(file))).toEqual([{ name: 'b.chainatlas', location: dir }]);
  });
});
