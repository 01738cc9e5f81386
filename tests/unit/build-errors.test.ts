/**
 * The promise to contributors, end to end: Astro itself stops on a bad frontmatter field with the
 * handbook's message (file, field, allowed values), not its own. Runs `astro sync`, which loads and
 * validates all content, on a throwaway copy of the project holding one good and one bad page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let project: string;

const guide = (extra: string) => `---
title: A guide
summary: A guide used to check that the build explains bad frontmatter in plain words.
${extra}lastReviewed: 2026-11-25
---

Some text.
`;

function astro(command: 'sync' | 'build') {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'handbook-build-'));
  for (const item of ['src', 'public', 'cms-config', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, item), join(project, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  for (const kind of ['practices', 'case-studies', 'questions', 'guides'])
    mkdirSync(join(project, 'content', kind), { recursive: true });
  writeFileSync(join(project, 'content/guides/good.mdx'), guide(''));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a page with a bad frontmatter field', () => {
  it('builds when every page is valid', () => {
    const { status, output } = astro('sync');
    expect(status, output).toBe(0);
  });

  it('fails the build, naming the file, the field, what was given and what is allowed', () => {
    writeFileSync(join(project, 'content/guides/bad.mdx'), guide('themes: [powr-and-decisions]\nlastReviewd: 2026-11-25\n'));
    const { status, output } = astro('sync');
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/bad.mdx: 2 problems in the frontmatter');
    expect(output).toContain('field "themes[0]": "powr-and-decisions" is not one of the allowed values');
    expect(output).toContain('Did you mean "power-and-decisions"?');
    expect(output).toContain('"lastReviewd" is not a field a guide page has; did you mean "lastReviewed"?');
  }, 60_000);
});

describe('deleting a page that others link to', () => {
  const deleted = 'content/practices/invest-in-coordination.mdx';

  it('fails the build, naming each linking file and line', () => {
    rmSync(join(project, 'content'), { recursive: true, force: true });
    cpSync(join(root, 'content'), join(project, 'content'), { recursive: true });
    rmSync(join(project, deleted));

    // Every line of every page that names the deleted page, in its body or its frontmatter; a mention inside
    // `code` is an example, not a link.
    const expected: string[] = [];
    for (const kind of readdirSync(join(project, 'content'))) {
      for (const name of readdirSync(join(project, 'content', kind))) {
        const file = `content/${kind}/${name}`;
        readFileSync(join(project, file), 'utf8')
          .split('\n')
          .forEach((line, index) => {
            if (/\binvest-in-coordination\b/.test(line.replace(/`[^`]*`/g, ''))) expected.push(`${file}:${index + 1}:1 `);
          });
      }
    }
    expect(expected.length).toBeGreaterThan(3);

    const { status, output } = astro('build');
    expect(status).not.toBe(0);
    expect(output).toMatch(/\d+ problems in the handbook's pages/);
    for (const place of expected) expect(output, place).toContain(place);
    expect(output).toContain('links to /practices/invest-in-coordination/, which is not a page of the handbook.');
  }, 120_000);
});

describe('a page the guard refuses', () => {
  it('stops the build before any page is compiled: nothing of a machine file it imports reaches the log', () => {
    rmSync(join(project, 'content'), { recursive: true, force: true });
    for (const kind of ['practices', 'case-studies', 'questions', 'guides'])
      mkdirSync(join(project, 'content', kind), { recursive: true });
    writeFileSync(join(project, 'content/guides/good.mdx'), guide(''));
    // A file of the build machine that the page imports; if the bundler ever read it, its first line would be shown.
    const secret = join(project, 'secret.txt');
    writeFileSync(secret, 'SECRET-TOKEN-d41d8cd9 is the first line of a machine file\n');
    writeFileSync(
      join(project, 'content/guides/import.mdx'),
      guide('').replace('---\n\n', `---\n\nimport x from '${secret}';\n\n`),
    );
    const { status, output } = astro('build');
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/import.mdx');
    expect(output).toContain('The handbook was not built');
    expect(output).not.toContain('SECRET-TOKEN');
    expect(output).not.toMatch(/Segmentation fault|Transform failed|Could not load/);
  }, 120_000);
});
