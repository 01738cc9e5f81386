/**
 * A collapsed item of a list in the editor is labelled by the list's summary; without one Decap shows the
 * field's label on every item ("Lesson", "Lesson", …) and a contributor cannot tell them apart. Every list of
 * every page kind is checked with Decap's own template compiler, as its list widget calls it.
 */
import type { CmsField } from 'decap-cms-core';
// Decap's list widget labels items with this function (handleSummary in decap-cms-widget-list's ListControl).
import { compileStringTemplate } from 'decap-cms-lib-widgets/dist/esm/stringTemplate.js';
import { fromJS } from 'immutable';
import { describe, expect, it } from 'vitest';
import { editorFields } from '../../cms-config/collections';
import { COLLECTIONS } from '../../src/lib/content/page-kinds';

type Field = CmsField & Record<string, unknown>;

/** Every list field, at any depth, with where it is. */
function listsIn(fields: Field[], at: string): { where: string; list: Field }[] {
  return fields.flatMap((field) => {
    const where = `${at}.${field.name}`;
    const inner = (field.fields as Field[] | undefined) ?? [];
    return [...(field.widget === 'list' ? [{ where, list: field }] : []), ...listsIn(inner, where)];
  });
}

/** The label Decap shows on a collapsed item holding `item` (ListControl's objectLabel). */
function itemLabel(list: Field, item: unknown): string {
  const summary = list.summary as string | undefined;
  const single = list.field as Field | undefined;
  const data = fromJS(single ? { [single.name]: item } : item).set('fields.label', single?.label ?? '');
  return summary ? compileStringTemplate(summary, null, '', data) : String(single?.label ?? '');
}

const lists = COLLECTIONS.flatMap((collection) => listsIn(editorFields(collection) as Field[], collection));

describe('list items in the editor', () => {
  it('are found in every page kind that has lists', () => {
    expect(lists.map((l) => l.where)).toEqual(
      expect.arrayContaining([
        'case-studies.organisations',
        'case-studies.lessons',
        'case-studies.outcomes',
        'questions.prompts',
      ]),
    );
  });

  it.each(lists)('$where: each item is labelled by its own text', ({ list }) => {
    const single = list.field as Field | undefined;
    const text = 'Size need not decide who leads a partnership, when the sources say so plainly and in detail.';
    const item = single
      ? text
      : Object.fromEntries(
          ((list.fields as Field[]) ?? []).map((f) => [f.name, f.widget === 'number' ? 2021 : `${text} (${f.name})`]),
        );
    const label = itemLabel(list, item);
    expect(label).not.toBe(single?.label);
    expect(label.slice(0, 40)).toBe(text.slice(0, 40));
  });

  it('shortens a long text to about a line', () => {
    const lessons = lists.find((l) => l.where === 'case-studies.lessons')!.list;
    expect(itemLabel(lessons, 'word '.repeat(120)).length).toBeLessThanOrEqual(103);
  });
});
