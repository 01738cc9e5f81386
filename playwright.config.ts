import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/cli/chromium';

// Another port lets a second checkout run its tests beside this one.
const PORT = Number(process.env['HANDBOOK_PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  // One browser per core.
  workers: availableParallelism(),
  retries: 0,
  // Every wait is for a state that proves the work done (a heading shown, a field filled), never a fixed pause; this
  // is how long a state may take to come on a loaded machine (GitHub's runners are small and shared) before the test
  // fails. Playwright's own 5 seconds failed the editor's tests when another build ran beside them.
  expect: { timeout: 20_000 },
  forbidOnly: Boolean(process.env['CI']),
  // The JSON report feeds the "N passed, N failed" line that CI prints (tests/report-totals.mjs). Under CI an HTML
  // report too (playwright-report/), which the GitHub workflow keeps for reading a failure with its trace.
  reporter: [
    ['list'],
    ['json', { outputFile: 'test-results/e2e.json' }],
    ...(process.env['CI'] ? ([['html', { open: 'never' }]] as const) : []),
  ],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A failing test keeps its trace (actions, console, network) and a screenshot. The trace leaves out the page's
    // snapshot at every step: recording those took 45% of the editor's tests' time and a quarter of the pages' tests'.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
    // The system Chromium where there is one (src/cli/chromium.ts).
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: ['cms/**', 'builds/**'] },
    // Sites built by a test of their own (tests/e2e/builds/), such as the site under a base path, then editing through
    // the editor and decap-server (tests/e2e/cms/): each after the pages' tests, one test at a time. The editor's tests
    // share port 8081, and an editor beside other work is the slowest thing here: two editors side by side on two cores
    // each took more than twice as long, and the editor's tests beside the pages' tests made the whole run 11.5 minutes
    // instead of 9.
    {
      name: 'builds',
      use: { ...devices['Desktop Chrome'] },
      testMatch: 'builds/**/*.spec.ts',
      dependencies: ['chromium'],
      workers: 1,
    },
    { name: 'cms', use: { ...devices['Desktop Chrome'] }, testMatch: 'cms/**/*.spec.ts', dependencies: ['builds'], workers: 1 },
  ],
  // The tests run against the built site (`npm run build` first), served as a reader would get it.
  webServer: {
    command: `npx astro preview --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
