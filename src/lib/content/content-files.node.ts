/**
 * Where the handbook's pages live on disk: one folder per collection under `content/`,
 * one `.mdx` file per page, the file name (without extension) being the page's id and URL slug.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from './page-kinds';
import type { KnownIds } from './entry-errors';

/** The folder holding all content, relative to the project root. */
export const CONTENT_DIR = 'content';

/** The page files of one collection, as paths relative to `root`, sorted. */
export function listPageFiles(root: string, collection: CollectionName): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, CONTENT_DIR, collection));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => `${CONTENT_DIR}/${collection}/${name}`);
}

/** The page id of a content file: its name without folder or extension. */
export function idOf(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.mdx$/, '');
}

/** The ids of every page, by collection: one directory read each. */
export function readKnownIds(root: string): KnownIds {
  const entries = COLLECTIONS.map((c) => [c, new Set(listPageFiles(root, c).map(idOf))] as const);
  return Object.fromEntries(entries) as unknown as KnownIds;
}
