/**
 * `npm run curation`: the curation desk's lists (the /curation/ page) in the terminal, from the content files
 * and git, without a build. The same computation as the site's (src/lib/curation/curation.ts, from the content
 * checker's reading and the wiki's history).
 *
 *   npm run curation                      every task, as text
 *   npm run curation -- --markdown        every task, as Markdown
 *   npm run curation -- --due             only reviews overdue or due within 30 days
 *   npm run curation -- --reminder DIR    the weekly reminder (.github/workflows/review-reminders.yml): writes
 *                                         DIR/body.md (the body), DIR/assignees.txt (the owners to
 *                                         assign, comma-separated) and DIR/due.txt (how many pages are due)
 *
 * HANDBOOK_TODAY=YYYY-MM-DD runs it as on another day.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/check/check-content.node.ts';
import { curationOf } from '../lib/curation/curation';
import { curationMarkdown, curationText, dueCount, reminderAssignees } from '../lib/curation/curation-text';
import { buildDay } from '../lib/wiki/review';
import { wikiData } from '../lib/wiki/wiki';
import { site } from '../site.config';

const { values } = parseArgs({
  options: {
    markdown: { type: 'boolean', default: false },
    due: { type: 'boolean', default: false },
    reminder: { type: 'string' },
  },
});

const root = process.cwd();
const today = buildDay(process.env, new Date());
const content = checkContent(root);
const { data } = wikiData(content.graph, root);
const report = curationOf(content.checked, data, today);

if (content.problems.length > 0) {
  const files = new Set(content.problems.map((p) => p.file)).size;
  console.error(
    `${files} page file${files === 1 ? ' has' : 's have'} problems and ${files === 1 ? 'is' : 'are'} left out: npm run check:content lists them.`,
  );
}

if (values.reminder !== undefined) {
  mkdirSync(values.reminder, { recursive: true });
  writeFileSync(join(values.reminder, 'body.md'), curationMarkdown(report, { siteUrl: site.url, due: true }));
  writeFileSync(join(values.reminder, 'assignees.txt'), reminderAssignees(report).join(','));
  writeFileSync(join(values.reminder, 'due.txt'), String(dueCount(report)));
  console.log(`${dueCount(report)} pages due for review; the reminder is in ${values.reminder}/.`);
} else if (values.markdown) {
  process.stdout.write(curationMarkdown(report, { siteUrl: site.url, due: values.due }));
} else {
  process.stdout.write(curationText(report, { due: values.due }));
}
