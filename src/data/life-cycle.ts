/**
 * The partnership life cycle's stages, read once per build from the life-cycle guide (src/lib/content/life-cycle.ts) for
 * the diagram on the guide's page and on the home page. The guide is read as the checker read it before the build
 * began (src/lib/check/check-content.node.ts, which also refuses a guide whose table of stages is not usable).
 */
import { readFileSync } from 'node:fs';
import { handbook } from './handbook';
import { lifeCycleStages, LIFE_CYCLE_GUIDE, type LifeCycleStage } from '../lib/content/life-cycle';
import { parseMdx } from '../lib/core/mdx-tree';
import { splitFrontmatter } from '../lib/core/frontmatter';

let loaded: Promise<LifeCycleStage[]> | undefined;

/** The stages, in order; the build stops with the problem in words when the guide's table of stages is not usable. */
export function lifeCycle(): Promise<LifeCycleStage[]> {
  loaded ??= (async () => {
    const book = await handbook();
    const guide = book.entries.guides.find((entry) => entry.id === LIFE_CYCLE_GUIDE);
    const file = guide?.filePath ?? `content/guides/${LIFE_CYCLE_GUIDE}.mdx`;
    if (!guide?.filePath) throw new Error(`${file} is missing: the life-cycle diagram is drawn from it.`);
    const parsed = parseMdx(splitFrontmatter(readFileSync(guide.filePath, 'utf8')).source);
    if (!parsed.tree) throw new Error(`${file}: ${parsed.problem.message}`);
    const read = lifeCycleStages(parsed.tree);
    if ('problem' in read) throw new Error(`${file}: ${read.problem}`);
    const practices = new Set(book.entries.practices.map((p) => p.id));
    for (const stage of read.stages)
      for (const practice of stage.practices)
        if (!practices.has(practice.id))
          throw new Error(
            `${file}: stage ${stage.number} links to the practice "${practice.id}", which is not a page of the handbook.`,
          );
    return read.stages;
  })();
  return loaded;
}
