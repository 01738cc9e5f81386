import type { APIRoute, GetStaticPaths } from 'astro';
import { dataset, datasetCsv } from '../../data/open-data';
import { DATA_COLLECTIONS, type DataCollection } from '../../lib/open-data';

export const getStaticPaths = (() => DATA_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** Every case study or practice as CSV, one row each; the codebook at /data/ says what each column holds. */
export const GET: APIRoute = async ({ params }) =>
  new Response(datasetCsv(await dataset(params['collection'] as DataCollection)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
