// The installed SheetJS (`@e965/xlsx`, a republish on the npm registry) must be the official 0.20.3
// release file for file: every file the official tarball ships is compared by SHA-256 with the
// manifest in build/scripts/sheetjs-0.20.3.sha256. Only the two files the republisher rewrites
// (package.json: name and repository; README.md: a preamble) may differ.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const manifestFile = join(root, 'build', 'scripts', 'sheetjs-0.20.3.sha256');
// The package's exports hide package.json; its main file (xlsx.js) sits at the package root.
const pkgDir = dirname(createRequire(join(root, 'package.json')).resolve('@e965/xlsx'));
const REWRITTEN_BY_REPUBLISHER = new Set(['package.json', 'README.md']);

const manifest = new Map(
  readFileSync(manifestFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [hash = '', file = ''] = line.split(/\s+/);
      return [file, hash] as const;
    }),
);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [relative(pkgDir, p)];
  });
}

const sha256 = (file: string): string =>
  createHash('sha256')
    .update(readFileSync(join(pkgDir, file)))
    .digest('hex');

describe('SheetJS provenance', () => {
  it('ships exactly the files of the official 0.20.3 tarball', () => {
    expect(filesUnder(pkgDir).sort()).toEqual([...manifest.keys()].sort());
  });

  it('has every code file byte for byte as in the official release', () => {
    const differing = [...manifest]
      .filter(([file, hash]) => sha256(file) !== hash)
      .map(([file]) => file);
    expect(differing.sort()).toEqual([...REWRITTEN_BY_REPUBLISHER].sort());
  });

  it('is the 0.20.3 the parser imports (xlsx.mjs, hash recorded by several independent projects)', () => {
    expect(manifest.get('xlsx.mjs')).toBe(
      '1a0fb062ee9781b13f6687371b202aaefc53b6ce55b530c027e01f9c087b77db',
    );
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(pkg.version).toBe('0.20.3');
  });
});
