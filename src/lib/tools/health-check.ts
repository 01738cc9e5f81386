/**
 * The partnership health check (/health-check/): a team rates its own partnership against the prompts of the
 * five questions and the behaviours of collaborative organisations, and sees which practices and cases help
 * where it is weak.
 *
 * What it asks comes from the collections, so editing a question's prompts or a practice's behaviours changes
 * the check. The answers never leave the reader's browser: they are kept in its storage and can be exported as
 * Markdown, to read and share, or as JSON, to import again (a partner's answers, on another computer).
 */
import { formatDay, isoDay } from '../core/dates';
import { collaborativeBehaviours, type Term } from '../content/vocabulary';

/** A page an answer is linked to. */
export interface HelpLink {
  title: string;
  url: string;
}

export interface HealthCheckItem {
  /** Stable within an edition: the question's id and the prompt's place ("power-2"), or the behaviour's value. */
  id: string;
  /** What the team rates their partnership against. */
  text: string;
  /** The practices and case studies that help where the answer is weak. */
  practices: HelpLink[];
  caseStudies: HelpLink[];
}

export interface HealthCheckSection {
  id: string;
  title: string;
  /** The question itself, or what the section is. */
  intro: string;
  /** The page the section comes from, where there is one. */
  url?: string | undefined;
  items: HealthCheckItem[];
}

/** The scale each item is rated on. */
export const RATINGS = [
  { value: 'not-yet', label: 'Not yet' },
  { value: 'partly', label: 'Partly' },
  { value: 'mostly', label: 'Mostly' },
  { value: 'fully', label: 'Fully' },
  { value: 'not-sure', label: 'Not sure' },
] as const satisfies readonly Term[];
export type Rating = (typeof RATINGS)[number]['value'];

/** The answers worth working on: not done yet, done in part, or not known (which is worth finding out). */
const NEEDS_WORK: ReadonlySet<string> = new Set<Rating>(['not-yet', 'partly', 'not-sure']);

export function needsWork(rating: Rating | undefined): boolean {
  return rating !== undefined && NEEDS_WORK.has(rating);
}

export interface QuestionInput {
  id: string;
  title: string;
  summary: string;
  prompts: readonly string[];
  url: string;
  /** The addresses the question's page links to: its own lists of the practices and cases that help. */
  links: readonly string[];
}

export interface PracticeInput {
  id: string;
  title: string;
  url: string;
  questions: readonly string[];
  behaviours: readonly string[];
  /** The case studies that show it, whichever side names the other (src/lib/core/relations.ts). */
  caseStudies: readonly string[];
}

export interface CaseStudyInput {
  id: string;
  title: string;
  url: string;
  questions: readonly string[];
}

/** The id of the section of behaviours, beside the questions' ids. */
export const BEHAVIOURS_SECTION = 'behaviours';

const byTitle = (a: HelpLink, b: HelpLink) => a.title.localeCompare(b.title, 'en-GB');
const link = ({ title, url }: { title: string; url: string }): HelpLink => ({ title, url });

/**
 * The check's sections: one per question (in the questions' order), each prompt an item; then the
 * behaviours of collaborative organisations, each behaviour an item.
 *
 * A prompt is helped by the practices and case studies its question's page points to; where the page points to
 * none, by those that name the question. (Most practices name two or three questions, so that list is long; the
 * question page's own lists are the ones its editors chose.) A behaviour is helped by the practices that put it
 * to work, and by the case studies that show those practices.
 */
export function healthCheckSections(input: {
  questions: readonly QuestionInput[];
  practices: readonly PracticeInput[];
  caseStudies: readonly CaseStudyInput[];
}): HealthCheckSection[] {
  const questionSections = input.questions.map((question) => {
    const pick = <T extends { title: string; url: string; questions: readonly string[] }>(pages: readonly T[]) => {
      const chosen = pages.filter((page) => question.links.includes(page.url));
      return (chosen.length > 0 ? chosen : pages.filter((page) => page.questions.includes(question.id))).map(link).sort(byTitle);
    };
    const practices = pick(input.practices);
    const caseStudies = pick(input.caseStudies);
    return {
      id: question.id,
      title: question.title,
      intro: question.summary,
      url: question.url,
      items: question.prompts.map((text, index) => ({ id: `${question.id}-${index + 1}`, text, practices, caseStudies })),
    };
  });
  const behaviourItems = collaborativeBehaviours.flatMap((behaviour) => {
    const practices = input.practices.filter((p) => p.behaviours.includes(behaviour.value));
    if (practices.length === 0) return [];
    const caseIds = new Set(practices.flatMap((p) => p.caseStudies));
    const caseStudies = input.caseStudies.filter((c) => caseIds.has(c.id));
    return [
      {
        id: behaviour.value,
        text: behaviour.label,
        practices: practices.map(link).sort(byTitle),
        caseStudies: caseStudies.map(link).sort(byTitle),
      },
    ];
  });
  return [
    ...questionSections,
    {
      id: BEHAVIOURS_SECTION,
      title: 'Behaviours of collaborative organisations',
      intro:
        'Rebalancing the Relationship (NCVO, ACEVO and Lloyds Bank Foundation, 2021) describes five behaviours of organisations that collaborate well. How far do the organisations in your partnership show each one?',
      items: behaviourItems,
    },
  ];
}

/** One item's answer. */
export interface Answer {
  rating?: Rating | undefined;
  notes: string;
}

/** Everything a team has written in the check. */
export interface HealthCheckAnswers {
  /** The partnership the answers are about. */
  partnership: string;
  /** Who answered: a person, a team, or one partner organisation. */
  answeredBy: string;
  /** By item id; an item nobody has touched is absent. */
  answers: Record<string, Answer>;
}

export const EMPTY_ANSWERS: HealthCheckAnswers = { partnership: '', answeredBy: '', answers: {} };

/** What marks a file as the health check's answers, so any other JSON file is refused with a clear message. */
export const ANSWERS_FORMAT = 'equitable-collaboration-health-check';
export const ANSWERS_VERSION = 1;

/** Limits on what an imported file may hold: a file that breaks them is refused, not trimmed. */
export const LIMITS = { name: 200, notes: 5000, file: 1_000_000 } as const;

/** True when nothing has been written. */
export function isEmpty(answers: HealthCheckAnswers): boolean {
  return !answers.partnership && !answers.answeredBy && Object.keys(answers.answers).length === 0;
}

/** The answer to one item after a change; an item with no rating and no notes is dropped. */
export function setAnswer(answers: HealthCheckAnswers, id: string, answer: Answer): HealthCheckAnswers {
  const rest = Object.fromEntries(Object.entries(answers.answers).filter(([key]) => key !== id));
  const kept = answer.rating !== undefined || answer.notes.trim() !== '';
  return { ...answers, answers: kept ? { ...rest, [id]: answer } : rest };
}

/**
 * True when every item of a section is helped by the same pages (the prompts of one question), so a result shows
 * the pages once for the section rather than once for each answer.
 */
export function sharesHelp(section: HealthCheckSection): boolean {
  const key = (item: HealthCheckItem) => JSON.stringify([item.practices, item.caseStudies]);
  return section.items.every((item) => key(item) === key(section.items[0]!));
}

/** The sections with answers that need work, each with those items, in the check's order. */
export function workOn(
  sections: readonly HealthCheckSection[],
  answers: HealthCheckAnswers,
): { section: HealthCheckSection; items: HealthCheckItem[] }[] {
  return sections.flatMap((section) => {
    const items = section.items.filter((item) => needsWork(answers.answers[item.id]?.rating));
    return items.length > 0 ? [{ section, items }] : [];
  });
}

/** How many items have a rating. */
export function answeredCount(sections: readonly HealthCheckSection[], answers: HealthCheckAnswers): number {
  return sections.flatMap((section) => section.items).filter((item) => answers.answers[item.id]?.rating !== undefined).length;
}

/** What a chart counts: the five ratings, then the items nobody has rated yet. */
export const TALLIES = [...RATINGS, { value: 'not-answered', label: 'Not answered' }] as const satisfies readonly Term[];
export type Tally = (typeof TALLIES)[number]['value'];

/** One section's figures: how many of its items have each rating, and how many it has. */
export interface SectionTally {
  id: string;
  title: string;
  counts: Record<Tally, number>;
  total: number;
}

/** How many items of each section have each rating: the figures the result's chart and table show. */
export function sectionTallies(sections: readonly HealthCheckSection[], answers: HealthCheckAnswers): SectionTally[] {
  return sections.map((section) => {
    const counts = Object.fromEntries(TALLIES.map((t) => [t.value, 0])) as Record<Tally, number>;
    for (const item of section.items) counts[answers.answers[item.id]?.rating ?? 'not-answered']++;
    return { id: section.id, title: section.title, counts, total: section.items.length };
  });
}

/** The figures as a Markdown table, a row per section. */
export function talliesMarkdown(tallies: readonly SectionTally[]): string[] {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    `| Section | ${TALLIES.map((t) => t.label).join(' | ')} | Items |`,
    `|---|${TALLIES.map(() => '---:').join('|')}|---:|`,
    ...tallies.map((t) => `| ${cell(t.title)} | ${TALLIES.map((k) => t.counts[k.value]).join(' | ')} | ${t.total} |`),
  ];
}

/**
 * The answers as a JSON file: the format's name and version, then each answer with its item's text, so the file
 * can be read by a person and imported again. Items are in the check's order.
 */
export function answersToJson(sections: readonly HealthCheckSection[], answers: HealthCheckAnswers, saved: Date): string {
  const items = sections.flatMap((section) => section.items);
  return `${JSON.stringify(
    {
      format: ANSWERS_FORMAT,
      version: ANSWERS_VERSION,
      saved: saved.toISOString(),
      partnership: answers.partnership,
      answeredBy: answers.answeredBy,
      answers: items.flatMap((item) => {
        const answer = answers.answers[item.id];
        return answer ? [{ id: item.id, item: item.text, rating: answer.rating ?? null, notes: answer.notes }] : [];
      }),
    },
    null,
    2,
  )}\n`;
}

export type ImportResult = { ok: true; answers: HealthCheckAnswers; skipped: number } | { ok: false; message: string };

const RATING_VALUES: ReadonlySet<string> = new Set(RATINGS.map((r) => r.value));
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads answers from a JSON file (one exported from this page, or kept in the browser's storage). Only what the
 * format allows is read, and each value is checked: a file from elsewhere is refused with a message saying why,
 * never half read. Answers to items this edition of the check no longer asks are skipped and counted.
 */
export function answersFromJson(text: string, sections: readonly HealthCheckSection[]): ImportResult {
  const refuse = (why: string): ImportResult => ({ ok: false, message: `This file cannot be imported: ${why}` });
  if (text.length > LIMITS.file) return refuse('it is larger than an export of the health check can be.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('it is not a JSON file. Choose a file exported with "Export as JSON".');
  }
  if (!isRecord(data) || data['format'] !== ANSWERS_FORMAT)
    return refuse('it is not a health check export. Choose a file exported with "Export as JSON".');
  if (data['version'] !== ANSWERS_VERSION) return refuse('it was exported by a newer version of the health check.');
  const name = (key: string): string | undefined => {
    const value = data[key] ?? '';
    return typeof value === 'string' && value.length <= LIMITS.name ? value : undefined;
  };
  const partnership = name('partnership');
  const answeredBy = name('answeredBy');
  if (partnership === undefined || answeredBy === undefined)
    return refuse(`the partnership's name and who answered must be text of at most ${LIMITS.name} characters.`);
  const list = data['answers'];
  if (!Array.isArray(list)) return refuse('it holds no list of answers.');
  const known = new Set(sections.flatMap((section) => section.items.map((item) => item.id)));
  const answers: Record<string, Answer> = {};
  let skipped = 0;
  for (const [index, entry] of list.entries()) {
    const where = `answer ${index + 1}`;
    if (!isRecord(entry) || typeof entry['id'] !== 'string') return refuse(`${where} has no item id.`);
    const rating = entry['rating'] ?? null;
    if (rating !== null && !(typeof rating === 'string' && RATING_VALUES.has(rating)))
      return refuse(
        `${where} has the rating "${String(rating).slice(0, 40)}", which is not one of ${RATINGS.map((r) => r.value).join(', ')}.`,
      );
    const notes = entry['notes'] ?? '';
    if (typeof notes !== 'string' || notes.length > LIMITS.notes)
      return refuse(`the notes of ${where} must be text of at most ${LIMITS.notes} characters.`);
    if (!known.has(entry['id'])) {
      skipped++;
      continue;
    }
    answers[entry['id']] = { rating: (rating ?? undefined) as Rating | undefined, notes };
  }
  return { ok: true, answers: { partnership, answeredBy, answers }, skipped };
}

/** A rating's words. */
export function ratingLabel(rating: Rating | undefined): string {
  return RATINGS.find((r) => r.value === rating)?.label ?? 'Not answered';
}

/** Text indented to stay inside a Markdown list item, with blank lines kept. */
function indent(text: string, by: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `${by}${line}` : ''))
    .join('\n');
}

function linkList(links: readonly HelpLink[]): string {
  return links.map((l) => `[${l.title.replace(/([[\]])/g, '\\$1')}](${l.url})`).join(', ');
}

/**
 * The answers as a Markdown document to read, print or paste into meeting notes: every item with its rating and
 * notes, then the items that need work with the practices and case studies that help.
 */
export function answersToMarkdown(
  sections: readonly HealthCheckSection[],
  answers: HealthCheckAnswers,
  about: { date: Date; checkUrl: string; siteTitle: string },
): string {
  const lines: string[] = [`# Partnership health check${answers.partnership ? `: ${answers.partnership}` : ''}`, ''];
  if (answers.answeredBy) lines.push(`Answered by ${answers.answeredBy}.`);
  const day = formatDay(about.date);
  lines.push(`Exported on ${day} from the ${about.siteTitle}'s partnership health check: ${about.checkUrl}`, '');
  lines.push(`${answeredCount(sections, answers)} of ${sections.reduce((n, s) => n + s.items.length, 0)} items answered.`, '');
  lines.push('## At a glance', '', 'How many items of each section have each answer.', '');
  lines.push(...talliesMarkdown(sectionTallies(sections, answers)), '');
  for (const section of sections) {
    lines.push(`## ${section.title}`, '', section.intro, '');
    section.items.forEach((item, index) => {
      const answer = answers.answers[item.id];
      lines.push(`${index + 1}. ${item.text}`, `   - Answer: ${ratingLabel(answer?.rating)}`);
      if (answer?.notes.trim()) lines.push('   - Notes:', '', indent(answer.notes, '     '), '');
    });
    lines.push('');
  }
  const groups = workOn(sections, answers);
  lines.push('## What to work on', '');
  if (groups.length === 0) lines.push('No item is answered Not yet, Partly or Not sure.', '');
  const helps = (item: HealthCheckItem, indentBy = '') => [
    ...(item.practices.length > 0 ? [`${indentBy}Practices that help: ${linkList(item.practices)}.`, ''] : []),
    ...(item.caseStudies.length > 0 ? [`${indentBy}Case studies to learn from: ${linkList(item.caseStudies)}.`, ''] : []),
  ];
  for (const { section, items } of groups) {
    const shared = sharesHelp(section);
    lines.push(`### ${section.title}`, '');
    for (const item of items) {
      lines.push(`- ${item.text} (${ratingLabel(answers.answers[item.id]?.rating)})`);
      if (!shared) lines.push('', ...helps(item, '  '));
    }
    lines.push('');
    if (shared) lines.push(...helps(items[0]!));
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** A file name for an export: "health-check-<partnership>-<date>.<extension>" ("health-check-chart-…" for the chart). */
export function exportFileName(
  answers: HealthCheckAnswers,
  date: Date,
  extension: 'md' | 'json' | 'svg' | 'png',
  what: 'health-check' | 'health-check-chart' = 'health-check',
): string {
  const slug = answers.partnership
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-$/, '');
  return `${what}-${slug ? `${slug}-` : ''}${isoDay(date)}.${extension}`;
}

/** How two sets of answers (two partners', say) compare on one item. */
export interface ItemComparison {
  section: HealthCheckSection;
  item: HealthCheckItem;
  first: Rating | undefined;
  second: Rating | undefined;
  /** How the two answers differ, in words; undefined when they are the same. */
  difference: string | undefined;
}

/** The ratings that are steps on one scale, in order; "Not sure" is off the scale. */
const SCALE: readonly Rating[] = ['not-yet', 'partly', 'mostly', 'fully'];

/** How far apart two answers are, in words, or undefined when they are the same. */
export function answerDifference(first: Rating | undefined, second: Rating | undefined): string | undefined {
  if (first === second) return undefined;
  if (first === undefined || second === undefined) return 'Only one answered';
  if (first === 'not-sure' || second === 'not-sure') return 'One is not sure';
  const steps = Math.abs(SCALE.indexOf(first) - SCALE.indexOf(second));
  return `${steps} step${steps === 1 ? '' : 's'} apart`;
}

/**
 * Every item of the check with both sets' answers, in the check's order, each saying whether and how far they
 * differ: where two partners see their partnership differently is what to talk about first.
 */
export function compareAnswers(
  sections: readonly HealthCheckSection[],
  first: HealthCheckAnswers,
  second: HealthCheckAnswers,
): ItemComparison[] {
  return sections.flatMap((section) =>
    section.items.map((item) => {
      const a = first.answers[item.id]?.rating;
      const b = second.answers[item.id]?.rating;
      return { section, item, first: a, second: b, difference: answerDifference(a, b) };
    }),
  );
}
