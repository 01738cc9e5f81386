/**
 * package.json lists exactly the packages the project uses: every package a file imports is listed (a package that
 * arrives only inside another can vanish at that package's next release), and every listed package is imported, run
 * by a script or needed by a listed package as its peer, or it is named below with the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const listed = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)];

/** Listed packages that no file imports, no script runs and no listed package asks for, each with the reason. */
const USED_OTHERWISE: Record<string, string> = {
  '@astrojs/check': '`astro check` (npm run check) loads it',
  'prettier-plugin-astro': '.prettierrc.json names it as a plugin',
};

/** Where code lives; tests/fixtures holds contributors' hostile pages, not the project's code. */
const CODE = ['src', 'cms-config', 'tests', 'astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts', 'eslint.config.js'];
const CODE_FILE = /\.(ts|mts|tsx|js|mjs|astro)$/;

function codeFiles(path: string): string[] {
  if (path === 'tests/fixtures') return [];
  const entries = readdirSync(join(root, path), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const child = `${path}/${entry.name}`;
    if (entry.isDirectory()) return codeFiles(child);
    return CODE_FILE.test(entry.name) ? [child] : [];
  });
}

/** The package a module specifier names (`@scope/name/deep/path` → `@scope/name`), or undefined for a file or Node. */
function packageOf(specifier: string): string | undefined {
  if (/^(\.|\/|node:|astro:|virtual:)/.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const sources = new Map(
  CODE.flatMap((path) => (CODE_FILE.test(path) ? [path] : codeFiles(path))).map((file) => [
    file,
    readFileSync(join(root, file), 'utf8'),
  ]),
);

/** Each imported package, with the first file that imports it. */
function importedPackages(): Map<string, string> {
  const imported = new Map<string, string>();
  for (const [file, text] of sources) {
    // TypeScript's own scan of a file's imports: static, dynamic, `export … from` and `declare module`.
    const { importedFiles, ambientExternalModules = [] } = ts.preProcessFile(text, true, true);
    for (const specifier of [...importedFiles.map((f) => f.fileName), ...ambientExternalModules]) {
      const name = packageOf(specifier);
      if (name && !imported.has(name)) imported.set(name, file);
    }
  }
  return imported;
}

/** What an installed package's own package.json says of the commands it brings and the packages it asks for. */
function installed(name: string): { bin?: string | Record<string, string>; peerDependencies?: Record<string, string> } {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
}

/** The commands a listed package puts in node_modules/.bin. */
function binaries(name: string): string[] {
  const { bin } = installed(name);
  if (typeof bin === 'string') return [name.split('/').pop()!];
  return Object.keys(bin ?? {});
}

describe('package.json', () => {
  const imported = importedPackages();

  it('lists every package the code imports', () => {
    const unlisted = [...imported]
      // A package of types only is imported by its own name (`hast`) and listed as `@types/hast`.
      .filter(([name]) => !listed.includes(name) && !listed.includes(`@types/${name}`))
      .map(([name, file]) => `${name} (imported by ${file})`);
    expect(unlisted).toEqual([]);
  });

  it('lists no package the project does not use', () => {
    const scripts = Object.values(manifest.scripts).join('\n');
    const code = [...sources.values()].join('\n');
    // Run by an npm script (`tsx src/cli/…`), by `npx` or from node_modules/.bin in code.
    const run = (name: string) =>
      binaries(name).some(
        (bin) =>
          new RegExp(`(^|[\\s"])${bin}\\s`, 'm').test(scripts) ||
          code.includes(`npx ${bin} `) ||
          code.includes(`'.bin', '${bin}'`),
      );
    const asked = new Set(listed.flatMap((name) => Object.keys(installed(name).peerDependencies ?? {})));
    const unused = listed.filter(
      (name) =>
        !imported.has(name) &&
        !(name.startsWith('@types/') && imported.has(name.slice('@types/'.length))) &&
        !run(name) &&
        !asked.has(name) &&
        !(name in USED_OTHERWISE),
    );
    expect(unused).toEqual([]);
  });

  it('gives a reason only for packages that need one', () => {
    for (const name of Object.keys(USED_OTHERWISE)) expect(listed).toContain(name);
  });
});
