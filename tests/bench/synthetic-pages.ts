/**
 * The pages of a synthetic handbook, for benchmarks. Everything is read from the real handbook so the
 * synthetic one changes with it: the page kinds and their proportions from `content/`, the frontmatter from the
 * field descriptions (src/lib/content/page-kinds.ts, so it passes the schemas whatever fields are added), the headings
 * each kind usually has from the real pages. Bodies hold what real pages hold: links between pages (some to a
 * section, some reference-style), a few outside links, lists, tables, footnotes, <Quote> and <Callout>.
 * Deterministic: the same count gives the same pages.
 */
import GithubSlugger from 'github-slugger';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { CALLOUT_LABELS } from '../../src/lib/content/content-components';
import { EDITORIAL } from '../../src/lib/check/editorial';
import { LIFE_CYCLE_GUIDE, STAGE_COLUMNS } from '../../src/lib/content/life-cycle';

/** The six stages of the synthetic life-cycle guide. */
const LIFE_CYCLE_STAGES = ['Approach', 'Choosing', 'Agreeing', 'Running', 'Changing', 'Ending'];
import { isRequired, type Field } from '../../src/lib/content/fields';
import { COLLECTIONS, fieldsOf, type CollectionName } from '../../src/lib/content/page-kinds';
import { codeOwnerTeams } from '../../src/lib/core/owners';
import { site } from '../../src/site.config';

/** The teams that may own pages, as the repository's CODEOWNERS names them. */
const CURATOR_TEAMS = codeOwnerTeams(readFileSync(new URL('../../.github/CODEOWNERS', import.meta.url), 'utf8'));

const root = resolve(import.meta.dirname, '../..');

export interface SyntheticPage {
  kind: CollectionName;
  id: string;
  /** Relative to the project: content/<kind>/<id>.mdx. */
  file: string;
  text: string;
}

/** A small deterministic random generator (mulberry32), so every run builds the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The real handbook's pages of a kind: their ids and the `##` headings of each. */
function realPages(kind: CollectionName): { id: string; headings: string[] }[] {
  const folder = join(root, 'content', kind);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({
      id: name.slice(0, -'.mdx'.length),
      headings: [...readFileSync(join(folder, name), 'utf8').matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim()),
    }));
}

/**
 * How many pages of each kind: a kind the handbook has at most five of (the five questions) keeps its real
 * pages; the others share the rest in the real handbook's proportions.
 */
function kindCounts(count: number, real: Record<CollectionName, unknown[]>): Record<CollectionName, number> {
  const fixed = COLLECTIONS.filter((kind) => real[kind].length <= 5);
  const growing = COLLECTIONS.filter((kind) => !fixed.includes(kind));
  const rest = count - fixed.reduce((sum, kind) => sum + real[kind].length, 0);
  const realTotal = growing.reduce((sum, kind) => sum + real[kind].length, 0);
  const counts = Object.fromEntries(COLLECTIONS.map((kind) => [kind, real[kind].length])) as Record<CollectionName, number>;
  let left = rest;
  growing.forEach((kind, i) => {
    counts[kind] = i === growing.length - 1 ? left : Math.round((rest * real[kind].length) / realTotal);
    left -= counts[kind];
  });
  return counts;
}

/** Sentences for the fields and bodies: the fixed ones below, and every plain sentence of the real pages. */
const FIXED_SENTENCES = [
  'Partners agreed how decisions would be made and who would hold the budget.',
  'The smaller organisations were paid for their time, including the time spent in meetings.',
  'The group met often enough for problems to surface early, before they became disputes.',
  "Funders listened to what grantees said about the process and changed it, which the grantees hadn't expected.",
  'A written agreement set out who does what, how money flows and how a partner can leave.',
  'Specialist groups led by the communities they serve were in the room from the start, not invited in at the end.',
  'The lead organisation passed on overheads fairly instead of keeping a large management fee.',
  'People with lived experience were paid for their expertise and shaped the design of the service.',
  'When the contract changed, the partners renegotiated the terms together rather than accepting them.',
  'Reporting was kept light: one shared report instead of a separate one for each funder.',
  'Trust took years to build and could be lost in a single meeting where one partner dominated.',
  'The commissioner wrote the tender so that small organisations could bid as part of a consortium.',
  'Evaluations asked the partners, not only the lead, whether the partnership was fair.',
  'Some members felt the larger charities still set the agenda, and said so openly.',
  "Grant decisions were shared with a panel of local residents, whose votes counted as much as the trustees'.",
  'The network invested in a paid coordinator, so the work did not depend on volunteers’ spare time.',
  'Disagreement was welcomed as a sign that partners felt safe enough to speak.',
  'Payments were made on time, in advance where possible, so that small partners were not lending to large ones.',
  'Credit for the results was shared in every report, presentation and press release.',
  'The partners reviewed every year whether the collaboration still served the people it was set up for.',
];

/**
 * The sentences of the real handbook's pages, as plain text: links and emphasis reduced to their words, and only
 * sentences with nothing MDX could read as code or markup. Drawn from at random, they give each synthetic page the
 * real handbook's words in about the real proportions: with a score of fixed sentences only, every page held every
 * one of their words ("paid" 94,433 times in 9,998 of 10,000 pages, where the real handbook has it in half its pages
 * and "coordinator" in four of 77), so the search index was unlike any real handbook's.
 */
function realSentences(): string[] {
  const sentences = new Set<string>();
  for (const kind of COLLECTIONS) {
    const folder = join(root, 'content', kind);
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx'))) {
      const body = readFileSync(join(folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      for (const line of body.split('\n')) {
        if (!/^(- |\d+\. )?[A-Z‘“"]/.test(line)) continue;
        const plain = line
          .replace(/^(- |\d+\. )/, '')
          .replace(/\[\^[^\]]*\]/g, '')
          .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
          .replace(/\*\*|\*|__/g, '');
        for (const sentence of plain.split(/(?<=[.!?])\s+(?=[A-Z‘“"])/))
          if (sentence.length >= 40 && sentence.length <= 240 && /^[\p{L}\p{N} .,;:!?’‘“”'"()%£$/–—-]+$/u.test(sentence))
            sentences.add(sentence);
      }
    }
  }
  return [...sentences].sort();
}

const SENTENCES = [...FIXED_SENTENCES, ...realSentences()];

/** Words for names, places and the rare terms real text is full of, so the search index is as varied as real text. */
function lexicon(size: number, rand: () => number): string[] {
  const syllables = [
    'ba',
    'cor',
    'den',
    'fal',
    'gris',
    'hol',
    'ken',
    'lo',
    'mar',
    'nor',
    'pen',
    'quay',
    'ros',
    'sta',
    'tre',
    'vel',
    'wick',
    'yar',
    'zen',
    'ash',
    'ford',
    'ley',
    'ton',
    'by',
  ];
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(rand() * 3);
    words.add(Array.from({ length: n }, () => syllables[Math.floor(rand() * syllables.length)]).join(''));
  }
  return [...words];
}

/** The address of each of a page's headings, as the site gives them. */
function headingIds(headings: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return headings.map((heading) => slugger.slug(heading));
}

interface Plan {
  kind: CollectionName;
  id: string;
  headings: string[];
}

/** Generates the pages of a synthetic handbook of `count` pages (at least one of each kind). */
export function syntheticPages(count: number): SyntheticPage[] {
  const rand = random(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const words = lexicon(20_000, rand);
  // Zipf's law, as in real text: the word of rank r turns up in proportion to 1/r.
  const rareWord = () => words[Math.min(words.length - 1, Math.floor(Math.exp(rand() * Math.log(words.length))) - 1)]!;
  const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
  const name = () =>
    `${capital(rareWord())} ${pick(['Trust', 'Network', 'Foundation', 'Alliance', 'Forum', 'Collective', 'Council'])}`;
  const sentence = () => pick(SENTENCES).replace('partners', rand() < 0.3 ? `partners in ${capital(rareWord())}` : 'partners');
  /** Plain text of about `target` characters, never shorter than `min` or longer than `max`. */
  const text = (min: number, max: number, target: number) => {
    const goal = Math.max(min, Math.min(max, Math.round(target)));
    let out = `${capital(rareWord())} ${pick(SENTENCES).toLowerCase()}`;
    while (out.length < goal) out += ` ${rand() < 0.3 ? `${name()} agreed.` : pick(SENTENCES)}`;
    out = out.slice(0, goal + 1);
    if (out.length > goal) out = out.replace(/\s+\S*$/, '');
    out = out.replace(/[\s,.;:]+$/, '');
    while (out.length < min) out += ` ${rareWord()}`;
    out = out.slice(0, max).trimEnd();
    while (out.length < min) out += 'x';
    return out;
  };

  const real = Object.fromEntries(COLLECTIONS.map((kind) => [kind, realPages(kind)])) as Record<
    CollectionName,
    ReturnType<typeof realPages>
  >;
  const counts = kindCounts(count, real);
  // A heading most pages of a kind have is part of its skeleton; kinds without one (guides) draw from all theirs.
  const skeleton = (kind: CollectionName) => {
    const tally = new Map<string, number>();
    for (const page of real[kind])
      for (const heading of new Set(page.headings)) tally.set(heading, (tally.get(heading) ?? 0) + 1);
    return [...tally].filter(([, n]) => n >= real[kind].length / 2).map(([heading]) => heading);
  };
  const plans: Plan[] = COLLECTIONS.flatMap((kind) => {
    const usual = skeleton(kind);
    const all = [...new Set(real[kind].flatMap((page) => page.headings))];
    return Array.from({ length: counts[kind] }, (_, i) => {
      // The real ids first (the site's own links name some guides), then numbered ones.
      const id = real[kind][i]?.id ?? `${kind.replace(/s$/, '').replace(/ie$/, 'y')}-${i}`;
      // The glossary's headings are its terms, which every page must link at first use (src/lib/check/editorial.ts): terms
      // no generated sentence uses keep the pages within that rule without linking every word.
      const headings =
        kind === EDITORIAL.glossaryPage.collection && id === EDITORIAL.glossaryPage.id
          ? Array.from({ length: 12 }, (_, n) => `Term ${n + 1}`)
          : kind === 'guides' && id === LIFE_CYCLE_GUIDE
            ? LIFE_CYCLE_STAGES.map((stage, n) => `${n + 1}. ${stage}`)
            : usual.length > 0
              ? usual
              : [...new Set(Array.from({ length: 4 + Math.floor(rand() * 4) }, () => pick(all)))];
      return { kind, id, headings };
    });
  });
  const idsOf = Object.fromEntries(COLLECTIONS.map((kind) => [kind, plans.filter((p) => p.kind === kind).map((p) => p.id)]));

  /** A value for a field, or undefined to leave it out (only where the field may be left out). */
  const value = (field: Field, self: string): unknown => {
    if (!isRequired(field) && rand() < 0.3) return undefined;
    const howMany = (min = 0, most = 3) => Math.max(min, 1 + Math.floor(rand() * most));
    switch (field.type) {
      case 'text': {
        if (field.pattern) {
          // The one patterned text is a page's owner: one of the curating cohort (src/lib/core/owners.ts).
          const cohort = [...site.curators, ...CURATOR_TEAMS];
          const candidate = cohort[Math.floor(rand() * cohort.length)] ?? '';
          if (new RegExp(field.pattern.source).test(candidate)) return candidate;
          if (isRequired(field))
            throw new Error(`The synthetic handbook cannot yet fill in "${field.name}": teach it the pattern.`);
          return undefined;
        }
        const roomy = Math.min(field.max, field.long ? 600 : 90);
        return text(field.min, field.max, field.min + rand() * (roomy - field.min));
      }
      case 'url':
        return `https://www.${rareWord()}.org.uk/reports/${rareWord()}`;
      case 'number': {
        // Years look like years; other numbers stay near the bottom of their range (orders, months).
        if (field.min >= 1000) return Math.min(field.max, Math.max(field.min, 1995 + Math.floor(rand() * 30)));
        return field.min + Math.floor(rand() * (Math.min(field.max, field.min + 24) - field.min + 1));
      }
      case 'date': {
        const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 600) * 86_400_000);
        return day.toISOString().slice(0, 10);
      }
      case 'boolean':
        return rand() < 0.15;
      case 'choice':
        return pick(field.terms).value;
      case 'choices': {
        const values = new Set(Array.from({ length: howMany(field.min) }, () => pick(field.terms).value));
        return [...values];
      }
      case 'pages': {
        const ids = idsOf[field.collection]!.filter((id) => id !== self);
        return [...new Set(Array.from({ length: Math.min(ids.length, howMany(field.min)) }, () => pick(ids)))];
      }
      case 'texts':
        return Array.from({ length: howMany(field.min) }, () =>
          text(field.item.min, field.item.max, field.item.min + rand() * (Math.min(field.item.max, 260) - field.item.min)),
        );
      case 'group':
        return satisfying(field.rule, () => values(field.fields, self));
      case 'groups':
        return satisfying(field.rule, () =>
          Array.from({ length: howMany(field.min, 4) }, () => satisfying(field.eachRule, () => values(field.fields, self))),
        );
    }
  };
  /** Draws until a group's own rule holds (an end year after the start, one lead organisation). */
  const satisfying = <T>(rule: { test: (value: never) => boolean } | undefined, draw: () => T): T => {
    for (let tries = 0; tries < 50; tries++) {
      const drawn = draw();
      if (!rule || rule.test(drawn as never)) return drawn;
    }
    throw new Error('The synthetic handbook could not draw values that keep a group rule.');
  };
  const values = (fields: readonly Field[], self: string): Record<string, unknown> => {
    const data: Record<string, unknown> = {};
    for (const field of fields) {
      // Search terms are kept on the glossary alone (the checker refuses them elsewhere).
      if (field.name === 'searchTerms' && self !== EDITORIAL.glossaryPage.id) continue;
      const v = value(field, self);
      if (v !== undefined) data[field.name] = v;
    }
    return data;
  };

  const anchorsOf = new Map(plans.map((p) => [`/${p.kind}/${p.id}/`, headingIds(p.headings)]));
  const addresses = [...anchorsOf.keys()];
  /** A link to another page, to one of its sections one time in three. */
  const address = () => {
    const url = pick(addresses);
    return rand() < 0.33 ? `${url}#${pick(anchorsOf.get(url)!)}` : url;
  };
  const paragraph = (references: string[]) => {
    const parts = Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence);
    const roll = rand();
    const at = Math.floor(rand() * parts.length);
    if (roll < 0.5) parts[at] = `${parts[at]} See [${rareWord()} and ${rareWord()}](${address()}).`;
    else if (roll < 0.6) {
      const label = `ref-${references.length + 1}`;
      references.push(`[${label}]: ${address()}`);
      parts[at] = `${parts[at]} The [${name()}][${label}] did the same.`;
    } else if (roll < 0.7) parts[at] = `${parts[at]} Its [annual report](https://www.${rareWord()}.org.uk/report) says so.`;
    if (rand() < 0.3) parts[0] = `**${parts[0]}**`;
    if (rand() < 0.2) parts.push(`In ${capital(rareWord())}, *${rareWord()}* work carried on.`);
    return parts.join(' ');
  };
  const extras = () => {
    const blocks: string[] = [];
    if (rand() < 0.5) blocks.push(Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `- ${sentence()}`).join('\n'));
    if (rand() < 0.3) {
      const rows = Array.from(
        { length: 3 + Math.floor(rand() * 4) },
        () => `| ${name()} | ${1995 + Math.floor(rand() * 30)} | ${pick(['Lead', 'Partner', 'Funder'])} |`,
      );
      blocks.push(['| Organisation | Since | Role |', '| --- | ---: | :---: |', ...rows].join('\n'));
    }
    if (rand() < 0.4) blocks.push(`<Quote source="${name()}" year={${1995 + Math.floor(rand() * 30)}}>${sentence()}</Quote>`);
    if (rand() < 0.25)
      blocks.push(
        `<Callout type="${pick(Object.keys(CALLOUT_LABELS))}">\n${sentence()} See [this page](${address()}).\n</Callout>`,
      );
    return blocks;
  };
  const body = (plan: Plan) => {
    const references: string[] = [];
    const footnotes: string[] = [];
    const sections = plan.headings.map((heading) => {
      const paragraphs = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => paragraph(references));
      if (rand() < 0.25) {
        const n = footnotes.length + 1;
        paragraphs[0] = `${paragraphs[0]}[^${n}]`;
        footnotes.push(`[^${n}]: ${name()}, ${1995 + Math.floor(rand() * 30)}, page ${1 + Math.floor(rand() * 90)}.`);
      }
      const blocks = rand() < 0.4 ? extras() : [];
      return [`## ${heading}`, ...paragraphs, ...blocks].join('\n\n');
    });
    // Every page links onward to at least three others (src/lib/check/editorial.ts).
    // The life-cycle guide's table of stages, which its diagram is drawn from (src/lib/content/life-cycle.ts).
    const stages =
      plan.kind === 'guides' && plan.id === LIFE_CYCLE_GUIDE
        ? [
            `| ${STAGE_COLUMNS.stage} | ${STAGE_COLUMNS.practices} |`,
            '| --- | --- |',
            ...plan.headings.map(
              (heading, n) =>
                `| [${heading}](#${headingIds(plan.headings)[n]}) | [${rareWord()}](/practices/${pick(idsOf['practices']!)}/) |`,
            ),
          ].join('\n')
        : '';
    const seeAlso = `See also [${rareWord()}](${address()}), [${rareWord()}](${address()}) and [${rareWord()}](${address()}).`;
    return (
      [paragraph(references), stages, ...sections, seeAlso, references.join('\n'), footnotes.join('\n')]
        .filter(Boolean)
        .join('\n\n') + '\n'
    );
  };

  return plans.map((plan) => {
    const data = values(fieldsOf(plan.kind), plan.id);
    // A case study knows when it ran, whom it names and where it comes from, so needs no "What is not known"
    // sentence the generator could not write with meaning (src/lib/check/editorial.ts).
    if (plan.kind === 'case-studies') {
      const period = data['period'] as { status?: string };
      if (!period.status || period.status === 'unknown') period.status = 'ended';
      data['completeness'] = 'complete';
      (data['organisations'] as { unnamed?: boolean }[])[0]!.unnamed = false;
      const sources = data['sources'] as { url?: string; accessed?: string }[];
      while (sources.filter((source) => source.url).length < EDITORIAL.caseStudySourcesWithAddress)
        sources.push({ ...sources[0], url: `https://www.${rareWord()}.org.uk/case/${sources.length}`, accessed: '2026-01-05' });
    }
    return {
      kind: plan.kind,
      id: plan.id,
      file: `content/${plan.kind}/${plan.id}.mdx`,
      text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body(plan)}`,
    };
  });
}
