// `npm start`: build, then run the desktop app; where Electron's runtime cannot be had (no binary and
// no download, or no Electron build of better-sqlite3), say so in one line and open browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { electronAddonIsCurrent, electronAddonPath } from './electron-native.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const INSTALL_TIMEOUT_MS = 180_000;
const NATIVE_TIMEOUT_MS = 15 * 60_000;

/**
 * The Electron executable if it is installed, else null. Read from node_modules/electron/path.txt
 * and dist/ directly: since Electron 42, require('electron') starts a download when the binary is
 * missing (printing a network stack trace where downloads are blocked), so it is never called here.
 */
function electronBinary() {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

/** Runs a child to completion with inherited output; resolves to its exit code. */
function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32' && command === 'npm',
    ...options,
  });
  return result.status ?? 1;
}

/** Hands the terminal to a long-running child and exits with its code. */
function handOver(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function browserMode(reasonZh, reasonEn) {
  console.log(`${reasonZh}，改为打开浏览器模式 / ${reasonEn}; opening browser mode instead.`);
  handOver(process.execPath, [join(root, 'build', 'scripts', 'serve.mjs'), ...args]);
}

function ensureElectron() {
  const found = electronBinary();
  if (found) return found;
  const install = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(install)) return null;
  // Its output on failure is a long network stack trace; the one line below says what matters.
  spawnSync(process.execPath, [install], {
    cwd: root,
    stdio: 'ignore',
    timeout: INSTALL_TIMEOUT_MS,
  });
  return electronBinary();
}

function ensureNativeAddon() {
  if (electronAddonIsCurrent()) return electronAddonPath();
  const script = join(root, 'build', 'scripts', 'electron-native.mjs');
  const code = run(process.execPath, [script], { timeout: NATIVE_TIMEOUT_MS });
  return code === 0 && existsSync(electronAddonPath()) ? electronAddonPath() : null;
}

function main() {
  const built = run('npm', ['run', 'build']);
  if (built !== 0) process.exit(built);

  const electron = ensureElectron();
  if (!electron) {
    return browserMode(
      '无法下载 Electron 运行时（可设置 ELECTRON_MIRROR 使用镜像）',
      'the Electron runtime could not be downloaded (set ELECTRON_MIRROR to use a mirror)',
    );
  }
  const addon = ensureNativeAddon();
  if (!addon) {
    return browserMode(
      '无法为 Electron 编译 better-sqlite3（需要下载 Electron 头文件）',
      'better-sqlite3 could not be built for Electron (needs the Electron headers download)',
    );
  }
  const env = { ...process.env, CHAINATLAS_NATIVE_BINDING: addon };
  delete env['ELECTRON_RUN_AS_NODE'];
  handOver(electron, ['.', ...args], env);
}

main();
