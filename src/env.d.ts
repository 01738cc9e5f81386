declare module 'virtual:handbook/wiki' {
  const data: import('./lib/wiki').WikiData;
  export default data;
}

// Decap's string templates (list summaries, slugs): tests/unit/cms-list-summaries.test.ts calls it as the editor does.
declare module 'decap-cms-lib-widgets/dist/esm/stringTemplate.js' {
  export function compileStringTemplate(template: string, date: Date | null, identifier: string, data: unknown): string;
}
