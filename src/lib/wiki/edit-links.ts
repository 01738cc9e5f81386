/**
 * Where a reader goes to improve a page: the page in the online editor (/admin/, Decap CMS), a new page of
 * a kind, and the page's file on GitHub with its history. Repository and branch come from site.config.ts.
 */
import { repositoryUrl, site } from '../../site.config';
import type { CollectionName } from '../content/page-kinds';
import { UNLISTED } from '../content/routes';

/** The page open in the editor: Decap's deep link to an entry. */
export function editUrl(collection: CollectionName, id: string): string {
  return `${UNLISTED.editor}#/edit/${collection}/${id}`;
}

/** A new, empty page of a kind in the editor. */
export function newPageUrl(collection: CollectionName): string {
  return `${UNLISTED.editor}#/collections/${collection}/new`;
}

/**
 * "Suggest a change" to the page at `pageUrl` (its full address), for anyone without a GitHub account: the form of
 * the proposals endpoint (cms-config/proposals/), with the page filled in.
 */
export function suggestUrl(pageUrl: string): string {
  return `${site.proposals.baseUrl}/${site.proposals.suggest}?${new URLSearchParams({ page: pageUrl }).toString()}`;
}

/** "Propose a page", for anyone without a GitHub account: a case study in five plain questions. */
export function proposeUrl(): string {
  return `${site.proposals.baseUrl}/${site.proposals.propose}`;
}

/** The page's file on GitHub, whose "History" button lists every change to it. */
export function sourceUrl(collection: CollectionName, id: string): string {
  return `${repositoryUrl}/blob/${site.branch}/content/${collection}/${id}.mdx`;
}

/** Every change made to the page's file, newest first. */
export function historyUrl(collection: CollectionName, id: string): string {
  return `${repositoryUrl}/commits/${site.branch}/content/${collection}/${id}.mdx`;
}

/**
 * Where to discuss a page: the discussions (or issues, as site.config.ts says) whose title names the page,
 * from where a reader can join one or start one. Searching by title keeps one thread per page without a
 * server to map pages to threads.
 */
export function discussUrl(title: string, settings: Pick<typeof site, 'discuss' | 'discussionCategory'> = site): string {
  const query = `"${title}" in:title`;
  if (settings.discuss === 'issues') return `${repositoryUrl}/issues?q=${encodeURIComponent(`is:issue ${query}`)}`;
  return `${repositoryUrl}/discussions/categories/${encodeURIComponent(settings.discussionCategory)}?discussions_q=${encodeURIComponent(query)}`;
}

/**
 * The "Report an inaccuracy" issue form (.github/ISSUE_TEMPLATE/, built by cms-config/issue-form.ts): its file
 * name, and the id of the field that holds the page's address. GitHub fills a form's field from the query
 * parameter named by its id, so the link from each page arrives with that page's address already written.
 */
export const REPORT_FORM = { file: 'report-inaccuracy.yml', pageField: 'page' } as const;

/** A new "Report an inaccuracy" issue about the page at `pageUrl` (its full address), titled after the page. */
export function reportUrl(pageUrl: string, title: string): string {
  const query = new URLSearchParams({
    template: REPORT_FORM.file,
    title: `Inaccuracy: ${title}`,
    [REPORT_FORM.pageField]: pageUrl,
  });
  return `${repositoryUrl}/issues/new?${query.toString()}`;
}
