// better-sqlite3 for Electron without breaking Node. Tests load node_modules/better-sqlite3 built
// for Node's ABI; the dev Electron app loads a separate Electron-ABI build from
// .cache/electron-native through better-sqlite3's `nativeBinding` option (CHAINATLAS_NATIVE_BINDING).
// node_modules/better-sqlite3 is never rebuilt by this script, so nothing flip-flops.
//
//   node build/scripts/electron-native.mjs                build (once per Electron/addon version)
//   node build/scripts/electron-native.mjs --for-dist     save the Node build before electron-builder
//                                                          rebuilds node_modules in place (npm run dist)
//   node build/scripts/electron-native.mjs --restore-node put the saved Node build back (after-dist.cjs
//                                                          does this; run it by hand if dist aborted)
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const addonDir = join(root, 'node_modules', 'better-sqlite3');
const nodeAddon = join(addonDir, 'build', 'Release', 'better_sqlite3.node');
const cacheDir = join(root, '.cache', 'electron-native');
const savedNodeAddon = join(root, '.cache', 'node-native', 'better_sqlite3.node');

const versionOf = (pkgDir) =>
  JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;

/** Where the Electron build of the addon lives; CHAINATLAS_NATIVE_BINDING points here. */
export const electronAddonPath = () =>
  join(cacheDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

const stampFile = join(cacheDir, 'stamp.json');
const wantedStamp = () => ({
  electron: versionOf(join(root, 'node_modules', 'electron')),
  betterSqlite3: versionOf(addonDir),
  platform: process.platform,
  arch: process.arch,
});

export function electronAddonIsCurrent() {
  if (!existsSync(electronAddonPath()) || !existsSync(stampFile)) return false;
  return (
    JSON.stringify(JSON.parse(readFileSync(stampFile, 'utf8'))) === JSON.stringify(wantedStamp())
  );
}

/** Copies the addon's sources to .cache and rebuilds them there for the installed Electron. */
export async function buildElectronAddon() {
  if (electronAddonIsCurrent()) return electronAddonPath();
  const stamp = wantedStamp();
  rmSync(cacheDir, { recursive: true, force: true });
  const target = join(cacheDir, 'node_modules', 'better-sqlite3');
  mkdirSync(target, { recursive: true });
  const nodeBuildDir = join(addonDir, 'build');
  cpSync(addonDir, target, {
    recursive: true,
    filter: (src) => src !== nodeBuildDir && !src.startsWith(nodeBuildDir + sep),
  });
  writeFileSync(
    join(cacheDir, 'package.json'),
    JSON.stringify(
      {
        name: 'chainatlas-electron-native',
        private: true,
        dependencies: { 'better-sqlite3': stamp.betterSqlite3 },
      },
      null,
      2,
    ),
  );
  console.log(
    `正在为 Electron ${stamp.electron} 编译 better-sqlite3 / building better-sqlite3 for Electron ${stamp.electron}…`,
  );
  const { rebuild } = require('@electron/rebuild');
  await rebuild({
    buildPath: cacheDir,
    electronVersion: stamp.electron,
    arch: process.arch,
    onlyModules: ['better-sqlite3'],
    force: true,
    // better-sqlite3 publishes prebuilt addons only up to Electron 42 (ABI 146); compile against the
    // installed Electron's headers instead of looking for one that does not exist.
    buildFromSource: true,
    mode: 'sequential',
  });
  if (!existsSync(electronAddonPath()))
    throw new Error(`rebuild finished but ${electronAddonPath()} is missing`);
  writeFileSync(stampFile, JSON.stringify(stamp, null, 2));
  return electronAddonPath();
}

/** True when node_modules/better-sqlite3 currently loads in this Node (i.e. it is a Node build). */
function nodeBuildLoads() {
  const probe = "const D=require('better-sqlite3');new D(':memory:').close()";
  return spawnSync(process.execPath, ['-e', probe], { cwd: root, stdio: 'ignore' }).status === 0;
}

export function saveNodeAddon() {
  if (!nodeBuildLoads()) {
    throw new Error(
      'node_modules/better-sqlite3 不是 Node 版本，请先运行 npm rebuild better-sqlite3 / is not a Node build: run `npm rebuild better-sqlite3` first',
    );
  }
  mkdirSync(dirname(savedNodeAddon), { recursive: true });
  copyFileSync(nodeAddon, savedNodeAddon);
  console.log(`已保存 Node 版 better-sqlite3 / saved the Node build → ${savedNodeAddon}`);
}

export function restoreNodeAddon() {
  if (!existsSync(savedNodeAddon)) {
    console.log('没有保存的 Node 版 better-sqlite3 / no saved Node build to restore');
    return false;
  }
  copyFileSync(savedNodeAddon, nodeAddon);
  const ok = nodeBuildLoads();
  console.log(
    ok
      ? '已恢复 Node 版 better-sqlite3 / restored the Node build of better-sqlite3'
      : '恢复后仍无法加载 / still not loadable after restore',
  );
  return ok;
}

async function main(args) {
  if (args.includes('--for-dist')) return saveNodeAddon();
  if (args.includes('--restore-node')) {
    if (!restoreNodeAddon()) process.exitCode = 1;
    return;
  }
  console.log(await buildElectronAddon());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(
      `无法为 Electron 编译 better-sqlite3 / could not build better-sqlite3 for Electron: ${e instanceof Error ? e.message : String(e)}`,
    );
    process.exitCode = 1;
  });
}
