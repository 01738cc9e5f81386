/**
 * Practices and case studies name each other (each side's field is `RELATED_FIELD` in page-kinds.ts). A relation
 * stated on either side holds both ways, so the site shows the union on both
 * pages, and the content checker and the curation desk point at each relation stated on one side only, for
 * curators to tidy the frontmatter.
 */

/** The two sides, by page id: what each practice and each case study names. */
export interface RelationSides {
  practices: readonly { id: string; related: readonly string[] }[];
  caseStudies: readonly { id: string; related: readonly string[] }[];
}

/** A relation only one of its two pages states. */
export interface OneWayRelation {
  practice: string;
  caseStudy: string;
  /** The side that states it. */
  statedBy: 'practices' | 'case-studies';
}

/** Both directions of every relation: each practice's case studies and each case study's practices. */
export interface Relations {
  caseStudiesOf: Map<string, string[]>;
  practicesOf: Map<string, string[]>;
}

/**
 * Every relation, whichever side states it. A page lists what it names itself first, in its own order, then
 * what only the other side states, in the order those pages come. Ids of pages that do not exist are left out
 * (the checker reports them as broken links).
 */
export function relations(sides: RelationSides): Relations {
  const caseStudiesOf = new Map(sides.practices.map((p) => [p.id, new Set<string>()]));
  const practicesOf = new Map(sides.caseStudies.map((c) => [c.id, new Set<string>()]));
  for (const practice of sides.practices)
    for (const id of practice.related) if (practicesOf.has(id)) caseStudiesOf.get(practice.id)!.add(id);
  for (const caseStudy of sides.caseStudies)
    for (const id of caseStudy.related) if (caseStudiesOf.has(id)) practicesOf.get(caseStudy.id)!.add(id);
  // The other side, after each page's own list.
  for (const practice of sides.practices) for (const id of practice.related) practicesOf.get(id)?.add(practice.id);
  for (const caseStudy of sides.caseStudies) for (const id of caseStudy.related) caseStudiesOf.get(id)?.add(caseStudy.id);
  const lists = (map: Map<string, Set<string>>) => new Map([...map].map(([id, set]) => [id, [...set]]));
  return { caseStudiesOf: lists(caseStudiesOf), practicesOf: lists(practicesOf) };
}

/** Each relation stated on one side only, practices' first, each once. */
export function oneWayRelations(sides: RelationSides): OneWayRelation[] {
  const byPractice = new Map(sides.practices.map((p) => [p.id, new Set(p.related)]));
  const byCase = new Map(sides.caseStudies.map((c) => [c.id, new Set(c.related)]));
  const found: OneWayRelation[] = [];
  for (const [practice, cases] of byPractice)
    for (const caseStudy of cases)
      if (byCase.get(caseStudy)?.has(practice) === false) found.push({ practice, caseStudy, statedBy: 'practices' });
  for (const [caseStudy, practices] of byCase)
    for (const practice of practices)
      if (byPractice.get(practice)?.has(caseStudy) === false) found.push({ practice, caseStudy, statedBy: 'case-studies' });
  return found;
}
