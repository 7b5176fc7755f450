// End-to-end tests: browser mode (electron/host) on a temp demo workspace, driven in Debian's
// Chromium (Playwright's own browser download is not available on the build machines).
import { defineConfig } from '@playwright/test';

// Playwright empties its output folder when a run starts, so two runs on one machine (engineers
// testing in parallel) would delete each other's traces: each run gets its own folder outside CI.
// Set once in the runner and inherited by its workers, which load this file again.
process.env['CHAINATLAS_PW_RUN'] ??= process.env['CI'] ? 'ci' : String(process.pid);
const runDir = process.env['CI'] ? 'artifacts' : `run-${process.env['CHAINATLAS_PW_RUN']}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  globalTeardown: './tests/e2e/global-teardown.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  outputDir: `test-results/${runDir}`,
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
