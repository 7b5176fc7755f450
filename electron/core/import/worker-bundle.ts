// Source checkouts (CLI through tsx, browser mode, tests) start the parser child from one esbuild
// bundle of parse-worker.ts instead of running its TypeScript through tsx: tsx's loader and its
// transforms cost a fresh child more than the parse of a typical register. The bundle is kept in
// node_modules/.cache and made again when any file it was built from changes (size or mtime).
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

type Esbuild = {
  buildSync(options: Record<string, unknown>): {
    outputFiles?: { text: string }[];
    metafile?: { inputs: Record<string, unknown> };
  };
};

const signature = (path: string): string | null => {
  try {
    const st = statSync(path);
    return `${String(st.size)}:${String(st.mtimeMs)}`;
  } catch {
    return null;
  }
};

/** The bundle's path, or null when it cannot be made (no esbuild: run the .ts through tsx). */
export function workerBundle(entry: string, root: string): string | null {
  const dir = join(root, 'node_modules', '.cache', 'chainatlas');
  const out = join(dir, 'parse-worker.cjs');
  const manifest = join(dir, 'parse-worker.inputs.json');
  try {
    const inputs = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>;
    const fresh = Object.entries(inputs).every(([path, sig]) => signature(path) === sig);
    if (fresh && signature(out) !== null) return out;
  } catch {
    // No manifest yet, or an unreadable one: build.
  }
  let esbuild: Esbuild;
  try {
    esbuild = createRequire(join(root, 'package.json'))('esbuild') as Esbuild;
  } catch {
    return null;
  }
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const code = result.outputFiles?.[0]?.text;
  if (!code || !result.metafile) return null;
  const inputs: Record<string, string> = {};
  for (const rel of Object.keys(result.metafile.inputs)) {
    const path = resolve(root, rel);
    inputs[path] = signature(path) ?? '';
  }
  mkdirSync(dir, { recursive: true });
  // Several processes (test workers) may build at once: each writes its own file, then renames.
  const tmp = `${out}.${String(process.pid)}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, out);
  const tmpManifest = `${manifest}.${String(process.pid)}.tmp`;
  writeFileSync(tmpManifest, JSON.stringify(inputs));
  renameSync(tmpManifest, manifest);
  return out;
}
