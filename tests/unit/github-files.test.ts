/**
 * The checks `npm run lint:github` runs on the files under .github/ (tests/lint/github-files.ts): each mistake
 * GitHub would refuse, or silently ignore, is reported with its line. (That the committed files pass is what
 * `npm run lint:github` itself checks, in `npm test`.)
 */
import { describe, expect, it } from 'vitest';
import { checkerFor, codeOwnersProblems } from '../lint/github-files';

/** The problems found in `text`, as if it were the file at `file`: "line: message". */
function problems(file: string, text: string): string[] {
  const check = checkerFor(file);
  if (!check) throw new Error(`No check for ${file}`);
  return check(file, text).map((p) => `${p.line}: ${p.message}`);
}

const form = (body: string, top = 'name: Report\ndescription: Tell us\n') =>
  problems('.github/ISSUE_TEMPLATE/x.yml', `${top}body:\n${body}`);

const FIELD = `  - type: input
    id: page
    attributes:
      label: Page address
    validations:
      required: true
`;

describe('issue forms', () => {
  it('accept a form GitHub accepts', () => {
    expect(form(`  - type: markdown\n    attributes:\n      value: Thanks\n${FIELD}`)).toEqual([]);
  });

  it('need a name, a description and something to fill in', () => {
    expect(
      problems('.github/ISSUE_TEMPLATE/x.yml', 'name: Report\nbody:\n  - type: markdown\n    attributes:\n      value: Hi\n'),
    ).toEqual(['1: the file needs "description".', '2: body must have at least one element to fill in, besides markdown.']);
  });

  it('allow only the keys GitHub knows, at the top, on an element and in its attributes', () => {
    expect(form(FIELD, 'name: Report\ndescription: Tell us\nabout: old key\n')).toEqual([
      '3: "about" is not a key GitHub knows here.',
    ]);
    expect(form(FIELD.replace('      label: Page address', '      label: Page address\n      options: [a]'))).toEqual([
      '8: "options" is not a key GitHub knows here.',
    ]);
    expect(
      form('  - type: markdown\n    attributes:\n      value: Hi\n    validations:\n      required: true\n' + FIELD),
    ).toEqual(['7: "validations" is not a key GitHub knows here.']);
  });

  it('refuse an unknown element type and a missing label', () => {
    expect(form('  - type: text\n    attributes:\n      label: A\n' + FIELD)).toEqual([
      expect.stringMatching(/^4: body\.0\.type must be one of: "checkboxes", "dropdown", "input", "markdown"/),
    ]);
    expect(form('  - type: textarea\n    id: a\n    attributes:\n      description: B\n' + FIELD)).toEqual([
      '6: body.0.attributes needs "label".',
    ]);
  });

  it('refuse ids a link cannot fill in, and ids or labels used twice', () => {
    expect(form(FIELD.replace('id: page', 'id: page address'))).toEqual(['5: body.0.id must match pattern "^[a-zA-Z0-9_-]+$".']);
    expect(form(FIELD + FIELD)).toEqual(['11: id "page" is used twice.', '13: label "Page address" is used twice.']);
  });

  it('read options as GitHub does: an unquoted yes is not text, and "None" is kept for an empty choice', () => {
    const dropdown = (options: string) =>
      `  - type: dropdown\n    id: kind\n    attributes:\n      label: Kind\n      options:\n${options}`;
    expect(form(dropdown('        - yes\n        - "no"\n'))).toEqual([
      expect.stringMatching(/^9: body\.0\.attributes\.options\.0 must be text: put quotation marks/),
    ]);
    expect(form(dropdown('        - None\n        - Other\n'))).toEqual([expect.stringMatching(/^9: "None" is kept by GitHub/)]);
    expect(form(dropdown('        - A\n        - A\n'))).toEqual([
      expect.stringMatching(/^8: body\.0\.attributes\.options must NOT have duplicate items/),
    ]);
    expect(form(dropdown('        - A\n      default: 1\n'))).toEqual([
      '10: default must be the position of an option, from 0 to 0.',
    ]);
  });

  it('refuse YAML GitHub could not read, naming the line', () => {
    expect(form(FIELD + '  - type: input\n    id: page\n   attributes: [\n')).toEqual([
      expect.stringMatching(/^12: is not valid YAML/),
    ]);
    expect(form(FIELD, 'name: Report\nname: Again\ndescription: Tell us\n')).toEqual([
      expect.stringMatching(/^2: is not valid YAML/),
    ]);
  });
});

describe('the issue chooser (config.yml)', () => {
  const chooser = (text: string) => problems('.github/ISSUE_TEMPLATE/config.yml', text);

  it('wants each contact link complete', () => {
    expect(
      chooser(
        'blank_issues_enabled: false\ncontact_links:\n  - name: Editor\n    url: https://example.org/admin/\n    about: Edit\n',
      ),
    ).toEqual([]);
    expect(chooser('contact_links:\n  - name: Editor\n    url: https://example.org/\n')).toEqual([
      '2: contact_links.0 needs "about".',
    ]);
  });
});

describe('Dependabot settings', () => {
  const dependabot = (text: string) => problems('.github/dependabot.yml', text);
  const update = (lines: string) => `version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n${lines}`;

  it('accept version 2 updates with a schedule', () => {
    expect(dependabot(update('    schedule:\n      interval: weekly\n'))).toEqual([]);
  });

  it('refuse an ignore rule with an update type Dependabot does not know', () => {
    expect(
      dependabot(
        update(
          '    schedule:\n      interval: weekly\n    ignore:\n      - dependency-name: node\n        update-types: [major]\n',
        ),
      ),
    ).toEqual([
      expect.stringMatching(/^9: updates\.0\.ignore\.0\.update-types\.0 must be one of: "version-update:semver-major"/),
    ]);
  });

  it('refuse an unknown package manager, a missing schedule and an unknown interval', () => {
    expect(dependabot(update('').replace('npm', 'npmjs'))).toEqual([
      expect.stringMatching(/^3: updates\.0\.package-ecosystem must be one of: .*"github-actions".*"npm"/),
      '3: updates.0 needs "schedule".',
    ]);
    expect(dependabot(update('    schedule:\n      interval: fortnightly\n'))).toEqual([
      expect.stringMatching(/^6: updates\.0\.schedule\.interval must be one of: "daily", "weekly"/),
    ]);
  });
});

describe('workflows', () => {
  const workflow = (steps: string) =>
    problems(
      '.github/workflows/ci.yml',
      `name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`,
    );

  it('accept a workflow GitHub accepts', () => {
    expect(workflow('      - uses: actions/checkout@v5\n      - run: npm test\n')).toEqual([]);
  });

  it("report what breaks GitHub's workflow syntax, on its line", () => {
    expect(workflow('      - uses: actions/checkout@v5\n      - run: npm test\n        timeout: 5\n')).toEqual([
      expect.stringMatching(/^8: does not follow GitHub's workflow syntax: .*'timeout'/),
    ]);
  });
});

describe('CODEOWNERS', () => {
  const owners = (text: string) =>
    codeOwnersProblems('.github/CODEOWNERS', text, 'equitable-collaboration/handbook', (path) =>
      ['content', 'content/case-studies'].includes(path.replace(/\/$/, '')),
    ).map((p) => `${p.line}: ${p.message}`);

  it('accepts teams of the organisation that owns the repository, on paths that exist', () => {
    expect(
      owners('# comment\n*  @equitable-collaboration/maintainers\n/content/case-studies/ @equitable-collaboration/curators\n'),
    ).toEqual([]);
  });

  it('refuses a team of another organisation, a line with no owner and a path that does not exist', () => {
    expect(owners('/content/ @someone-else/curators\n/content/\n/contents/ @equitable-collaboration/curators\n')).toEqual([
      expect.stringMatching(
        /^1: "@someone-else\/curators" is a team of someone-else, but the repository belongs to equitable-collaboration/,
      ),
      '2: "/content/" names no owner: add a team or a user after it.',
      '3: "/contents/" is not a file or folder of the repository: the line protects nothing.',
    ]);
  });
});
