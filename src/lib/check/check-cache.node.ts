/**
 * The content checker's verdict on each page, kept between runs (in `node_modules/.cache/handbook/`), so that a
 * page nobody changed is not read again: `npm run check:content` and every build after it check only the pages
 * that changed. A verdict is found again only for the same bytes at the same path, checked by the same checker:
 * the key holds the page's bytes and path, the source of every rule (each file under src/lib/, and the site's
 * settings), the installed packages (the MDX parser, the YAML readers, the schema library) and the media files
 * pages may show. What a page's check depends on across pages (links, anchors, duplicate addresses) is worked
 * out on every run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { BASE } from '../core/base-path';

/** The cache's folder in a project. */
export const CACHE_DIR = 'node_modules/.cache/handbook';

const FILE = 'content-check.bin';

/** What the checker's rules are, as one hash: a change to any of them (or to a package they use) starts afresh. */
function rulesVersion(root: string, media: ReadonlySet<string>): string {
  const hash = createHash('sha256').update(process.version);
  const lib = fileURLToPath(new URL('.', import.meta.url));
  const sources = readdirSync(lib, { withFileTypes: true }).filter((entry) => entry.isFile());
  // The rules, and the site's settings some of them read.
  for (const file of [...sources.map((entry) => join(lib, entry.name)).sort(), join(lib, '../../site.config.ts')])
    hash.update(file.slice(lib.length)).update(readFileSync(file));
  // npm's record of what is installed, or the lock file when npm left none.
  const installed = [join(root, 'node_modules/.package-lock.json'), join(root, 'package-lock.json')].find((p) => existsSync(p));
  if (installed) hash.update(readFileSync(installed));
  for (const file of [...media].sort()) hash.update(file).update('\0');
  // Who may own a page (owners.ts) is read from CODEOWNERS.
  const codeowners = join(root, '.github', 'CODEOWNERS');
  if (existsSync(codeowners)) hash.update(readFileSync(codeowners));
  // The addresses a verdict holds are under the build's base path (routes.ts).
  hash.update(`base:${BASE}`);
  return hash.digest('hex');
}

export interface CheckCache<Verdict> {
  /** The key of a page's verdict: its path and bytes, under these rules. */
  key(file: string, bytes: Uint8Array): string;
  get(key: string): Verdict | undefined;
  set(key: string, verdict: Verdict): void;
  /** Writes the verdicts of this run (only those: verdicts on pages that are gone or changed are dropped). */
  save(): void;
}

/** The cache of the project at `root`; its verdicts are values the structured clone can copy (dates included). */
export function openCheckCache<Verdict>(root: string, media: ReadonlySet<string>): CheckCache<Verdict> {
  const dir = join(root, CACHE_DIR);
  const version = rulesVersion(root, media);
  let stored = new Map<string, Verdict>();
  try {
    stored = deserialize(readFileSync(join(dir, FILE))) as Map<string, Verdict>;
  } catch {
    // No cache yet, or one written by another version of Node: start afresh.
  }
  const used = new Map<string, Verdict>();
  return {
    key: (file, bytes) => createHash('sha256').update(version).update(file).update('\0').update(bytes).digest('base64'),
    get(key) {
      const verdict = stored.get(key);
      if (verdict !== undefined) used.set(key, verdict);
      return verdict;
    },
    set: (key, verdict) => void used.set(key, verdict),
    save() {
      try {
        mkdirSync(dir, { recursive: true });
        // Written beside and renamed, so a run that stops halfway never leaves half a file.
        const temporary = join(dir, `${FILE}.${process.pid}`);
        writeFileSync(temporary, serialize(used));
        renameSync(temporary, join(dir, FILE));
      } catch {
        // A cache that cannot be written only makes the next run slower.
      }
    },
  };
}
