import type { APIRoute, GetStaticPaths } from 'astro';
import { dataset, datasetCsv, datasetJson } from '../../data/open-data';
import { DATA_COLLECTIONS, type DataCollection } from '../../lib/content/open-data';

/** The files of each dataset: how to write each, and its type. */
const FORMATS = {
  csv: { write: datasetCsv, type: 'text/csv; charset=utf-8' },
  json: { write: datasetJson, type: 'application/json; charset=utf-8' },
};

export const getStaticPaths = (() =>
  DATA_COLLECTIONS.flatMap((collection) =>
    Object.keys(FORMATS).map((format) => ({ params: { collection, format } })),
  )) satisfies GetStaticPaths;

/** Every case study or practice as CSV (one row each) or JSON; the codebook at /data/ says what each column holds. */
export const GET: APIRoute = async ({ params }) => {
  const { write, type } = FORMATS[params['format'] as keyof typeof FORMATS];
  return new Response(write(await dataset(params['collection'] as DataCollection)), { headers: { 'Content-Type': type } });
};
