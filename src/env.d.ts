declare module 'virtual:handbook/wiki' {
  const data: import('./lib/wiki/wiki').WikiData;
  export default data;
}

// The curation desk's lists and the build's "today" (src/integrations/content.ts).
declare module 'virtual:handbook/curation' {
  const report: import('./lib/curation/curation').CurationReport;
  export default report;
}
