// Parts of Decap CMS the unit tests call as the editor does, from its published modules (which ship no types).

// String templates (list summaries, file names): tests/unit/cms-list-summaries.test.ts, tests/unit/slug.test.ts.
declare module 'decap-cms-lib-widgets/dist/esm/stringTemplate.js' {
  export function compileStringTemplate(
    template: string,
    date: Date | null,
    identifier: string,
    data: unknown,
    processor?: (value: string) => string,
  ): string;
}

// The sanitiser of file names: tests/unit/slug.test.ts.
declare module 'decap-cms-core/dist/esm/lib/urlHelper.js' {
  export function sanitizeSlug(text: string, options?: import('decap-cms-core').CmsSlug): string;
}
