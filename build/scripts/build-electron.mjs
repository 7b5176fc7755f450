// Bundles the Electron main process and the preload into single CommonJS files with esbuild
// (out/main/index.cjs, out/preload/index.cjs) and copies the SQL migrations next to the main bundle.
// The preload must be one file: sandboxed preloads cannot require anything but 'electron'.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// The sources are ESM and electron/core/db/paths.ts uses import.meta.url; in a CJS bundle that is
// empty, so point it at the bundle file itself (out/main/index.cjs → out/main/migrations).
const importMetaBanner =
  "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;";

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  // Native or file-reading packages stay outside the bundle: better-sqlite3 and @resvg/resvg-js load
  // .node addons, subset-font reads harfbuzz's .wasm beside its own files.
  external: ['electron', 'better-sqlite3', '@resvg/resvg-js', 'subset-font'],
  logLevel: 'warning',
  absWorkingDir: root,
};

/** Builds into `out` (default: <repo>/out); tests build into a temp folder. */
export async function buildElectron(out = join(root, 'out')) {
  for (const dir of ['main', 'preload']) rmSync(join(out, dir), { recursive: true, force: true });

  await build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: join(out, 'main', 'index.cjs'),
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: importMetaBanner },
  });
  // The spreadsheet parser runs in its own process (issue 3): a separate entry beside the main bundle.
  await build({
    ...common,
    entryPoints: ['electron/core/import/parse-worker.ts'],
    outfile: join(out, 'main', 'parse-worker.cjs'),
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: importMetaBanner },
  });
  await build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: join(out, 'preload', 'index.cjs'),
    // Sandboxed preloads get a limited require: only 'electron' may stay external.
    external: ['electron'],
    sourcemap: false,
  });

  const fromDir = join(root, 'electron', 'core', 'db', 'migrations');
  const toDir = join(out, 'main', 'migrations');
  mkdirSync(toDir, { recursive: true });
  const sql = readdirSync(fromDir).filter((f) => f.endsWith('.sql'));
  for (const file of sql) copyFileSync(join(fromDir, file), join(toDir, file));

  return {
    main: join(out, 'main', 'index.cjs'),
    preload: join(out, 'preload', 'index.cjs'),
    migrations: sql,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildElectron().then(
    ({ migrations }) => {
      console.log(
        `build:electron → out/main/index.cjs, out/preload/index.cjs, ${migrations.length} migration(s)`,
      );
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
