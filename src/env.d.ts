declare module 'virtual:handbook/wiki' {
  const data: import('./lib/wiki').WikiData;
  export default data;
}

// Decap's string templates (list summaries, slugs): tests/unit/cms-list-summaries.test.ts calls it as the editor does.
declare module 'decap-cms-lib-widgets/dist/esm/stringTemplate.js' {
  export function compileStringTemplate(template: string, date: Date | null, identifier: string, data: unknown): string;
}

// The curation desk's lists and the build's "today" (src/integrations/content.ts).
declare module 'virtual:handbook/curation' {
  const report: import('./lib/curation').CurationReport;
  export default report;
}
