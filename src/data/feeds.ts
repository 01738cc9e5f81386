/**
 * The entries of the handbook's feeds, from git history where the build has it and from each page's
 * review date where it does not (never the build date, which would mark every page as changed).
 */
import wiki from 'virtual:handbook/wiki';
import type { FeedEntry } from '../lib/render/atom';
import { pageUrl } from '../lib/content/routes';
import { COLLECTIONS, type CollectionName } from '../lib/content/page-kinds';
import { handbook, type AnyEntry } from './handbook';

/** How many entries a feed carries. */
export const FEED_LENGTH = 50;

export async function feedEntries(site: URL, collection?: CollectionName): Promise<FeedEntry[]> {
  const book = await handbook();
  const entries = (collection ? [collection] : COLLECTIONS)
    .flatMap((kind): AnyEntry[] => book.entries[kind])
    .map((entry) => {
      const url = pageUrl(entry.collection, entry.id);
      const history = wiki.history[url];
      return {
        title: entry.data.title,
        url: new URL(url, site).href,
        updated: history ? new Date(history.updated) : entry.data.lastReviewed,
        published: history ? new Date(history.created) : undefined,
        summary: entry.data.summary,
        authors: history?.authors.map((a) => a.name) ?? [],
      };
    });
  const key = (e: FeedEntry) => (collection ? (e.published ?? e.updated) : e.updated).getTime();
  return entries.sort((a, b) => key(b) - key(a)).slice(0, FEED_LENGTH);
}
