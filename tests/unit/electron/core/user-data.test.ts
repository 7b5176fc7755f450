// The default workspace location must match Electron's userData folder, so browser mode and the CLI
// open the same file the desktop app created; the env overrides keep tests off real profiles.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { defaultWorkspaceFile, userDataDir } from '../../../../electron/core/user-data.js';

describe('default workspace location', () => {
  it('follows Electron userData per platform', () => {
    expect(userDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'ChainAtlas'));
    expect(userDataDir({ XDG_CONFIG_HOME: '/x/cfg' }, 'linux')).toBe(join('/x/cfg', 'ChainAtlas'));
    expect(userDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\u\\AppData\\Roaming', 'ChainAtlas'),
    );
    expect(userDataDir({}, 'darwin')).toBe(
      join(homedir(), 'Library', 'Application Support', 'ChainAtlas'),
    );
  });

  it('is overridden by CHAINATLAS_USER_DATA and CHAINATLAS_DB', () => {
    expect(defaultWorkspaceFile({ CHAINATLAS_USER_DATA: '/tmp/ud' }, 'linux')).toBe(
      join(resolve('/tmp/ud'), 'ChainAtlas.chainatlas'),
    );
    expect(
      defaultWorkspaceFile(
        { CHAINATLAS_DB: 'rel/ws.db', CHAINATLAS_USER_DATA: '/tmp/ud' },
        'linux',
      ),
    ).toBe(resolve('rel/ws.db'));
  });
});
