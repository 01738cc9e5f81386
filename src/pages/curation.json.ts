import type { APIRoute } from 'astro';
import curation from 'virtual:handbook/curation';

/** The curation desk's lists (/curation/) as JSON, for tools: the same data the page shows. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(curation, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
