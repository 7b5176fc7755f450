// Mutation testing (`npm run test:mutation`): small deliberate bugs in the modules where a wrong
// answer misleads a user; the run fails when the tests notice fewer than `thresholds.break` percent.
// StrykerJS 9.6.1, not 10.x: 10.x needs Node >= 22 and this project's machines and CI run Node 20.
// Incremental: only mutants in changed code or hit by changed tests are re-run; the committed
// result file below keeps CI short. Delete it (or pass --force) for a full run.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // Mutants in module-level tables (vocabularies, field dictionaries, limits) are "static": they run
  // the whole test set each, ~40 % of the mutants but 93 % of the time. They are left out so a run
  // fits on two cores; the tables are pinned by the modules' own unit tests.
  ignoreStatic: true,
  concurrency: 2,
  // The modules with a complete recorded run: the rates (completeness, local supporting rate), the
  // target list, the gap states and their rules (segment-states), the USCC check, the export's
  // formula neutralisation, the spreadsheet value parsers (units, shares, years, dates), header
  // recognition, enterprise-row planning (duplicates, matching, the link-end resolver), the zip
  // gate and the host's request guard. Still to join, each after a first full run on a quiet
  // machine (one core while others work: ~40 mutants a minute): tiers, exposure, firm-match,
  // plan-import, plan-links, normalize-cell, name-key.
  mutate: [
    'shared/analysis/metrics.ts',
    'shared/analysis/targets.ts',
    'shared/analysis/segment-states.ts',
    'shared/spreadsheet/sanitize-cell.ts',
    'shared/spreadsheet/parse-values.ts',
    'shared/spreadsheet/headers.ts',
    'shared/spreadsheet/plan-enterprises.ts',
    'shared/domain/uscc.ts',
    'electron/core/import/zip-gate.ts',
    'electron/host/guard.ts',
  ],
  // The sandbox copy holds only what the tests import, not build output or screenshots.
  ignorePatterns: ['/*', '!/shared', '!/electron', '!/tests', '!/package.json', '!/tsconfig*.json'],
  incremental: true,
  incrementalFile: 'tests/mutation/stryker-incremental.json',
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: '.stryker-tmp',
  // A mutant that makes the gate wait forever is a detected bug; do not wait long for it.
  timeoutMS: 5_000,
};
