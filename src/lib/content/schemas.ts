/**
 * The frontmatter schema of every page kind, generated from the field descriptions in `page-kinds.ts`: the
 * rules the build, the content checker and the contributor's messages (`entry-errors.ts`) apply.
 *
 * The schemas are built by a function that is handed `ref`, the way one page names another. The site passes
 * Astro's `reference()`, which checks at build time that the named page exists; the checker passes its own,
 * which names the nearest existing page, and unit tests a plain string schema.
 */
import { z } from 'astro/zod';
import { DATE_RANGE, WEB_ADDRESS, type Field, type GroupRule } from './fields';
import { COLLECTIONS, fieldsOf, PAGE_KINDS, type CollectionName } from './page-kinds';
import { valuesOf } from './vocabulary';

/** Turns a collection name into the schema of a link to one of its pages. */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

type ValueOfTerms<T> = T extends readonly { value: infer V }[] ? V : never;
type NameOf<F> = F extends { name: infer N extends string } ? N : never;

/** The value a field holds once read, as TypeScript sees it; `Ref` is what a link to a page becomes. */
export type FieldValue<F, Ref> = F extends { type: 'text' | 'url' }
  ? string
  : F extends { type: 'number' }
    ? number
    : F extends { type: 'date' }
      ? Date
      : F extends { type: 'boolean' }
        ? boolean
        : F extends { type: 'choice'; terms: infer T }
          ? ValueOfTerms<T>
          : F extends { type: 'choices'; terms: infer T }
            ? ValueOfTerms<T>[]
            : F extends { type: 'pages' }
              ? Ref[]
              : F extends { type: 'texts' }
                ? string[]
                : F extends { type: 'group'; fields: infer G }
                  ? DataOf<G, Ref>
                  : F extends { type: 'groups'; fields: infer G }
                    ? DataOf<G, Ref>[]
                    : never;

/** The data of a group of fields once read: an optional field may be missing, every other one is there. */
export type DataOf<Fields, Ref> = Fields extends readonly unknown[]
  ? { [F in Fields[number] as F extends { optional: true } ? never : NameOf<F>]: FieldValue<F, Ref> } & {
      [F in Fields[number] as F extends { optional: true } ? NameOf<F> : never]?: FieldValue<F, Ref> | undefined;
    }
  : never;

/** The frontmatter of a page of a kind, once read. */
export type PageData<K extends CollectionName, Ref = { id: string; collection: string }> = DataOf<
  (typeof PAGE_KINDS)[K]['fields'],
  Ref
>;

function withRule<T extends z.ZodType>(schema: T, rule: GroupRule | undefined): z.ZodType {
  if (!rule) return schema;
  return schema.refine((value) => rule.test(value as Record<string, unknown>), {
    message: rule.message,
    ...(rule.field ? { path: [rule.field] } : {}),
  });
}

const hasCredentials = (address: string) =>
  URL.canParse(address) && Boolean(new URL(address).username || new URL(address).password);

/** The schema of one field, before its default or optional wrapper. */
function bareSchema(field: Field, ref: RefFactory): z.ZodType {
  switch (field.type) {
    case 'text': {
      let text = z.string().trim().min(field.min).max(field.max);
      if (field.pattern) text = text.regex(new RegExp(field.pattern.source), field.pattern.message);
      return text;
    }
    case 'url':
      return (
        z
          .string()
          // First, and alone: an address with a user name also fails the pattern, with a vaguer message.
          .refine((address) => !hasCredentials(address), {
            message:
              'the address has a user name before "@", which hides where it really goes. Write the address of the page itself.',
            abort: true,
          })
          .regex(new RegExp(WEB_ADDRESS.source), WEB_ADDRESS.message)
      );
    case 'number':
      return z.number().int().min(field.min).max(field.max);
    case 'date':
      return z.coerce.date().min(DATE_RANGE.min).max(DATE_RANGE.max);
    case 'boolean':
      return z.boolean();
    case 'choice':
      return z.enum(valuesOf(field.terms));
    case 'choices':
      return z.array(z.enum(valuesOf(field.terms))).min(field.min ?? 0);
    case 'pages':
      return z.array(ref(field.collection as CollectionName)).min(field.min ?? 0);
    case 'texts':
      return z.array(z.string().trim().min(field.item.min).max(field.item.max)).min(field.min ?? 0);
    case 'group':
      return withRule(objectSchema(field.fields, ref), field.rule);
    case 'groups':
      return withRule(z.array(withRule(objectSchema(field.fields, ref), field.eachRule)).min(field.min ?? 0), field.rule);
  }
}

/** The schema of one field, as a page may write it: left out when it has a default or is optional. */
export function fieldSchema(field: Field, ref: RefFactory): z.ZodType {
  const schema = bareSchema(field, ref);
  const isList = ['choices', 'pages', 'texts', 'groups'].includes(field.type);
  if (isList && !('min' in field && field.min)) return schema.default([]);
  if ('default' in field && field.default !== undefined) return schema.default(field.default as never);
  if ('optional' in field && field.optional) return schema.optional();
  return schema;
}

/** The schema of a group of fields: only those fields, each by its rules. */
export function objectSchema(fields: readonly Field[], ref: RefFactory) {
  return z.strictObject(Object.fromEntries(fields.map((field) => [field.name, fieldSchema(field, ref)])));
}

/** The schemas of every page kind, typed by their fields. */
export type PageSchemas<Ref> = { [K in CollectionName]: z.ZodType<PageData<K, Ref>> };

/** The schema of every page kind, with `ref` for the fields that name other pages. */
export function makeSchemas<R extends z.ZodType>(ref: RefFactory<R>): PageSchemas<z.output<R>> {
  const schemas = COLLECTIONS.map((kind) => [kind, objectSchema(fieldsOf(kind), ref)]);
  return Object.fromEntries(schemas) as PageSchemas<z.output<R>>;
}

/** The fields of a page kind that name other pages, and which collection each names. */
export function referenceFields(collection: CollectionName): Record<string, CollectionName> {
  return Object.fromEntries(
    fieldsOf(collection).flatMap((field) => (field.type === 'pages' ? [[field.name, field.collection as CollectionName]] : [])),
  );
}
