// Whether the real Electron window can be tested here: the binary (its download is blocked on some
// machines), the Electron build of better-sqlite3 and the built app. Shared by the launch spec and
// the global setup, which prints the reason because the list reporter shows skips without one.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** node_modules/electron/index.js returns the binary path, or throws when it was never downloaded. */
function electronBinary(): string | null {
  try {
    const path = createRequire(join(root, 'package.json'))('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const binary = electronBinary();
export const skipReason: string | null =
  binary === null
    ? 'Electron binary not installed (node_modules/electron has no dist/; its download from GitHub is blocked here — run `node node_modules/electron/install.js` where it is reachable)'
    : !existsSync(addon)
      ? 'Electron build of better-sqlite3 missing (run `node build/scripts/electron-native.mjs`)'
      : !existsSync(join(root, 'out', 'main', 'index.cjs'))
        ? 'app not built (run `npm run build`)'
        : null;
