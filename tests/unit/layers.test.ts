/**
 * The layers of src/lib (eslint.config.js): a module may import from its own layer and those below it, never from
 * one above; code that runs in a browser may not load a Node-only module (*.node.ts). Shown on sample files.
 */
import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The messages of the import rule for `code` as if it were the file at `file`. */
async function importProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layers of src/lib', () => {
  it('let a module import from its own layer and those below', async () => {
    expect(await importProblems('src/lib/check/sample.ts', "export { slugify } from '../core/slug';\n")).toEqual([]);
    expect(await importProblems('src/lib/check/sample.ts', "export { checkMdx } from './mdx-guard';\n")).toEqual([]);
  });

  it('refuse an import that goes up a layer, naming both', async () => {
    expect(await importProblems('src/lib/core/sample.ts', "export { checkMdx } from '../check/mdx-guard';\n")).toEqual([
      expect.stringMatching(/src\/lib\/core\/ is below src\/lib\/check\//),
    ]);
  });

  it('keep Node-only modules out of code that runs in a browser', async () => {
    expect(
      await importProblems('src/scripts/sample.ts', "export { checkContent } from '../lib/check/check-content.node.ts';\n"),
    ).toEqual([expect.stringMatching(/runs in the browser/)]);
  });

  it('hold no folder of more than 20 modules', () => {
    const folders = readdirSync(join(root, 'src/lib'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders)
      expect(readdirSync(join(root, 'src/lib', folder.name)).length, folder.name).toBeLessThanOrEqual(20);
    // Nothing left loose beside the folders.
    expect(readdirSync(join(root, 'src/lib')).filter((name) => name.endsWith('.ts'))).toEqual([]);
  });
});
