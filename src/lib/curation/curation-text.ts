/**
 * The curation desk's lists (src/lib/curation/curation.ts) as text: for the terminal (`npm run curation`), and as
 * Markdown, which is also the body of the weekly "Pages due for review" issue
 * (.github/workflows/review-reminders.yml). Page titles are contributors' text: in Markdown every character
 * that could make a link, a heading or a mention is escaped, so a title can only ever read as itself.
 */
import { DUE_TASKS, type CurationReport, type CurationRow, type CurationTask } from './curation';
import { formatDay } from '../core/dates';

/** The reminder issue's title; the workflow finds its open issue by it. */
export const REMINDER_TITLE = 'Pages due for review';

/** A person's GitHub handle ("jane-doe"), as GitHub allows them: the only owners an issue can be assigned to. */
const PERSON = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** A team of an organisation ("equitable-collaboration/curators"): it can be mentioned, not assigned. */
const TEAM = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** GitHub assigns an issue to at most ten people. */
const MAX_ASSIGNEES = 10;

/** Text as Markdown shows it literally: punctuation escaped, "@" kept from mentioning anyone, one line. */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~&-]/g, (char) => `\\${char}`)
    .replace(/@/g, '@\u2060');
}

function owner(handle: string | undefined): string {
  if (!handle) return '';
  return PERSON.test(handle) || TEAM.test(handle) ? `@${handle}` : markdownText(handle);
}

function markdownRow(row: CurationRow, task: CurationTask, siteUrl: string): string {
  const who = task.owners && row.owner ? `, owner ${owner(row.owner)}` : '';
  return `- [${markdownText(row.title)}](${siteUrl}${row.url}) (${row.kind}${who}): ${markdownText(row.missing)} [Edit](${siteUrl}${row.edit})`;
}

function markdownTask(task: CurationTask, siteUrl: string): string[] {
  return [
    `## ${task.heading} (${task.rows.length})`,
    '',
    markdownText(task.about),
    '',
    ...(task.note ? [markdownText(task.note), ''] : []),
    ...(task.rows.length > 0 ? task.rows.map((row) => markdownRow(row, task, siteUrl)) : ['Nothing to do here.']),
    '',
  ];
}

/** The tasks the weekly reminder is about. */
export function dueTasks(report: CurationReport): CurationTask[] {
  return report.tasks.filter((task) => DUE_TASKS.includes(task.id));
}

/** How many pages are overdue or due soon: the reminder issue is closed when none are. */
export function dueCount(report: CurationReport): number {
  return dueTasks(report).reduce((sum, task) => sum + task.rows.length, 0);
}

/** Every task as Markdown, or with `due` only the reviews overdue and due soon: the reminder issue's body. */
export function curationMarkdown(report: CurationReport, options: { siteUrl: string; due?: boolean }): string {
  const { siteUrl } = options;
  const tasks = options.due ? dueTasks(report) : report.tasks;
  const day = formatDay(new Date(`${report.today}T00:00:00Z`));
  const teams = tasks.some((task) => task.owners && task.rows.some((row) => row.owner && TEAM.test(row.owner)));
  const intro = options.due
    ? [
        `Pages whose review is overdue or due within 30 days, on ${day}. A curator checks each page against its sources, then sets its last review date (and, if it should change, its review interval).`,
        '',
        `This issue is kept up to date every week by the review reminder (\`.github/workflows/review-reminders.yml\`), which assigns the pages' owners and closes it when nothing is due. Every curation task is on the [curation desk](${siteUrl}/curation/).`,
        ...(teams ? ['', 'Owners that are teams are mentioned rather than assigned: GitHub assigns issues to people only.'] : []),
      ]
    : [`What the handbook's pages need, on ${day}. The same lists are on the [curation desk](${siteUrl}/curation/).`];
  return [...intro, '', ...tasks.flatMap((task) => markdownTask(task, siteUrl))].join('\n').trimEnd() + '\n';
}

/** The people to assign the reminder to: owners of pages due that are people (not teams), each once, at most ten. */
export function reminderAssignees(report: CurationReport): string[] {
  const handles = dueTasks(report).flatMap((task) =>
    task.rows.flatMap((row) => (row.owner && PERSON.test(row.owner) ? [row.owner] : [])),
  );
  return [...new Set(handles)].slice(0, MAX_ASSIGNEES);
}

/** Every task for the terminal: a heading with its count, then each page with its file and what it needs. */
export function curationText(report: CurationReport, options: { due?: boolean } = {}): string {
  const tasks = options.due ? dueTasks(report) : report.tasks;
  const lines = [`Curation desk for ${formatDay(new Date(`${report.today}T00:00:00Z`))}`];
  for (const task of tasks) {
    lines.push('', `${task.heading} (${task.rows.length})`, `  ${task.about}`);
    if (task.note) lines.push(`  ${task.note}`);
    if (task.rows.length === 0) lines.push('  Nothing to do here.');
    for (const row of task.rows) {
      const who = task.owners && row.owner ? `, owner @${row.owner}` : '';
      lines.push(`  - ${row.title} (${row.kind}${who}) ${row.file}`, `    ${row.missing}`);
    }
  }
  return lines.join('\n') + '\n';
}
