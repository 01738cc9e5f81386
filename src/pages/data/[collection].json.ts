import type { APIRoute, GetStaticPaths } from 'astro';
import { dataset, datasetJson } from '../../data/open-data';
import { DATA_COLLECTIONS, type DataCollection } from '../../lib/open-data';

export const getStaticPaths = (() => DATA_COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

/** Every case study or practice as JSON; the codebook at /data/ says what each field holds. */
export const GET: APIRoute = async ({ params }) =>
  new Response(datasetJson(await dataset(params['collection'] as DataCollection)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
