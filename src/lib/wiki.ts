/**
 * Everything a page needs to know about the rest of the handbook, computed in one pass at the start
 * of a build: the link graph (outgoing links, backlinks, related pages, broken links) and git history.
 * The result is plain data, handed to the pages through a virtual module (src/integrations/wiki.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, idOf, listPageFiles } from './content-files';
import { frontmatterLine, splitFrontmatter } from './frontmatter';
import { contributors, readContentHistory, type Author, type ContentCommit } from './git-history';
import { buildLinkGraph, type BrokenLink, type GraphPage } from './link-graph';
import { indexUrl, pageUrl, themeUrl } from './routes';
import { referenceFields, type CollectionName } from './schemas';
import { themes } from './vocabulary';

/** Routes besides content pages that content may link to. */
export function fixedRoutes(): string[] {
  return [
    '/',
    '/search/',
    '/themes/',
    '/changes/',
    '/contributors/',
    ...COLLECTIONS.map(indexUrl),
    ...themes.map((t) => themeUrl(t.value)),
  ];
}

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
  /** By page address. */
  history: Record<string, WikiPageHistory>;
  backlinks: Record<string, string[]>;
  related: Record<string, string[]>;
  /** The latest changes across the handbook, newest first. */
  changes: WikiChange[];
  contributors: { name: string; pages: number }[];
  broken: BrokenLink[];
}

/** How many recent changes are kept for /changes/ and the feeds. */
export const RECENT_CHANGES = 100;

/** Reads every content file once and returns what the graph needs of each. */
export function readGraphPages(root: string): GraphPage[] {
  return COLLECTIONS.flatMap((collection) =>
    listPageFiles(root, collection).map((file) => {
      const { data, body, bodyStartLine, frontmatter } = splitFrontmatter(readFileSync(join(root, file), 'utf8'));
      const references = Object.entries(referenceFields(collection)).flatMap(([field, target]) => {
        const ids = Array.isArray(data[field])
          ? (data[field] as unknown[]).filter((v): v is string => typeof v === 'string')
          : [];
        return ids.map((id) => ({ url: pageUrl(target as CollectionName, id), line: frontmatterLine(frontmatter, field, id) }));
      });
      const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]).map(String) : []);
      const organisations = Array.isArray(data['organisations'])
        ? (data['organisations'] as { name?: unknown; unnamed?: unknown }[])
            .filter((o) => o && !o.unnamed && typeof o.name === 'string')
            .map((o) => String(o.name))
        : [];
      return {
        url: pageUrl(collection, idOf(file)),
        file,
        body,
        bodyStartLine,
        references,
        questions: collection === 'questions' ? [idOf(file)] : list('questions'),
        themes: list('themes'),
        organisations,
      };
    }),
  );
}

/** Content file path (as git reports it, relative to the repository) to page address. */
function urlOfFile(file: string): string | undefined {
  const match = /^content\/([^/]+)\/([^/]+)\.mdx$/.exec(file);
  return match && (COLLECTIONS as readonly string[]).includes(match[1]!)
    ? pageUrl(match[1] as CollectionName, match[2]!)
    : undefined;
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

/** The whole computation, with how long each half took (for the build log and the benchmark). */
export function collectWiki(root: string): { data: WikiData; timings: { graphMs: number; historyMs: number } } {
  let started = performance.now();
  const graph = buildLinkGraph(readGraphPages(root), fixedRoutes());
  const graphMs = performance.now() - started;

  started = performance.now();
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
      history,
      backlinks: Object.fromEntries(graph.backlinks),
      related: Object.fromEntries(graph.related),
      changes: git.commits
        .slice(0, RECENT_CHANGES)
        .map(change)
        .filter((c) => c.pages.length > 0),
      contributors: contributors(git).map(({ author, pages }) => ({ name: author.name, pages })),
      broken: graph.broken,
    },
    timings: { graphMs, historyMs },
  };
}

/** Broken links as one message for the build log: every linking file and line. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const lines = broken.map((b) => `  ${b.file}:${b.line} ${b.message}`);
  return [
    `${broken.length} link${broken.length === 1 ? '' : 's'} lead${broken.length === 1 ? 's' : ''} nowhere:`,
    ...lines,
    'Fix each link (or restore the page it points to), then build again.',
  ].join('\n');
}
