/**
 * The open data files and their codebook, built from the collections once per build
 * (see src/lib/content/open-data.ts for the layout and src/lib/tools/codebook.ts for the codebook).
 */
import { codebook, DATASETS, type CodebookColumn } from '../lib/tools/codebook';
import {
  DATA_COLLECTIONS,
  dataPlan,
  plainData,
  toCsv,
  toJson,
  type DataCollection,
  type DataRecord,
  type FieldPlan,
} from '../lib/content/open-data';
import { dataFileUrl, pageUrl, ROUTES } from '../lib/content/routes';
import { site } from '../site.config';
import { handbook } from './handbook';

export interface Dataset {
  collection: DataCollection;
  plan: FieldPlan[];
  records: DataRecord[];
  columns: CodebookColumn[];
}

let loaded: Promise<Dataset[]> | undefined;

/** Both datasets, records sorted by page id so a file changes only where a page did. */
export function datasets(): Promise<Dataset[]> {
  loaded ??= (async () => {
    const book = await handbook();
    return DATA_COLLECTIONS.map((collection) => {
      const plan = dataPlan(collection);
      const records = [...book.entries[collection]]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((entry) => ({
          id: entry.id,
          url: new URL(pageUrl(collection, entry.id), site.url).href,
          ...plainData(plan, entry.data as Record<string, unknown>),
        }));
      return { collection, plan, records, columns: codebook(plan) };
    });
  })();
  return loaded;
}

export async function dataset(collection: DataCollection): Promise<Dataset> {
  return (await datasets()).find((d) => d.collection === collection)!;
}

/** The JSON file: what it holds, whose it is, its licence and codebook, then the records. */
export function datasetJson({ collection, records }: Dataset): string {
  return toJson(records, {
    title: `${site.title}: ${DATASETS[collection].title.toLowerCase()}`,
    description: DATASETS[collection].record,
    publisher: site.title,
    licence: site.contentLicence,
    codebook: new URL(ROUTES.data, site.url).href,
    source: new URL(dataFileUrl(collection, 'json'), site.url).href,
  });
}

export function datasetCsv({ records, plan }: Dataset): string {
  return toCsv(records, plan);
}
