/**
 * The handbook's controlled vocabularies: the only values allowed in fields that feed a filter,
 * a theme page or a facts panel. One list per field, each value a stable slug with a reader-facing label.
 *
 * Why controlled: free text splits one idea across spellings ("Housing", "housing & homelessness"),
 * and search filters and theme pages would split with it. To add a value, add it here with its label;
 * the schemas, filters and theme pages pick it up.
 */

/** A slug with the words a reader sees. */
export interface Term {
  readonly value: string;
  readonly label: string;
}

function terms<const T extends readonly Term[]>(list: T): T {
  return list;
}

/** The field of work a case or practice belongs to. */
export const sectors = terms([
  { value: 'homelessness-and-housing', label: 'Homelessness and housing' },
  { value: 'health-and-care', label: 'Health and care' },
  { value: 'mental-health', label: 'Mental health' },
  { value: 'drugs-and-alcohol', label: 'Drugs and alcohol' },
  { value: 'migration-and-asylum', label: 'Migration, refugees and asylum' },
  { value: 'violence-against-women-and-girls', label: 'Violence against women and girls (VAWG)' },
  { value: 'criminal-justice', label: 'Criminal justice' },
  { value: 'multiple-disadvantage', label: 'Multiple disadvantage' },
  { value: 'racial-justice', label: 'Racial justice and equality' },
  { value: 'community-development', label: 'Community development' },
  { value: 'democracy-and-participation', label: 'Democracy and participation' },
  { value: 'international-development', label: 'International development' },
  { value: 'funding-and-philanthropy', label: 'Funding and philanthropy' },
  { value: 'cross-sector', label: 'Across sectors' },
]);

/** Where the work happened: the nations and English regions, plus wider scopes. */
export const regions = terms([
  { value: 'london', label: 'London' },
  { value: 'south-east', label: 'South East England' },
  { value: 'south-west', label: 'South West England' },
  { value: 'east-of-england', label: 'East of England' },
  { value: 'east-midlands', label: 'East Midlands' },
  { value: 'west-midlands', label: 'West Midlands' },
  { value: 'yorkshire-and-the-humber', label: 'Yorkshire and the Humber' },
  { value: 'north-west', label: 'North West England' },
  { value: 'north-east', label: 'North East England' },
  { value: 'england', label: 'England-wide' },
  { value: 'scotland', label: 'Scotland' },
  { value: 'wales', label: 'Wales' },
  { value: 'northern-ireland', label: 'Northern Ireland' },
  { value: 'uk-wide', label: 'UK-wide' },
  { value: 'international', label: 'International' },
  { value: 'unknown', label: 'Not known' },
]);

/** The shape of a collaboration. */
export const collaborationTypes = terms([
  { value: 'consortium', label: 'Consortium' },
  { value: 'subcontracting', label: 'Lead contractor and subcontractors' },
  { value: 'alliance-contract', label: 'Alliance contract' },
  { value: 'coalition', label: 'Coalition or campaign' },
  { value: 'network', label: 'Network or forum' },
  { value: 'pooled-fund', label: 'Pooled fund' },
  { value: 'funding-programme', label: 'Funding programme' },
  { value: 'movement', label: 'Movement' },
  { value: 'community-space', label: 'Community-owned space' },
  { value: 'partnership', label: 'Partnership' },
  { value: 'shared-resource', label: 'Shared resource' },
]);

/** Cross-cutting topics; each has a theme page listing its pages. */
export const themes = terms([
  { value: 'power-and-decisions', label: 'Power and decision-making' },
  { value: 'money-and-resources', label: 'Money and resources' },
  { value: 'commissioning', label: 'Commissioning and contracts' },
  { value: 'lived-experience', label: 'Lived experience' },
  { value: 'small-and-specialist', label: 'Small and specialist organisations' },
  { value: 'trust-and-relationships', label: 'Trust and relationships' },
  { value: 'leadership-and-governance', label: 'Leadership and governance' },
  { value: 'equity-and-inclusion', label: 'Equity, inclusion and anti-racism' },
  { value: 'shared-infrastructure', label: 'Shared infrastructure and capacity' },
  { value: 'culture-and-behaviour', label: 'Culture and behaviour' },
  { value: 'conflict-and-disagreement', label: 'Conflict and disagreement' },
  { value: 'crisis-response', label: 'Crisis response' },
  { value: 'funder-practice', label: 'Funder practice' },
]);

/**
 * The five behaviours of collaborative organisations in "Rebalancing the Relationship" (NCVO, ACEVO and Lloyds
 * Bank Foundation, 2021). Practices name the behaviours they put to work; the partnership health check asks
 * about each one and points to those practices.
 */
export const collaborativeBehaviours = terms([
  { value: 'compete-ethically', label: 'Compete in an ethical and responsible way' },
  { value: 'open-to-collaboration', label: 'Be open to collaborating with many kinds of organisation' },
  { value: 'support-others', label: 'Support other organisations' },
  { value: 'fair-and-equal-partnerships', label: 'Develop fair and equal partnerships' },
  { value: 'collaborative-culture', label: 'Nurture a collaborative culture and leadership' },
]);

/** Whether a collaboration is still running. */
export const periodStatuses = terms([
  { value: 'active', label: 'Active' },
  { value: 'ended', label: 'Ended' },
  { value: 'unknown', label: 'Not known' },
]);

/** A rough size for an organisation, as the sources describe it. */
export const organisationSizes = terms([
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
  { value: 'unknown', label: 'Size not known' },
]);

/** What kind of body an organisation is. */
export const organisationTypes = terms([
  { value: 'charity', label: 'Charity' },
  { value: 'user-led', label: 'User-led organisation' },
  { value: 'grassroots', label: 'Grassroots or community group' },
  { value: 'specialist', label: 'Specialist "by and for" organisation' },
  { value: 'funder', label: 'Funder' },
  { value: 'infrastructure', label: 'Infrastructure or umbrella body' },
  { value: 'network', label: 'Network or coalition' },
  { value: 'public-body', label: 'Public body' },
  { value: 'business', label: 'Business' },
  { value: 'unknown', label: 'Type not known' },
]);

/** Where a page stands in review; anything but reviewed shows readers a notice. */
export const reviewStatuses = terms([
  { value: 'draft', label: 'Draft' },
  { value: 'in-review', label: 'In review' },
  { value: 'reviewed', label: 'Reviewed' },
]);

/** How complete a page is; anything short of complete shows a "help complete this" note. */
export const completenessLevels = terms([
  { value: 'stub', label: 'Stub' },
  { value: 'partial', label: 'Partial' },
  { value: 'needs-sources', label: 'Needs sources' },
  { value: 'complete', label: 'Complete' },
]);

/** The values of a vocabulary, as a tuple zod's `enum` accepts. */
export function valuesOf<T extends readonly Term[]>(list: T): [T[number]['value'], ...T[number]['value'][]] {
  return list.map((term) => term.value) as [T[number]['value'], ...T[number]['value'][]];
}

/** The label of a value, or the value itself when it is not in the list. */
export function labelOf(list: readonly Term[], value: string): string {
  return list.find((term) => term.value === value)?.label ?? value;
}
