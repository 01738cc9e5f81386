/**
 * The case study page an accepted "Propose a page" proposal becomes (cms-config/proposals/proposal.ts): its frontmatter, in
 * the field table's terms (src/lib/content/page-kinds.ts), and its text under the handbook's usual headings. The page is a
 * draft marked as a stub: the proposer's own words, with every fact still to be checked against the sources they
 * gave, which the pull request lists for the curator. The content checker then judges it like any other page.
 */
import { isoDay } from '../../src/lib/core/dates';
import type { Answers } from './proposal';
import { addressesIn } from './proposal';
import { slugify } from '../../src/lib/core/slug';

/** The proposer's words as Markdown text that says only what it says: no markup, no MDX, no links of their own. */
export function plainMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .trim()
        // Every character Markdown or MDX could read as syntax is escaped; the rest is words.
        .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`)
        // A line starting with a number and a full stop, a dash or "=" would become a list or a heading.
        .replace(/^(\d+)([.)])/, '$1\\$2')
        .replace(/^([-=])/, '\\$1'),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first sentences of `text`, at most `max` characters, cut at a sentence or word. */
export function firstSentences(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const sentence = cut.lastIndexOf('. ');
  return sentence > max / 3 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** "Name: what it did" (or "Name – what it did"), one per line. */
function organisations(who: string): { name: string; role: string }[] {
  return who
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s*•-]+/, '').trim())
    .filter(Boolean)
    .slice(0, 20)
    .map((line) => {
      const [, name = line, role] = /^(.{2,160}?)\s*(?::|\s[-–—]\s)\s*(.+)$/.exec(line) ?? [];
      return { name: name.slice(0, 160), role: role ? firstSentences(role, 240) : 'Not yet described: see the proposal' };
    })
    .filter((o) => o.name.length >= 2);
}

/** A source per address the proposer gave, titled by the words on its line where there are any. */
function sources(answer: string, day: string): Record<string, unknown>[] {
  return answer
    .split(/\r?\n/)
    .flatMap((line) => {
      const [url] = addressesIn(line);
      if (!url) return [];
      const host = new URL(url).hostname.replace(/^www\./, '');
      const words = line.replace(url, '').replace(/^[\s:–—-]+|[\s:–—-]+$/g, '');
      return [{ title: words.length >= 3 ? words.slice(0, 300) : `Web page at ${host}`, publisher: host, url, accessed: day }];
    })
    .slice(0, 20);
}

export interface ProposalPage {
  /** The page's id: its file name without `.mdx`. */
  id: string;
  /** Its frontmatter, field by field. */
  data: Record<string, unknown>;
  /** Its text. */
  body: string;
}

/** The draft case study of a proposal filed as issue `issue`, on `day`. */
export function proposalPage(answers: Answers, { issue, day }: { issue: number; day: Date }): ProposalPage {
  const title = (answers['title'] ?? '').replace(/\s+/g, ' ').trim();
  const what = answers['what'] ?? '';
  const power = answers['power'] ?? '';
  const today = isoDay(day);
  const summary = firstSentences(what, 320);
  const section = (heading: string, text: string) => `## ${heading}\n\n${plainMarkdown(text)}`;
  const body = [
    section('Background', what),
    `## Who was involved\n\n${organisations(answers['who'] ?? '')
      .map((o) => `- ${plainMarkdown(o.name)}: ${plainMarkdown(o.role)}`)
      .join('\n')}`,
    section('How power was shared', power),
    section('What happened', answers['happened'] ?? ''),
    `## What is not known\n\nThis page was written from a proposal sent through the handbook's form (issue ${issue}), in the proposer's words. Its facts have not yet been checked against the sources listed below, and the organisations' sizes and kinds, when it began and ended, and what each partner thought of it are not yet known.`,
  ].join('\n\n');
  return {
    id: slugify(title),
    data: {
      title,
      summary: summary.length >= 30 ? summary : firstSentences(`${title}: ${what}`, 320),
      organisations: organisations(answers['who'] ?? ''),
      regions: [answers['region'] ?? 'unknown'],
      sectors: [answers['sector']],
      collaborationType: answers['kind'],
      period: { status: 'unknown' },
      power: firstSentences(power, 1200),
      outcomes: [],
      lessons: [],
      themes: ['power-and-decisions'],
      completeness: 'stub',
      sources: sources(answers['sources'] ?? '', today),
      lastReviewed: today,
      reviewStatus: 'draft',
    },
    body: `${body}\n`,
  };
}
