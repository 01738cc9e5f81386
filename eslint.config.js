// @ts-check
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/**
 * src/lib is grouped by role, each group a layer that may use only the layers below it (the README's "How the code
 * fits together"): a foundation, the content model, the wiki's graph, the check, the curation desk, rendering and the
 * practitioners' tools. A module that needs one from a higher layer belongs higher, or the two share a lower one.
 */
const LAYERS = ['core', 'content', 'wiki', 'check', 'curation', 'render', 'tools'];
/** @type {import('eslint').Linter.Config[]} */
const layerRules = LAYERS.map((layer, level) => ({
  files: [`src/lib/${layer}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: LAYERS.slice(level + 1).map((higher) => ({
          group: [`../${higher}/*`],
          message: `src/lib/${layer}/ is below src/lib/${higher}/: it may not import from it (eslint.config.js).`,
        })),
      },
    ],
  },
}));

/** Modules named `*.node.ts` use Node's own modules; code that runs in a reader's browser or the editor may not load them. */
/** @type {import('eslint').Linter.Config} */
const browserRules = {
  files: ['src/scripts/**', 'src/components/**', 'cms-config/**'],
  // The forms' endpoint, the sign-in relay and the issue forms' generator run on a server or in a command.
  ignores: ['cms-config/proposals/**', 'cms-config/netlify/**', 'cms-config/oauth-relay/**', 'cms-config/issue-form.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['**/*.node.ts'], message: 'This runs in the browser: it may not load a Node-only module (*.node.ts).' },
        ],
      },
    ],
  },
};

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  ...layerRules,
  browserRules,
);
