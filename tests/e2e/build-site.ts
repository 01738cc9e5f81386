/**
 * The two steps of `npm run build` (Astro, then src/cli/finish-build.ts), for a test that builds a site of its own:
 * in the project at `root`, into `outDir`, with `env` added to the environment. A failed step fails the test with
 * that step's output.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { expect } from '@playwright/test';

export async function buildSite(outDir: string, { root = '.', env = {} }: { root?: string; env?: Record<string, string> } = {}) {
  const steps = [
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    ['--import', 'tsx', 'src/cli/finish-build.ts', '--dist', outDir],
  ];
  for (const args of steps) {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [status] = (await once(child, 'exit')) as [number | null];
    expect(status, output).toBe(0);
  }
}
