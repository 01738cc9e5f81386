/**
 * The last check before the editor saves a page: the page kind's schema, run on the whole entry. Field
 * rules (lengths, allowed values, required fields) already show under each field as the contributor types;
 * this catches what no single field can see, such as two organisations marked as the lead or an end year
 * before the start year, and names the field and the fix in the same words as the build would.
 */
import { checkFrontmatter } from '../src/lib/entry-errors';
import type { CollectionName } from '../src/lib/page-kinds';
import { slugify } from '../src/lib/slug';
import { withoutEmptyValues } from './frontmatter-format';

/**
 * What the editor does just before it saves (Decap's `preSave` event, admin.ts): throws a message when the page
 * would stop the site building, and gives a new page its file name, `slugify(title)`, which the editor stores
 * under FILE_NAME for the collection's `slug` template to read (collections.ts). Decap's own slug of the title
 * would keep "_" and "~", which no page address may have (`sanitizeSlug` in decap-cms-core's lib/urlHelper.ts).
 */
export function beforeSave(collection: CollectionName, data: Record<string, unknown>, isNew: boolean): string | undefined {
  const problem = saveProblems(collection, data);
  if (problem) throw new Error(problem);
  return isNew ? slugify(String(data['title'] ?? '')) : undefined;
}

/** The problems that would stop the site building this page, as one message; undefined when there are none. */
export function saveProblems(collection: CollectionName, data: Record<string, unknown>): string | undefined {
  const fields = withoutEmptyValues(data);
  delete fields['body'];
  const problems = checkFrontmatter(collection, fields, `content/${collection}`);
  if (problems.length === 0) return undefined;
  const lines = problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message));
  return `This page cannot be saved yet. ${lines.join(' ')}`;
}
