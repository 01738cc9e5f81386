/**
 * Every page's history from git, read in one pass: one `git log` over the content folder, never
 * one git process per page (the handbook must build 10,000 pages).
 *
 * Renames are followed, so a page keeps its history and authors when its file is renamed.
 * A shallow clone or a tree without git has no trustworthy history: the result says so, and pages
 * then say their date is unknown rather than showing the build date (a shallow clone would give
 * every page the date of its one commit: withastro/starlight uses `fetch-depth: 0` for the same reason).
 */
import { execFileSync } from 'node:child_process';
import { withoutInvisibleCharacters } from '../core/text-safety';

/** One person as git records them. */
export interface Author {
  name: string;
  email: string;
}

/** One commit that touched content. */
export interface ContentCommit {
  hash: string;
  date: Date;
  author: Author;
  subject: string;
  /** The content files it changed, by their current path (after any later renames). */
  files: string[];
  /** Files it added (created), by their current path. */
  added: string[];
}

/** What git knows of one page. */
export interface PageHistory {
  /** The newest change. */
  updated: Date;
  /** The commit that created the file (the oldest one that touched it). */
  created: Date;
  /** Everyone who changed it, newest first, each once. */
  authors: Author[];
}

export interface ContentHistory {
  /** False in a shallow clone or without git: dates and authors are then unknown. */
  known: boolean;
  /** Why the history is unknown, for the build log. */
  reason?: string;
  /** Each page's history, by its current file path relative to the repository root. */
  pages: Map<string, PageHistory>;
  /** Every commit that touched content, newest first. */
  commits: ContentCommit[];
  /** Records of git's output that could not be read and were skipped, each naming its commit where it can. */
  warnings: string[];
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/** The same person may commit under slightly different names; the email (or lower-cased name) identifies them. */
function authorKey(author: Author): string {
  return (author.email || author.name).trim().toLowerCase();
}

/**
 * Turns `git log --name-status -M` output (newest first) into histories keyed by each file's current path.
 * Exported for tests; `readContentHistory` runs git and calls it.
 */
export function parseGitLog(output: string): Pick<ContentHistory, 'pages' | 'commits' | 'warnings'> {
  const warnings: string[] = [];
  const pages = new Map<string, PageHistory>();
  const seenAuthors = new Map<string, Set<string>>();
  // Newest first: a rename R old -> new means that, further back, the file now at `current` was called `old`.
  const currentName = new Map<string, string>();
  const commits: ContentCommit[] = [];

  for (const record of output.split(RECORD)) {
    if (!record.trim()) continue;
    const [header = '', ...lines] = record.split('\n');
    const [hash = '', isoDate = '', name = '', email = '', subject = ''] = header.split(FIELD);
    const date = new Date(isoDate);
    // A commit's author and subject are whatever its author typed, git's own separators included: a record that
    // does not start with a commit id and a real date is not one git wrote, and is skipped rather than trusted.
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(hash) || !/^\d{4}-\d{2}-\d{2}T/.test(isoDate) || Number.isNaN(date.getTime())) {
      warnings.push(
        `git history: skipped a record that does not read as a commit (${/^[0-9a-f]{7,64}$/.test(hash) ? `commit ${hash.slice(0, 12)}` : `beginning "${withoutInvisibleCharacters(header.slice(0, 40))}"`}); a commit's subject or author name may hold git's separators.`,
      );
      continue;
    }
    // Shown on pages and in feeds: the text rules apply, with what they refuse made visible instead.
    const author = {
      name: withoutInvisibleCharacters(name).slice(0, 200),
      email: withoutInvisibleCharacters(email).slice(0, 200),
    };
    const commit: ContentCommit = {
      hash,
      date,
      author,
      subject: withoutInvisibleCharacters(subject).slice(0, 500),
      files: [],
      added: [],
    };

    for (const line of lines) {
      const [rawStatus = '', ...paths] = line.split('\t');
      if (!rawStatus || paths.length === 0) continue;
      // A copy (C) makes a new file at its second path: for that file, it is a creation.
      const status = rawStatus.startsWith('C') ? 'A' : rawStatus;
      const [from = '', to = from] = rawStatus.startsWith('C') ? [paths[1] ?? '', paths[1] ?? ''] : paths;
      // The path this file has today, if it still exists under another name.
      const current = currentName.get(status.startsWith('R') ? to : from) ?? (status.startsWith('R') ? to : from);
      if (status.startsWith('R')) currentName.set(from, current);
      if (status === 'D') {
        // A deleted file has no page today; an older file at the same path is a different page.
        currentName.set(from, `\0deleted:${hash}:${from}`);
        continue;
      }
      if (current.startsWith('\0deleted')) continue;

      commit.files.push(current);
      if (status === 'A') commit.added.push(current);
      const page = pages.get(current);
      if (!page) pages.set(current, { updated: date, created: date, authors: [author] });
      else {
        page.created = date;
        const seen = seenAuthors.get(current) ?? new Set(page.authors.map(authorKey));
        if (!seen.has(authorKey(author))) page.authors.push(author);
        seen.add(authorKey(author));
        seenAuthors.set(current, seen);
      }
      if (status === 'A') currentName.set(from, `\0created:${hash}:${from}`);
    }
    if (commit.files.length > 0) commits.push(commit);
  }
  return { pages, commits, warnings };
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}

/** The history of everything under `folder` (relative to `root`, the repository's top folder). */
export function readContentHistory(root: string, folder = 'content'): ContentHistory {
  const unknown = (reason: string): ContentHistory => ({ known: false, reason, pages: new Map(), commits: [], warnings: [] });
  try {
    if (git(['rev-parse', '--is-shallow-repository'], root).trim() === 'true') {
      return unknown('this is a shallow clone; fetch the full history (git fetch --unshallow) to show dates and editors');
    }
  } catch {
    return unknown('this folder is not a git repository');
  }
  try {
    const output = git(
      ['log', '-M', '--name-status', `--format=${RECORD}%H${FIELD}%aI${FIELD}%an${FIELD}%ae${FIELD}%s`, '--', folder],
      root,
    );
    return { known: true, ...parseGitLog(output) };
  } catch {
    return unknown('git log failed (a repository with no commits yet?)');
  }
}

/** Everyone who has edited any page, with how many pages each edited, most first. */
export function contributors(history: ContentHistory): { author: Author; pages: number }[] {
  const byKey = new Map<string, { author: Author; pages: number }>();
  for (const page of history.pages.values()) {
    for (const author of page.authors) {
      const key = authorKey(author);
      const entry = byKey.get(key) ?? { author, pages: 0 };
      entry.pages += 1;
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => b.pages - a.pages || a.author.name.localeCompare(b.author.name, 'en-GB'));
}
