import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The JSON report feeds the "N passed, N failed" line that CI prints (tests/report-totals.mjs).
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    testTimeout: 20_000,
    // The files share their workers instead of each starting one (no file relies on a module state another sets):
    // the unit tests took 52 s with a worker per file, 39 s without.
    isolate: false,
    // A worker per core: Vitest's default leaves one core free, and the tests took 44 s on two cores instead of 30.
    maxWorkers: availableParallelism(),
  },
});
