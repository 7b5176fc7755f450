// Where a user's workspace lives by default, computed without Electron so that the desktop app,
// browser mode and the CLI all find the same file (Electron's userData is <appData>/<productName>).
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = 'ChainAtlas';
export const DEFAULT_WORKSPACE_FILE_NAME = 'ChainAtlas.chainatlas';

export function appDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (platform === 'win32') return env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config');
}

/** CHAINATLAS_USER_DATA overrides the folder (tests); CHAINATLAS_DB overrides the file itself. */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const override = env['CHAINATLAS_USER_DATA'];
  return override ? resolve(override) : join(appDataDir(env, platform), PRODUCT_NAME);
}

export function defaultWorkspaceFile(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const override = env['CHAINATLAS_DB'];
  return override
    ? resolve(override)
    : join(userDataDir(env, platform), DEFAULT_WORKSPACE_FILE_NAME);
}
