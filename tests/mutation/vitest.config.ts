// Vitest run used by mutation testing only: the unit tests of the modules Stryker mutates, so each
// mutant runs seconds of tests instead of the whole suite (integration tests fork parser children).
import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: [
      'tests/unit/shared/analysis/**/*.test.ts',
      'tests/unit/shared/spreadsheet/**/*.test.ts',
      'tests/unit/shared/domain/uscc.test.ts',
      'tests/unit/electron/core/import/zip-gate.test.ts',
      'tests/unit/electron/host/guard.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
