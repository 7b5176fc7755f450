// `npm run serve [-- --port N --db FILE]`: builds the renderer when it is missing or older than its
// sources, then starts browser mode. Build chatter goes to stderr; stdout carries only the URL line.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const built = join(root, 'out', 'renderer', 'index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(built) ||
  Math.max(newestMtime(join(root, 'renderer')), newestMtime(join(root, 'shared'))) >
    statSync(built).mtimeMs;
if (stale) {
  process.stderr.write('正在构建界面 / building the renderer…\n');
  const r = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
    {
      stdio: ['ignore', process.stderr, process.stderr],
    },
  );
  if (r.status !== 0) {
    process.stderr.write('界面构建失败 / renderer build failed\n');
    process.exit(1);
  }
}

const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const child = spawn(
  process.execPath,
  [tsx, join(root, 'electron', 'host', 'index.ts'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 1));
