// Starts and stops the browser-mode host for the e2e run: a temp demo workspace made by the CLI, a
// renderer built from the current sources into the same temp folder (so a concurrent `vite build`
// emptying out/renderer cannot pull files from under the tests), and electron/host on a free port.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ENV_URL = 'CHAINATLAS_E2E_URL';
export const ENV_PID = 'CHAINATLAS_E2E_PID';
export const ENV_DIR = 'CHAINATLAS_E2E_DIR';

const root = process.cwd();
const URL_LINE = /^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/;

export function createDemoWorkspace(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-e2e-'));
  const file = join(dir, 'demo.chainatlas');
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const r = spawnSync(
    process.execPath,
    [tsx, join(root, 'electron', 'cli', 'index.ts'), 'init', '--demo', '--db', file],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`cli init --demo failed (${String(r.status)}): ${r.stderr}${r.stdout}`);
  }
  return { dir, file };
}

export function buildRenderer(dir: string): string {
  const outDir = join(dir, 'renderer');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) {
    throw new Error(`vite build failed (${String(r.status)}): ${r.stderr}${r.stdout}`);
  }
  return outDir;
}

/** Resolves with the URL line the host prints; rejects if it exits or stays silent too long. */
export function startHost(
  file: string,
  rendererDir: string,
  timeoutMs = 60_000,
): Promise<{ url: string; pid: number }> {
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const host = join(root, 'electron', 'host', 'index.ts');
  // Own process group, so teardown stops tsx and the node process it starts together.
  const child = spawn(
    process.execPath,
    [tsx, host, '--port', '0', '--db', file, '--renderer', rendererDir],
    { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) return Promise.reject(new Error('could not start the host'));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      stopHost(pid);
      reject(new Error(`host printed no URL within ${String(timeoutMs)} ms:\n${err}`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      err += chunk;
    });
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n').find((l) => URL_LINE.test(l.trim()));
      if (line) {
        clearTimeout(timer);
        // Keep draining the pipes so the host never blocks on a full buffer.
        child.stdout.resume();
        child.stderr.resume();
        child.unref();
        resolve({ url: line.trim(), pid });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited (${String(code)}) before printing its URL:\n${err}${out}`));
    });
  });
}

export function stopHost(pid: number): void {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
