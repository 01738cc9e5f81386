/**
 * Checks the repository's GitHub settings files before GitHub sees them, so a mistake fails `npm test` here
 * rather than silently on GitHub (a broken issue form is simply left out of the issue chooser; a broken
 * workflow never runs):
 * - workflows (.github/workflows/): against GitHub's workflow schema, by action-validator;
 * - issue forms and the issue chooser (.github/ISSUE_TEMPLATE/): against SchemaStore's schemas of them, with the
 *   rules GitHub enforces on saving that a schema cannot state (unique ids and labels);
 * - Dependabot's settings (.github/dependabot.yml): against SchemaStore's schema of its version 2 format;
 * - CODEOWNERS: owners GitHub can use, and paths that exist.
 * Files are read as GitHub reads YAML (version 1.1, where an unquoted yes or no is a boolean), and every
 * problem names its line.
 */
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../../src/lib/check/check-content.node.ts';
import { site } from '../../src/site.config';

/** Where in a file's data a problem is: keys and list positions from the top. */
type DataPath = (string | number)[];

interface Found {
  path: DataPath;
  message: string;
}

type Checker = (data: unknown) => Found[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const quoted = (value: unknown) => JSON.stringify(value);

/**
 * Reads a YAML file as GitHub does and runs `check` on its data; each problem gets the line it is on.
 * Issue forms and Dependabot's settings are read as YAML 1.1 (an unquoted yes is a boolean there); workflows as
 * YAML 1.2, where their `on:` key stays a word.
 */
function checkYaml(file: string, text: string, check: Checker, version: '1.1' | '1.2' = '1.1'): ContentProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version, lineCounter, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  // The first error only, in its first line: later ones usually follow from it, and the rest of the message
  // quotes the file, which the line number already points at.
  const [error] = doc.errors;
  if (error) return [{ file, ...at(error.pos[0]), message: `is not valid YAML: ${error.message.split('\n')[0]}` }];
  /** Where the key or list item at `path` starts; for a path the file lacks, its nearest parent that it has. */
  const locate = (path: DataPath): number => {
    for (let end = path.length; end > 0; end--) {
      const parent = end === 1 ? doc.contents : doc.getIn(path.slice(0, end - 1), true);
      const last = path[end - 1];
      const node = isMap(parent)
        ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key
        : isSeq(parent) && typeof last === 'number'
          ? parent.items[last]
          : undefined;
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) return range[0];
    }
    return 0;
  };
  return check(doc.toJS()).map(({ path, message }) => ({ file, ...at(locate(path)), message }));
}

/**
 * GitHub's formats as SchemaStore publishes them (https://github.com/SchemaStore/schemastore, Apache-2.0), kept in
 * tests/lint/schemas/ as they were at the commit its README names: the same schemas editors use to check these files.
 */
const SCHEMAS = {
  issueForm: 'github-issue-forms.json',
  issueChooser: 'github-issue-config.json',
  dependabot: 'dependabot-2.0.json',
} as const;

// Not strict: SchemaStore's schemas use keywords of editors (markdownDescription) that Ajv does not know.
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = Object.fromEntries(
  Object.entries(SCHEMAS).map(([name, file]) => [
    name,
    ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, 'schemas', file), 'utf8')) as object),
  ]),
) as Record<keyof typeof SCHEMAS, ValidateFunction>;

/** A schema error in words, at the data's path: the key it is about where the schema names one. */
function schemaFound(error: ErrorObject): Found {
  const path: DataPath = error.instancePath
    .split('/')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
  const params = error.params as { additionalProperty?: string; missingProperty?: string; allowedValues?: unknown[] };
  if (params.additionalProperty)
    return {
      path: [...path, params.additionalProperty],
      message: `"${params.additionalProperty}" is not a key GitHub knows here.`,
    };
  const where = path.length ? path.join('.') : 'the file';
  if (params.missingProperty) return { path, message: `${where} needs "${params.missingProperty}".` };
  if (params.allowedValues) return { path, message: `${where} must be one of: ${params.allowedValues.map(quoted).join(', ')}.` };
  // YAML reads an unquoted yes, no or number as something other than text.
  if (error.keyword === 'type' && (error.params as { type?: string }).type === 'string')
    return { path, message: `${where} must be text: put quotation marks around it if it reads as a number, yes or no.` };
  return { path, message: `${where} ${error.message ?? 'is not valid'}.` };
}

/**
 * A file's data against its schema. Of the alternatives a schema offers ("anyOf", "oneOf"), Ajv reports every branch's
 * errors; the specific ones (a missing or unknown key, a value not allowed) come first, and each path once.
 */
function schemaProblems(schema: keyof typeof SCHEMAS, data: unknown): Found[] {
  if (validators[schema](data)) return [];
  const errors = (validators[schema].errors ?? []).filter((e) => !['anyOf', 'oneOf', 'if', 'allOf'].includes(e.keyword));
  const seen = new Set<string>();
  return errors.map(schemaFound).filter((found) => {
    const key = `${found.path.join('/')}|${found.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * An issue form: SchemaStore's schema, and the rules GitHub applies on saving that a schema cannot state: a form's
 * ids and labels are each used once (each becomes a heading of the issue, and ids name the fields in links), a form
 * has something to fill in, a dropdown's default is one of its options, and a dropdown does not offer "None", which
 * GitHub keeps for a choice left empty.
 */
export function issueFormProblems(data: unknown): Found[] {
  const found = schemaProblems('issueForm', data);
  const body = isObject(data) && Array.isArray(data['body']) ? data['body'] : [];
  if (body.length > 0 && body.every((element) => isObject(element) && element['type'] === 'markdown'))
    found.push({ path: ['body'], message: 'body must have at least one element to fill in, besides markdown.' });
  const seen = { id: new Set<unknown>(), label: new Set<unknown>() };
  body.forEach((element, i) => {
    if (!isObject(element) || element['type'] === 'markdown') return;
    const attributes = isObject(element['attributes']) ? element['attributes'] : {};
    const values = { id: element['id'], label: attributes['label'] };
    for (const key of ['id', 'label'] as const) {
      const path = key === 'id' ? ['body', i, 'id'] : ['body', i, 'attributes', 'label'];
      if (values[key] !== undefined && seen[key].has(values[key]))
        found.push({ path, message: `${key} ${quoted(values[key])} is used twice.` });
      seen[key].add(values[key]);
    }
    const options = Array.isArray(attributes['options']) ? attributes['options'] : [];
    const index = attributes['default'];
    if (element['type'] === 'dropdown' && index !== undefined && !(Number.isInteger(index) && (index as number) < options.length))
      found.push({
        path: ['body', i, 'attributes', 'default'],
        message: `default must be the position of an option, from 0 to ${options.length - 1}.`,
      });
    if (element['type'] === 'dropdown')
      options.forEach((option, j) => {
        if (typeof option === 'string' && option.trim().toLowerCase() === 'none')
          found.push({
            path: ['body', i, 'attributes', 'options', j],
            message: '"None" is kept by GitHub for an empty choice: use other words.',
          });
      });
  });
  return found;
}

/** The issue chooser's config.yml: whether blank issues are allowed, and links shown beside the forms. */
export const issueChooserProblems = (data: unknown): Found[] => schemaProblems('issueChooser', data);

/** Dependabot's settings (version 2). */
export const dependabotProblems = (data: unknown): Found[] => schemaProblems('dependabot', data);

/** Sentences from action-validator's nested errors: each error that has no alternatives beneath it. */
function validatorMessages(errors: ValidationError[], prefix = ''): { path: string; message: string }[] {
  return errors.flatMap((error) => {
    const path = 'path' in error ? error.path : '';
    const nested = 'states' in error && error.states?.length ? error.states : undefined;
    if (nested) {
      const alternatives = nested.map((state) => validatorMessages(state.errors, prefix));
      // "One of these shapes": report the shape that came closest (fewest problems), as a person would read it.
      return alternatives.sort((a, b) => a.length - b.length)[0] ?? [];
    }
    return [{ path, message: `${prefix}${error.detail ?? error.title}` }];
  });
}

/** A workflow, against GitHub's workflow schema (action-validator). */
export function workflowProblems(file: string, text: string): ContentProblem[] {
  const result = validateWorkflow(text);
  const messages = validatorMessages(result.errors);
  if (messages.length === 0) return [];
  return checkYaml(
    file,
    text,
    () =>
      messages.map(({ path, message }) => ({
        path: path
          .split('/')
          .filter(Boolean)
          .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        message: `does not follow GitHub's workflow syntax: ${message}`,
      })),
    '1.2',
  );
}

/** A GitHub user (@name), a team of an organisation (@org/team) or an e-mail address. */
const OWNER = /^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9._-]+)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;

/**
 * CODEOWNERS: each line a path pattern and its owners. Teams must belong to the organisation that owns the
 * repository (`repository` in src/site.config.ts), or GitHub ignores them; a plain path must exist, or the line
 * protects nothing.
 */
export function codeOwnersProblems(
  file: string,
  text: string,
  repository: string,
  exists: (path: string) => boolean,
): ContentProblem[] {
  const organisation = repository.split('/')[0];
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.replace(/\s#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) return [];
    const at = { file, line: index + 1, column: 1 };
    const [pattern = '', ...owners] = line.split(/\s+/);
    const problems: ContentProblem[] = [];
    if (owners.length === 0) problems.push({ ...at, message: `"${pattern}" names no owner: add a team or a user after it.` });
    for (const owner of owners) {
      if (!OWNER.test(owner))
        problems.push({
          ...at,
          message: `"${owner}" is not a GitHub user (@name), team (@organisation/team) or e-mail address.`,
        });
      const team = /^@([^/]+)\//.exec(owner);
      if (team && team[1] !== organisation)
        problems.push({
          ...at,
          message: `"${owner}" is a team of ${team[1]}, but the repository belongs to ${organisation} (src/site.config.ts): GitHub would ignore it.`,
        });
    }
    if (!/[*?[]/.test(pattern) && !exists(pattern.replace(/^\//, '')))
      problems.push({ ...at, message: `"${pattern}" is not a file or folder of the repository: the line protects nothing.` });
    return problems;
  });
}

/** Which check a file under .github/ gets, by its path; undefined for files GitHub reads as they are. */
export function checkerFor(file: string): ((file: string, text: string) => ContentProblem[]) | undefined {
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(file)) return workflowProblems;
  if (file === '.github/ISSUE_TEMPLATE/config.yml') return (f, t) => checkYaml(f, t, issueChooserProblems);
  if (/^\.github\/ISSUE_TEMPLATE\/[^/]+\.ya?ml$/.test(file)) return (f, t) => checkYaml(f, t, issueFormProblems);
  if (file === '.github/dependabot.yml') return (f, t) => checkYaml(f, t, dependabotProblems);
  if (file === '.github/CODEOWNERS') return (f, t) => codeOwnersProblems(f, t, site.repository, existsSync);
  return undefined;
}
