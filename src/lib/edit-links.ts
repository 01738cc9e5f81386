/**
 * Where a reader goes to improve a page: the page in the online editor (/admin/, Decap CMS), a new page of
 * a kind, and the page's file on GitHub with its history. Repository and branch come from site.config.ts.
 */
import { repositoryUrl, site } from '../site.config';
import type { CollectionName } from './schemas';

/** The page open in the editor: Decap's deep link to an entry. */
export function editUrl(collection: CollectionName, id: string): string {
  return `/admin/#/edit/${collection}/${id}`;
}

/** A new, empty page of a kind in the editor. */
export function newPageUrl(collection: CollectionName): string {
  return `/admin/#/collections/${collection}/new`;
}

/** The page's file on GitHub, whose "History" button lists every change to it. */
export function sourceUrl(collection: CollectionName, id: string): string {
  return `${repositoryUrl}/blob/${site.branch}/content/${collection}/${id}.mdx`;
}

/** Every change made to the page's file, newest first. */
export function historyUrl(collection: CollectionName, id: string): string {
  return `${repositoryUrl}/commits/${site.branch}/content/${collection}/${id}.mdx`;
}
