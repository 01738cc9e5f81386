/**
 * The last check before the editor saves a page: the page kind's schema, run on the whole entry. Field
 * rules (lengths, allowed values, required fields) already show under each field as the contributor types;
 * this catches what no single field can see, such as two organisations marked as the lead or an end year
 * before the start year, and names the field and the fix in the same words as the build would.
 */
import { checkFrontmatter } from '../src/lib/content/entry-errors';
import type { CollectionName } from '../src/lib/content/page-kinds';
import { withoutEmptyValues } from './frontmatter-format';

/** The problems that would stop the site building this page, as one message; undefined when there are none. */
export function saveProblems(collection: CollectionName, data: Record<string, unknown>): string | undefined {
  const fields = withoutEmptyValues(data);
  delete fields['body'];
  const problems = checkFrontmatter(collection, fields, `content/${collection}`);
  if (problems.length === 0) return undefined;
  const lines = problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message));
  return `This page cannot be saved yet. ${lines.join(' ')}`;
}
