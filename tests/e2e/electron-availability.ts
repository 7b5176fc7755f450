// Whether the real Electron window can be tested here: the binary (its download is blocked on some
// machines), the Electron build of better-sqlite3 and the built app. Shared by the launch spec and
// the global setup, which prints the reason because the list reporter shows skips without one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const addon = join(
  root,
  '.cache',
  'electron-native',
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);

/**
 * The installed Electron executable, from node_modules/electron/path.txt and dist/. Not through
 * require('electron'): since Electron 42 that starts a download when the binary is missing.
 */
function electronBinary(): string | null {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

export const binary = electronBinary();
export const skipReason: string | null =
  binary === null
    ? 'Electron binary not installed (node_modules/electron has no dist/; its download from GitHub is blocked here — run `npx install-electron` where it is reachable)'
    : !existsSync(addon)
      ? 'Electron build of better-sqlite3 missing (run `node build/scripts/electron-native.mjs`)'
      : !existsSync(join(root, 'out', 'main', 'index.cjs'))
        ? 'app not built (run `npm run build`)'
        : null;
