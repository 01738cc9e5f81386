/**
 * Checks the repository's GitHub settings files before GitHub sees them, so a mistake fails `npm test` here
 * rather than silently on GitHub (a broken issue form is simply left out of the issue chooser; a broken
 * workflow never runs):
 * - workflows (.github/workflows/): against GitHub's workflow schema, by action-validator;
 * - issue forms and the issue chooser (.github/ISSUE_TEMPLATE/): against GitHub's documented syntax, as an
 *   allow-list of keys per element type, with the rules GitHub enforces on saving (unique ids and labels,
 *   ids it can fill from a link, options that are strings);
 * - Dependabot's settings (.github/dependabot.yml): the keys and values of its version 2 format;
 * - CODEOWNERS: owners GitHub can use, and paths that exist.
 * Files are read as GitHub reads YAML (version 1.1, where an unquoted yes or no is a boolean), and every
 * problem names its line.
 */
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { existsSync } from 'node:fs';
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
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
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

/** Keys an object may have, each with the check of its value (undefined: any value of the right type). */
type KeyRules = Record<string, ((value: unknown, path: DataPath) => Found[]) | undefined>;

/** Checks an object's keys against an allow-list and its required keys; then each value by its rule. */
function checkKeys(value: unknown, path: DataPath, what: string, rules: KeyRules, required: string[]): Found[] {
  if (!isObject(value)) return [{ path, message: `${what} must be a set of keys and values.` }];
  const found: Found[] = [];
  for (const key of required) {
    if (!(key in value)) found.push({ path, message: `${what} needs "${key}".` });
  }
  for (const [key, item] of Object.entries(value)) {
    if (!(key in rules)) {
      found.push({
        path: [...path, key],
        message: `"${key}" is not a key ${what} may have. Allowed: ${Object.keys(rules).join(', ')}.`,
      });
      continue;
    }
    found.push(...(rules[key]?.(item, [...path, key]) ?? []));
  }
  return found;
}

const text =
  (what: string) =>
  (value: unknown, path: DataPath): Found[] =>
    isText(value)
      ? []
      : [
          {
            path,
            message: `${what} must be text, and not empty. Put quotation marks around it if it reads as a number, yes or no.`,
          },
        ];

const flag =
  (what: string) =>
  (value: unknown, path: DataPath): Found[] =>
    typeof value === 'boolean' ? [] : [{ path, message: `${what} must be true or false.` }];

/** One text, or a list of distinct texts (labels, assignees, projects). */
const texts =
  (what: string) =>
  (value: unknown, path: DataPath): Found[] => {
    if (isText(value)) return [];
    if (!Array.isArray(value) || value.length === 0) return [{ path, message: `${what} must be a text or a list of texts.` }];
    const found = value.flatMap((item, i) => text(`Each of ${what}`)(item, [...path, i]));
    if (new Set(value).size !== value.length) found.push({ path, message: `${what} must not repeat an item.` });
    return found;
  };

/** GitHub fills a form field from a link's query parameter named by its id, so ids are plain words. */
const FIELD_ID = /^[A-Za-z0-9_-]+$/;

const ELEMENT_TYPES = ['markdown', 'input', 'textarea', 'dropdown', 'checkboxes'] as const;
type ElementType = (typeof ELEMENT_TYPES)[number];

const validations = (value: unknown, path: DataPath) => checkKeys(value, path, 'validations', { required: flag('required') }, []);

const options =
  (kind: 'dropdown' | 'checkboxes') =>
  (value: unknown, path: DataPath): Found[] => {
    if (!Array.isArray(value) || value.length === 0)
      return [{ path, message: 'options must be a list with at least one option.' }];
    const found: Found[] = [];
    const labels = value.map((option, i): unknown => {
      if (kind === 'dropdown') {
        found.push(...text('Each option')(option, [...path, i]));
        // GitHub keeps "None" for a dropdown left empty.
        if (typeof option === 'string' && option.trim().toLowerCase() === 'none')
          found.push({ path: [...path, i], message: '"None" is kept by GitHub for an empty choice: use other words.' });
        return option;
      }
      found.push(
        ...checkKeys(option, [...path, i], 'a checkbox', { label: text('label'), required: flag('required') }, ['label']),
      );
      return isObject(option) ? option['label'] : undefined;
    });
    if (new Set(labels).size !== labels.length) found.push({ path, message: 'options must all be different.' });
    return found;
  };

/** The attributes each type of form element may have; the first is the one it must have. */
const ATTRIBUTES: Record<ElementType, KeyRules> = {
  markdown: { value: text('value') },
  input: { label: text('label'), description: text('description'), placeholder: text('placeholder'), value: text('value') },
  textarea: {
    label: text('label'),
    description: text('description'),
    placeholder: text('placeholder'),
    value: text('value'),
    render: text('render'),
  },
  dropdown: {
    label: text('label'),
    description: text('description'),
    multiple: flag('multiple'),
    options: options('dropdown'),
    default: undefined, // checked with the options below
  },
  checkboxes: { label: text('label'), description: text('description'), options: options('checkboxes') },
};

function checkElement(element: unknown, path: DataPath): Found[] {
  const type = isObject(element) ? element['type'] : undefined;
  if (!ELEMENT_TYPES.includes(type as ElementType)) {
    return [{ path: [...path, 'type'], message: `Each body element needs a "type": one of ${ELEMENT_TYPES.join(', ')}.` }];
  }
  const kind = type as ElementType;
  const rules: KeyRules = {
    type: undefined,
    attributes: (value, at) => {
      const attributes = Object.keys(ATTRIBUTES[kind]);
      const required = kind === 'dropdown' || kind === 'checkboxes' ? [attributes[0]!, 'options'] : [attributes[0]!];
      return checkKeys(value, at, `a ${kind} element's attributes`, ATTRIBUTES[kind], required);
    },
    // A markdown element is shown, not filled in: it has neither an id nor validations.
    ...(kind === 'markdown'
      ? {}
      : {
          id: (value: unknown, at: DataPath) =>
            typeof value === 'string' && FIELD_ID.test(value)
              ? []
              : [{ path: at, message: 'id may hold only letters, digits, - and _.' }],
          validations,
        }),
  };
  const found = checkKeys(element, path, `a ${kind} element`, rules, ['type', 'attributes']);
  const attributes = isObject(element) && isObject(element['attributes']) ? element['attributes'] : {};
  if (kind === 'dropdown' && 'default' in attributes) {
    const choices = Array.isArray(attributes['options']) ? attributes['options'].length : 0;
    const index = attributes['default'];
    if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= choices)
      found.push({
        path: [...path, 'attributes', 'default'],
        message: `default must be the position of an option, from 0 to ${choices - 1}.`,
      });
  }
  return found;
}

/** An issue form: https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-issue-forms */
export function issueFormProblems(data: unknown): Found[] {
  const found = checkKeys(
    data,
    [],
    'an issue form',
    {
      name: text('name'),
      description: text('description'),
      title: text('title'),
      labels: texts('labels'),
      assignees: texts('assignees'),
      projects: texts('projects'),
      type: text('type'),
      body: (value, path) => (Array.isArray(value) ? value.flatMap((element, i) => checkElement(element, [...path, i])) : []),
    },
    ['name', 'description', 'body'],
  );
  const body = isObject(data) && Array.isArray(data['body']) ? data['body'] : [];
  const fields = body
    .map((element, i) => ({ element: isObject(element) ? element : {}, i }))
    .filter(({ element }) => element['type'] !== 'markdown');
  if (isObject(data) && 'body' in data && fields.length === 0)
    found.push({ path: ['body'], message: 'body must have at least one element to fill in, besides markdown.' });
  // GitHub refuses a form whose ids or labels repeat: each becomes a heading of the issue, and ids name the fields in links.
  const seen = { id: new Set<unknown>(), label: new Set<unknown>() };
  for (const { element, i } of fields) {
    const values = { id: element['id'], label: isObject(element['attributes']) ? element['attributes']['label'] : undefined };
    for (const key of ['id', 'label'] as const) {
      const path = key === 'id' ? ['body', i, 'id'] : ['body', i, 'attributes', 'label'];
      if (values[key] !== undefined && seen[key].has(values[key]))
        found.push({ path, message: `${key} ${quoted(values[key])} is used twice.` });
      seen[key].add(values[key]);
    }
  }
  return found;
}

/** The issue chooser's config.yml: whether blank issues are allowed, and links shown beside the forms. */
export function issueChooserProblems(data: unknown): Found[] {
  const link = (value: unknown, path: DataPath) => {
    const found = checkKeys(value, path, 'a contact link', { name: text('name'), url: text('url'), about: text('about') }, [
      'name',
      'url',
      'about',
    ]);
    const url = isObject(value) ? value['url'] : undefined;
    if (typeof url === 'string' && !url.startsWith('https://'))
      found.push({ path: [...path, 'url'], message: 'url must be a full https:// address.' });
    return found;
  };
  return checkKeys(
    data,
    [],
    'the issue chooser settings',
    {
      blank_issues_enabled: flag('blank_issues_enabled'),
      contact_links: (value, path) =>
        Array.isArray(value)
          ? value.flatMap((item, i) => link(item, [...path, i]))
          : [{ path, message: 'contact_links must be a list.' }],
    },
    [],
  );
}

/** Package managers Dependabot version updates know: https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference */
const ECOSYSTEMS = [
  'bun',
  'bundler',
  'cargo',
  'composer',
  'devcontainers',
  'docker',
  'docker-compose',
  'dotnet-sdk',
  'elm',
  'github-actions',
  'gitsubmodule',
  'gomod',
  'gradle',
  'helm',
  'maven',
  'mix',
  'npm',
  'nuget',
  'pip',
  'pub',
  'swift',
  'terraform',
  'uv',
];
const INTERVALS = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const UPDATE_TYPES = ['version-update:semver-major', 'version-update:semver-minor', 'version-update:semver-patch'];

const oneOf =
  (what: string, allowed: readonly string[]) =>
  (value: unknown, path: DataPath): Found[] =>
    typeof value === 'string' && allowed.includes(value)
      ? []
      : [{ path, message: `${what} must be one of: ${allowed.join(', ')}.` }];

/** Dependabot's settings (version 2), the keys this handbook may use and their values. */
export function dependabotProblems(data: unknown): Found[] {
  const schedule = (value: unknown, path: DataPath) =>
    checkKeys(
      value,
      path,
      'a schedule',
      {
        interval: oneOf('interval', INTERVALS),
        day: oneOf('day', DAYS),
        time: text('time'),
        timezone: text('timezone'),
        cronjob: text('cronjob'),
      },
      ['interval'],
    );
  const group = (value: unknown, path: DataPath) =>
    checkKeys(
      value,
      path,
      'a group',
      {
        'dependency-type': oneOf('dependency-type', ['development', 'production']),
        'applies-to': oneOf('applies-to', ['version-updates', 'security-updates']),
        patterns: texts('patterns'),
        'exclude-patterns': texts('exclude-patterns'),
        'update-types': (v, p) =>
          Array.isArray(v)
            ? v.flatMap((t, i) => oneOf('Each update type', ['major', 'minor', 'patch'])(t, [...p, i]))
            : [{ path: p, message: 'update-types must be a list.' }],
      },
      [],
    );
  const update = (value: unknown, path: DataPath) =>
    checkKeys(
      value,
      path,
      'an update',
      {
        'package-ecosystem': oneOf('package-ecosystem', ECOSYSTEMS),
        directory: (v, p) =>
          typeof v === 'string' && v.startsWith('/') ? [] : [{ path: p, message: 'directory must start with /.' }],
        schedule,
        labels: texts('labels'),
        'open-pull-requests-limit': (v, p) =>
          Number.isInteger(v) && (v as number) >= 0
            ? []
            : [{ path: p, message: 'open-pull-requests-limit must be a whole number.' }],
        'commit-message': (v, p) =>
          checkKeys(
            v,
            p,
            'commit-message',
            { prefix: text('prefix'), 'prefix-development': text('prefix-development'), include: oneOf('include', ['scope']) },
            [],
          ),
        groups: (v, p) =>
          isObject(v)
            ? Object.entries(v).flatMap(([name, g]) => group(g, [...p, name]))
            : [{ path: p, message: 'groups must be a set of named groups.' }],
        'versioning-strategy': oneOf('versioning-strategy', [
          'auto',
          'increase',
          'increase-if-necessary',
          'lockfile-only',
          'widen',
        ]),
        'target-branch': text('target-branch'),
        ignore: (v, p) =>
          Array.isArray(v)
            ? v.flatMap((rule, i) =>
                checkKeys(
                  rule,
                  [...p, i],
                  'an ignore rule',
                  {
                    'dependency-name': text('dependency-name'),
                    versions: texts('versions'),
                    'update-types': (t, at) =>
                      Array.isArray(t)
                        ? t.flatMap((type, j) => oneOf('Each update type', UPDATE_TYPES)(type, [...at, j]))
                        : [{ path: at, message: 'update-types must be a list.' }],
                  },
                  ['dependency-name'],
                ),
              )
            : [{ path: p, message: 'ignore must be a list of rules.' }],
      },
      ['package-ecosystem', 'directory', 'schedule'],
    );
  return checkKeys(
    data,
    [],
    'the Dependabot settings',
    {
      version: (v, p) => (v === 2 ? [] : [{ path: p, message: 'version must be 2.' }]),
      updates: (v, p) =>
        Array.isArray(v) && v.length > 0
          ? v.flatMap((item, i) => update(item, [...p, i]))
          : [{ path: p, message: 'updates must be a list of at least one update.' }],
    },
    ['version', 'updates'],
  );
}

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
