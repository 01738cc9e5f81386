/**
 * Everything a page needs to know about the rest of the handbook, computed in one pass at the start
 * of a build: the link graph (from the content check, src/lib/check/check-content.node.ts) and git history.
 * The result is plain data, handed to the pages through a virtual module (src/integrations/content.ts).
 */
import { isCollection } from '../content/page-kinds';
import { contributors, readContentHistory, type Author, type ContentCommit } from './git-history.node.ts';
import type { LinkGraph } from './link-graph';
import { pageUrl } from '../content/routes';

export interface WikiPageHistory {
  updated: string;
  created: string;
  authors: Author[];
}

/** A change for the recent-changes page and feeds. */
export interface WikiChange {
  hash: string;
  date: string;
  author: string;
  subject: string;
  /** Addresses of the pages it changed. */
  pages: string[];
  /** Addresses of the pages it created. */
  created: string[];
}

export interface WikiData {
  /** False when the build has no full git history (a shallow clone, or no git): dates are then unknown. */
  historyKnown: boolean;
  historyNote?: string | undefined;
  /** Records of git's output that were skipped, for the build log. */
  historyWarnings: string[];
  /** By page address. */
  history: Record<string, WikiPageHistory>;
  backlinks: Record<string, string[]>;
  related: Record<string, string[]>;
  /** The latest changes across the handbook, newest first. */
  changes: WikiChange[];
  contributors: { name: string; pages: number }[];
}

/** How many recent changes are kept for /changes/ and the feeds. */
export const RECENT_CHANGES = 100;

/** Content file path (as git reports it, relative to the repository) to page address. */
function urlOfFile(file: string): string | undefined {
  const match = /^content\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
  return match && isCollection(match[1]!) ? pageUrl(match[1], match[2]!) : undefined;
}

function change(commit: ContentCommit): WikiChange {
  const urls = (files: string[]) => [...new Set(files.flatMap((f) => urlOfFile(f) ?? []))];
  return {
    hash: commit.hash,
    date: commit.date.toISOString(),
    author: commit.author.name,
    subject: commit.subject,
    pages: urls(commit.files),
    created: urls(commit.added),
  };
}

/** The wiki data from the link graph (built by the content check) and one read of git history. */
export function wikiData(graph: LinkGraph, root: string): { data: WikiData; historyMs: number } {
  const started = performance.now();
  const git = readContentHistory(root);
  const history: Record<string, WikiPageHistory> = {};
  for (const [file, page] of git.pages) {
    const url = urlOfFile(file);
    if (url) history[url] = { updated: page.updated.toISOString(), created: page.created.toISOString(), authors: page.authors };
  }
  const historyMs = performance.now() - started;
  return {
    data: {
      historyKnown: git.known,
      historyNote: git.reason,
      historyWarnings: git.warnings,
      history,
      backlinks: Object.fromEntries(graph.backlinks),
      related: Object.fromEntries(graph.related),
      changes: git.commits
        .slice(0, RECENT_CHANGES)
        .map(change)
        .filter((c) => c.pages.length > 0),
      contributors: contributors(git).map(({ author, pages }) => ({ name: author.name, pages })),
    },
    historyMs,
  };
}
