/**
 * A synthetic handbook of any size, for benchmarks: a copy of the project's code with N generated
 * pages (valid frontmatter, headings, links between pages) in a git repository with some history
 * (every page added, a tenth edited, a hundredth renamed).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { collaborationTypes, regions, sectors, themes } from '../../src/lib/vocabulary';

const root = resolve(import.meta.dirname, '../..');
const QUESTIONS = ['power', 'empathy', 'honesty', 'communication', 'impact'];

/** A small deterministic random generator, so every run builds the same corpus. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const SOURCE = '  - title: "A synthetic source"\n    publisher: Benchmark Press\n    year: 2024';
const PARAGRAPH =
  'Partners agreed how decisions would be made and who would hold the budget. The smaller organisations were paid for their time, ' +
  'and the group met often enough for problems to surface early. Funders listened to what grantees said about the process and changed it.';

export interface Corpus {
  dir: string;
  pages: number;
}

function body(links: string[]): string {
  const sections = ['What it is', 'Why it matters', 'How to start', 'What gets in the way', 'Examples'];
  return sections
    .map((heading, i) => `## ${heading}\n\n${PARAGRAPH} See [a related page](${links[i % links.length]}).\n\n${PARAGRAPH}\n`)
    .join('\n');
}

/** Writes a project with `count` pages into a new temporary folder and commits it with history. */
export function writeCorpus(count: number): Corpus {
  const dir = mkdtempSync(join(tmpdir(), `handbook-corpus-${count}-`));
  for (const item of ['src', 'public', 'cms-config', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, item), join(dir, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const kind of ['practices', 'case-studies', 'questions', 'guides'])
    mkdirSync(join(dir, 'content', kind), { recursive: true });

  const rand = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const practices = Math.floor((count - 5) * 0.45);
  const cases = Math.floor((count - 5) * 0.45);
  const guides = count - 5 - practices - cases;
  const practiceIds = Array.from({ length: practices }, (_, i) => `practice-${i}`);
  const caseIds = Array.from({ length: cases }, (_, i) => `case-${i}`);
  const linkTo = () => (rand() < 0.5 ? `/practices/${pick(practiceIds)}/#how-to-start` : `/case-studies/${pick(caseIds)}/`);
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);

  QUESTIONS.forEach((id, i) =>
    write(
      `content/questions/${id}.mdx`,
      `---\ntitle: ${id[0]!.toUpperCase()}${id.slice(1)}\nsummary: A reflective question about ${id} that every partnership leader can ask.\norder: ${i + 1}\nprompts:\n  - Who decides, and could that be shared more fairly?\nsources:\n${SOURCE}\nlastReviewed: 2026-11-25\n---\n\n${body([linkTo(), linkTo()])}`,
    ),
  );
  practiceIds.forEach((id, i) =>
    write(
      `content/practices/${id}.mdx`,
      `---\ntitle: Practice number ${i}\nsummary: A synthetic practice that helps partners share power, money and credit more fairly.\nquestions: [${pick(QUESTIONS)}]\nthemes: [${pick(themes).value}, ${pick(themes).value}]\nrelatedCaseStudies: [${pick(caseIds)}]\nsources:\n${SOURCE}\nlastReviewed: 2026-11-25\n---\n\n${body([linkTo(), linkTo(), linkTo()])}`,
    ),
  );
  caseIds.forEach((id, i) =>
    write(
      `content/case-studies/${id}.mdx`,
      `---\ntitle: Case number ${i}\nsummary: A synthetic collaboration between a large charity and several small specialist groups.\norganisations:\n  - name: Organisation ${i % 400}\n    role: Held the contract\n    lead: true\n  - name: Organisation ${(i * 7) % 400}\n    role: Delivered the service\nregions: [${pick(regions).value}]\nsectors: [${pick(sectors).value}]\ncollaborationType: ${pick(collaborationTypes).value}\nperiod:\n  start: 2020\n  status: active\npower: The partners agreed to share decisions and to pay every partner for its time.\nthemes: [${pick(themes).value}]\nquestions: [${pick(QUESTIONS)}]\nrelatedPractices: [${pick(practiceIds)}]\nsources:\n${SOURCE}\nlastReviewed: 2026-11-25\n---\n\n${body([linkTo(), linkTo(), linkTo()])}`,
    ),
  );
  for (let i = 0; i < guides; i++) {
    write(
      `content/guides/guide-${i}.mdx`,
      `---\ntitle: Guide number ${i}\nsummary: A synthetic guide to working together fairly, for people new to the handbook.\nsources:\n${SOURCE}\nlastReviewed: 2026-11-25\n---\n\n${body([linkTo()])}`,
    );
  }

  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Bench',
        GIT_AUTHOR_EMAIL: 'bench@example.org',
        GIT_COMMITTER_NAME: 'Bench',
        GIT_COMMITTER_EMAIL: 'bench@example.org',
      },
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Add the corpus');
  for (let i = 0; i < cases; i += 10)
    writeFileSync(join(dir, `content/case-studies/case-${i}.mdx`), '\nAn edit.\n', { flag: 'a' });
  git('commit', '-q', '-am', 'Edit a tenth of the cases');
  // Renamed guides keep no links pointing at their old names, so the corpus stays valid.
  for (let i = 0; i < guides; i += 100)
    renameSync(join(dir, `content/guides/guide-${i}.mdx`), join(dir, `content/guides/renamed-guide-${i}.mdx`));
  git('add', '-A');
  git('commit', '-q', '-m', 'Rename some guides');
  return { dir, pages: count };
}
