// Security scan (`npm run test:security`): runs Electronegativity over electron/ and the built
// main, preload and renderer index.html, writes SARIF to a temp file, prints the findings and
// exits 1 on any HIGH finding. The tool itself always exits 0, hence this gate.
//
// Three quirks of the tool handled here: it only scans .js/.ts/.html (not .cjs), so the bundles
// are staged under .js names in a temp folder; it writes the SARIF with an un-awaited writeFile
// after returning, so we poll for it; and its SARIF has no severity (only 'warning'/'note'), so
// severities come from the JS API's issue list, the same list the SARIF is written from.
// Blind spot: its BrowserWindow checks only read object literals passed to `new BrowserWindow`; our
// preferences come from secureWebPreferences() (electron/main/window.ts), so they are asserted by
// tests/unit/electron/main/window.test.ts and the bundle test instead.
// AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK is excluded: it needs the network (Electron release list).
// Inline `/* eng-disable … */` comments in the sources: none so far (list any added here, with why).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The tool matches check class names (lower-cased), not the upper-case ids its README shows.
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

/** What is scanned: [source in the repo, name inside the staging folder]. */
const TARGETS = [
  ['electron', 'electron', true],
  ['out/main/index.cjs', 'out/main/index.js', true],
  ['out/preload/index.cjs', 'out/preload/index.js', true],
  ['out/renderer/index.html', 'out/renderer/index.html', false],
  ['package.json', 'package.json', true],
];

function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'chainatlas-eng-'));
  const missing = [];
  for (const [from, to, required] of TARGETS) {
    const src = join(root, from);
    if (!existsSync(src)) {
      if (required)
        throw new Error(
          `缺少 ${from}，请先运行 npm run build / missing ${from}: run npm run build first`,
        );
      missing.push(from);
      continue;
    }
    cpSync(src, join(dir, to), { recursive: true });
  }
  return { dir, missing };
}

/** The tool writes its SARIF with an un-awaited fs.writeFile; wait until the whole file is there. */
async function readSarif(path) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const electronVersion = () =>
  JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

async function main() {
  const run = require('@doyensec/electronegativity');
  const { dir, missing } = stage();
  const sarifPath = join(tmpdir(), 'chainatlas-electronegativity.sarif');
  rmSync(sarifPath, { force: true });
  if (missing.length > 0)
    console.warn(
      `electronegativity: 未构建、未扫描 / not built, not scanned: ${missing.join(', ')}`,
    );
  try {
    const result = await run({
      input: dir,
      output: sarifPath,
      isSarif: true,
      isRelative: true,
      excludeFromScan: EXCLUDED,
      electronVersionOverride: electronVersion(),
    });
    const sarif = await readSarif(sarifPath);
    const sarifResults = sarif.runs?.[0]?.results ?? [];
    const issues = result.issues;
    if (sarifResults.length !== issues.length) {
      throw new Error(
        `SARIF has ${sarifResults.length} results but the scan returned ${issues.length}`,
      );
    }
    console.log(`SARIF: ${sarifPath}`);
    const rows = sarifResults.map((r, i) => {
      const issue = issues[i];
      if (issue.id !== r.ruleId)
        throw new Error(`SARIF result ${i} is ${r.ruleId}, scan says ${issue.id}`);
      const loc = r.locations?.[0]?.physicalLocation;
      return {
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        check: r.ruleId,
        review: r.level === 'note' ? 'review' : '',
        where: `${loc?.artifactLocation?.uri ?? '?'}:${loc?.region?.startLine ?? '?'}`,
      };
    });
    const fatal = result.errors.filter((e) => !e.tolerable);

    console.log(
      `Electronegativity ${sarif.runs?.[0]?.tool?.driver?.version}: ${result.atomicChecks} atomic + ${result.globalChecks} global checks, ${rows.length} finding(s)`,
    );
    if (rows.length > 0) console.table(rows);
    for (const e of fatal) console.error(`解析失败 / could not parse ${e.file}: ${e.message}`);

    const high = rows.filter((r) => r.severity === 'HIGH');
    if (high.length > 0 || fatal.length > 0) {
      console.error(
        `✗ ${high.length} HIGH finding(s), ${fatal.length} unparsed file(s) — security scan failed`,
      );
      process.exitCode = 1;
    } else {
      console.log('✓ 无高危问题 / no HIGH findings');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
