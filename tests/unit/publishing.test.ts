/**
 * The two ways the handbook is published build the same site: GitHub Pages (.github/workflows/deploy.yml) and
 * Netlify (netlify.toml). Both run the publishing build on the full history, so page dates are true, and Netlify
 * sends the site's one list of headers (public/_headers) and runs the sign-in relay.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Job {
  steps: Step[];
  permissions?: Record<string, string>;
}

describe('GitHub Pages (deploy.yml)', () => {
  const workflow = parseYaml(readFileSync('.github/workflows/deploy.yml', 'utf8')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, Job>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const uses = (action: string) => steps.find((step) => step.uses?.startsWith(`${action}@`));

  it('checks out the full history, so every page shows its true last change', () => {
    expect(uses('actions/checkout')?.with?.['fetch-depth']).toBe(0);
  });

  it('runs the publishing build, adds the PDF of the whole handbook, and hands dist/ to the official Pages actions', () => {
    const runs = steps.map((step) => step.run).filter(Boolean);
    expect(runs.indexOf('npm run pdf')).toBeGreaterThan(runs.indexOf('npm run build'));
    expect(runs.indexOf('npm run build')).toBeGreaterThanOrEqual(0);
    expect(uses('actions/configure-pages')).toBeDefined();
    expect(uses('actions/upload-pages-artifact')?.with?.['path']).toBe('dist/');
    expect(uses('actions/deploy-pages')).toBeDefined();
  });

  it('builds under the address Pages publishes at: the base path and origin configure-pages hands over', () => {
    const pagesId = uses('actions/configure-pages')?.id;
    const build = steps.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({
      BASE_PATH: `\${{ steps.${pagesId}.outputs.base_path }}`,
      SITE_URL: `\${{ steps.${pagesId}.outputs.origin }}`,
    });
    expect(steps.find((step) => step.run === 'npm run pdf')?.env?.['BASE_PATH']).toBe(build?.env?.['BASE_PATH']);
  });

  it('publishes each push to main without waiting for the browser tests, and only the deploy job may publish', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({});
    const { build, deploy } = workflow.jobs;
    expect(build?.permissions).toEqual({ contents: 'read' });
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

describe('Netlify (netlify.toml)', () => {
  const config = parseToml(readFileSync('netlify.toml', 'utf8')) as {
    build: { command: string; publish: string };
    functions: { directory: string };
    headers?: unknown;
    context: Record<string, { command?: string }>;
  };

  it('runs the publishing build on the full history and publishes dist/', () => {
    expect(config.build.command).toMatch(/git fetch --unshallow.*; npm run build$/);
    expect(config.build.publish).toBe('dist');
    expect(config.context['deploy-preview']?.command).toBe(config.build.command);
  });

  it('sends the headers of public/_headers, which the build copies to dist/, and lists none of its own', () => {
    expect(config.headers).toBeUndefined();
    expect(existsSync('public/_headers')).toBe(true);
  });

  it('deploys the sign-in relay from its folder', () => {
    expect(existsSync(`${config.functions.directory}/oauth-relay.ts`)).toBe(true);
  });
});
