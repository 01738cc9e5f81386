/**
 * What practitioners type into the search box, in their own words rather than the handbook's titles, and the pages
 * that would answer each. `npm run bench:search` measures the site's search against them.
 *
 * Written before the search was tuned, and kept honest: a query is never reworded, and a page never added to or
 * taken from its answers, to suit the ranking. Add queries freely (a reader's real search is the best kind);
 * change one only when a page it names is renamed or removed.
 */

/** How a query is worded: what part of a reader's habits it tests. */
export type QueryForm =
  /** The words of the problem, not of a title. */
  | 'words'
  /** An abbreviation or acronym (TUPE, VAWG). */
  | 'abbreviation'
  /** A plural, or another form of a word the pages use. */
  | 'plural'
  /** A misspelling or a spelling the pages do not use (American, joined up, split). */
  | 'misspelling'
  /** A question, as a reader asks it. */
  | 'question';

export interface RelevanceQuery {
  /** What the reader types. */
  query: string;
  /** The pages that would satisfy the reader, as `kind/id`; any of them counts as a hit. */
  pages: readonly string[];
  form: QueryForm;
}

export const QUERIES: readonly RelevanceQuery[] = [
  // Practices
  {
    query: 'commissioning tenders',
    pages: ['practices/commission-within-procurement-rules', 'practices/design-a-tender-small-providers-can-win'],
    form: 'words',
  },
  {
    query: 'small charity cashflow late payment',
    pages: ['practices/pay-fairly-and-resolve-issues-fairly', 'guides/when-a-lead-partner-pays-late-or-fails'],
    form: 'words',
  },
  {
    query: 'coproduction',
    pages: ['practices/involve-and-pay-people-with-lived-experience', 'guides/glossary', 'questions/impact'],
    form: 'misspelling',
  },
  {
    query: 'how much should we pay people with lived experience',
    pages: ['practices/involve-and-pay-people-with-lived-experience'],
    form: 'question',
  },
  { query: 'paying experts by experience', pages: ['practices/involve-and-pay-people-with-lived-experience'], form: 'words' },
  { query: 'full cost recovery', pages: ['practices/cost-your-part-of-a-bid-fully'], form: 'words' },
  { query: 'FCR', pages: ['practices/cost-your-part-of-a-bid-fully'], form: 'abbreviation' },
  { query: 'lead partner taking too big a cut', pages: ['practices/set-a-fair-management-fee'], form: 'words' },
  { query: 'top slicing', pages: ['practices/set-a-fair-management-fee'], form: 'words' },
  { query: 'management fees', pages: ['practices/set-a-fair-management-fee'], form: 'plural' },
  {
    query: 'who owns the toolkit we made together',
    pages: ['practices/agree-who-owns-what-you-make-together'],
    form: 'question',
  },
  { query: 'IP ownership', pages: ['practices/agree-who-owns-what-you-make-together'], form: 'abbreviation' },
  {
    query: 'GDPR sharing client data with partners',
    pages: ['practices/share-data-about-people-lawfully'],
    form: 'abbreviation',
  },
  { query: 'data sharing agreement', pages: ['practices/share-data-about-people-lawfully'], form: 'words' },
  { query: 'DPIA', pages: ['practices/share-data-about-people-lawfully'], form: 'abbreviation' },
  {
    query: "small providers can't compete for big contracts",
    pages: ['practices/design-a-tender-small-providers-can-win', 'practices/commission-within-procurement-rules'],
    form: 'words',
  },
  {
    query: 'splitting a contract into lots',
    pages: [
      'practices/design-a-tender-small-providers-can-win',
      'practices/commission-within-procurement-rules',
      'guides/glossary',
    ],
    form: 'words',
  },
  {
    query: 'should we join a consortium bid',
    pages: ['practices/check-before-joining-a-consortium-bid', 'guides/trustees-joining-a-consortium'],
    form: 'question',
  },
  {
    query: 'consortiums',
    pages: ['practices/check-before-joining-a-consortium-bid', 'guides/trustees-joining-a-consortium', 'guides/glossary'],
    form: 'plural',
  },
  { query: 'consortuim bid', pages: ['practices/check-before-joining-a-consortium-bid'], form: 'misspelling' },
  { query: 'heads of terms template', pages: ['practices/agree-terms-before-you-start'], form: 'words' },
  {
    query: 'written partnership agreement',
    pages: ['practices/elect-a-lead-with-a-partnership-agreement', 'practices/agree-terms-before-you-start'],
    form: 'words',
  },
  { query: 'choosing which partner leads', pages: ['practices/elect-a-lead-with-a-partnership-agreement'], form: 'words' },
  { query: 'closing down a partnership', pages: ['practices/end-a-partnership-well'], form: 'words' },
  { query: 'exit strategy when the funding ends', pages: ['practices/end-a-partnership-well'], form: 'words' },
  { query: 'funding cut halfway through', pages: ['practices/renegotiate-when-things-change'], form: 'words' },
  { query: 'partners avoiding conflict to keep the peace', pages: ['practices/let-disagreement-surface'], form: 'words' },
  {
    query: 'ground rules for partnership meetings',
    pages: ['practices/facilitate-with-a-code-of-conduct', 'questions/honesty'],
    form: 'words',
  },
  { query: 'feedback from grantees', pages: ['practices/listen-to-grantees'], form: 'words' },
  {
    query: 'participatory grantmaking',
    pages: ['practices/share-grant-decisions-with-communities', 'guides/glossary'],
    form: 'misspelling',
  },
  {
    query: 'community panels deciding grants',
    pages: ['practices/share-grant-decisions-with-communities', 'case-studies/camden-giving'],
    form: 'plural',
  },
  {
    query: 'declaring interests on a grants panel',
    pages: ['practices/manage-conflicts-of-interest-in-funding-decisions'],
    form: 'words',
  },
  { query: 'conflict of intrest', pages: ['practices/manage-conflicts-of-interest-in-funding-decisions'], form: 'misspelling' },
  { query: 'getting money to grassroots groups', pages: ['practices/shift-funding-to-grassroots'], form: 'words' },
  {
    query: 'paying for network coordination',
    pages: ['practices/invest-in-coordination', 'guides/what-coordinating-a-network-costs'],
    form: 'words',
  },
  {
    query: 'commissioners pitting charities against each other',
    pages: ['practices/push-back-on-poor-commissioning', 'practices/use-alliance-commissioning'],
    form: 'words',
  },
  {
    query: 'alliance contract instead of competitive tendering',
    pages: [
      'practices/use-alliance-commissioning',
      'case-studies/alliance-commissioning-plymouth-sheffield',
      'case-studies/lambeth-living-well-network-alliance',
    ],
    form: 'words',
  },
  { query: 'let the small specialist charity lead', pages: ['practices/put-the-specialist-in-the-driving-seat'], form: 'words' },
  {
    query: 'backoffice support for small charities',
    pages: ['practices/share-infrastructure-and-build-capacity'],
    form: 'misspelling',
  },
  {
    query: 'how do we know if our partnership is fair',
    pages: ['practices/measure-how-equitable-a-partnership-is'],
    form: 'question',
  },
  { query: 'did our grants shift power', pages: ['practices/evaluate-whether-funding-shifted-power'], form: 'question' },
  { query: 'bidding against a small local charity', pages: ['practices/compete-ethically'], form: 'words' },
  { query: 'allocate money by need not size', pages: ['practices/allocate-by-needs-analysis'], form: 'words' },
  {
    query: 'organizations led by marginalized groups',
    pages: ['practices/open-to-partners-of-every-size', 'questions/power'],
    form: 'misspelling',
  },
  { query: 'trustees board collaborative culture', pages: ['practices/build-a-collaborative-culture-and-board'], form: 'words' },
  {
    query: 'community owned wiki',
    pages: ['practices/co-create-community-owned-spaces', 'case-studies/uk-democracy-handbook'],
    form: 'words',
  },
  {
    query: 'paying equity and inclusion experts to design a programme',
    pages: ['practices/fund-equity-and-inclusion-partners'],
    form: 'words',
  },

  // Guides
  { query: 'TUPE', pages: ['guides/staff-moving-with-a-contract-tupe'], form: 'abbreviation' },
  {
    query: 'staff transfer when a contract changes provider',
    pages: ['guides/staff-moving-with-a-contract-tupe'],
    form: 'words',
  },
  { query: 'transfer of undertakings pensions', pages: ['guides/staff-moving-with-a-contract-tupe'], form: 'plural' },
  { query: 'lead partner gone bust', pages: ['guides/when-a-lead-partner-pays-late-or-fails'], form: 'words' },
  {
    query: 'prime contractor not paying us',
    pages: ['guides/when-a-lead-partner-pays-late-or-fails', 'practices/pay-fairly-and-resolve-issues-fairly'],
    form: 'words',
  },
  {
    query: 'subcontract',
    pages: [
      'guides/when-a-lead-partner-pays-late-or-fails',
      'guides/glossary',
      'practices/check-before-joining-a-consortium-bid',
      'practices/pay-fairly-and-resolve-issues-fairly',
    ],
    form: 'words',
  },
  {
    query: 'what are trustees liable for in a consortium',
    pages: ['guides/trustees-joining-a-consortium'],
    form: 'question',
  },
  { query: 'fiscal sponsor', pages: ['guides/find-a-host-and-keep-control'], form: 'words' },
  { query: 'unincorporated group receiving a grant', pages: ['guides/find-a-host-and-keep-control'], form: 'words' },
  { query: 'bigger charity wants to merge with us', pages: ['guides/deciding-on-a-merger-offer'], form: 'words' },
  { query: 'takeover by a larger charity', pages: ['guides/deciding-on-a-merger-offer'], form: 'words' },
  { query: 'falling out with the lead partner', pages: ['guides/when-a-partnership-goes-wrong'], form: 'words' },
  { query: 'mediation between partners', pages: ['guides/when-a-partnership-goes-wrong'], form: 'words' },
  { query: 'free legal advice for charities', pages: ['guides/where-to-get-legal-advice'], form: 'words' },
  {
    query: 'procurement rules in Scotland',
    pages: ['guides/commissioning-in-scotland-wales-and-northern-ireland'],
    form: 'words',
  },
  {
    query: 'public social partnerships',
    pages: ['guides/commissioning-in-scotland-wales-and-northern-ireland', 'guides/glossary'],
    form: 'plural',
  },
  { query: 'cost of running a coalition', pages: ['guides/what-coordinating-a-network-costs'], form: 'words' },
  { query: 'what does equitable collaboration mean', pages: ['guides/what-is-equitable-collaboration'], form: 'question' },
  { query: 'why is working together so difficult', pages: ['guides/why-it-is-hard'], form: 'question' },
  { query: 'covid partnerships', pages: ['guides/why-it-matters-now', 'guides/emerging-challenges'], form: 'words' },
  { query: 'stages of a partnership', pages: ['guides/partnership-life-cycle'], form: 'plural' },
  { query: 'how can I suggest a new case study', pages: ['guides/how-to-contribute'], form: 'question' },
  { query: 'screen reader', pages: ['guides/accessibility-statement'], form: 'words' },
  { query: 'anchor institutions', pages: ['guides/glossary'], form: 'plural' },
  {
    query: 'PSR health contracts',
    pages: ['practices/commission-within-procurement-rules', 'guides/glossary'],
    form: 'abbreviation',
  },
  { query: 'Procurement Act 2023', pages: ['practices/commission-within-procurement-rules'], form: 'words' },
  { query: 'case study out of date', pages: ['guides/keeping-case-studies-accurate'], form: 'words' },
  { query: 'download case studies as csv', pages: ['guides/comparing-case-studies-by-power'], form: 'words' },

  // Case studies
  {
    query: 'VAWG',
    pages: ['case-studies/london-vawg-consortium', 'case-studies/imkaan', 'guides/glossary'],
    form: 'abbreviation',
  },
  { query: 'MEAM', pages: ['case-studies/meam-coalition'], form: 'abbreviation' },
  { query: 'domestic abuse services partnership London', pages: ['case-studies/london-vawg-consortium'], form: 'words' },
  {
    query: 'black led mental health partnership',
    pages: ['case-studies/black-thrive-lambeth', 'case-studies/lambeth-living-well-network-alliance'],
    form: 'words',
  },
  { query: 'homeless health peer research', pages: ['case-studies/health-now-groundswell'], form: 'words' },
  {
    query: 'small charity holds the contract big charities subcontractors',
    pages: ['case-studies/health-now-groundswell', 'practices/put-the-specialist-in-the-driving-seat'],
    form: 'plural',
  },
  { query: 'immigration detention network', pages: ['case-studies/detention-forum'], form: 'words' },
  {
    query: 'probation reform charities left out',
    pages: ['case-studies/transforming-rehabilitation-voluntary-sector'],
    form: 'words',
  },
  { query: 'community wind turbine', pages: ['case-studies/ambition-lawrence-weston'], form: 'words' },
  {
    query: "women's centres bidding together",
    pages: ['case-studies/greater-manchester-womens-support-alliance'],
    form: 'words',
  },
  {
    query: 'alliance between homelessness and refugee charities that collapsed',
    pages: ['case-studies/migrant-destitution-alliance'],
    form: 'words',
  },
  { query: 'pooled fund London covid', pages: ['case-studies/london-community-response-fund'], form: 'words' },
  { query: 'youth services tender Bristol', pages: ['case-studies/creative-youth-network-bristol'], form: 'words' },
  {
    query: 'people with lived experience on the board',
    pages: [
      'case-studies/expert-citizens-stoke-on-trent',
      'case-studies/golden-key-bristol',
      'practices/involve-and-pay-people-with-lived-experience',
    ],
    form: 'words',
  },
  { query: 'young people deciding funding', pages: ['case-studies/the-listening-fund'], form: 'words' },
  {
    query: 'Global Majority foundation',
    pages: ['case-studies/baobab-foundation', 'case-studies/comic-relief-global-majority-fund'],
    form: 'words',
  },
  { query: 'radical grassroots grants by activists', pages: ['case-studies/edge-fund'], form: 'words' },
  { query: 'funders sharing collaborations online', pages: ['case-studies/funders-collaborative-hub'], form: 'words' },
  { query: 'Manchester funders covid', pages: ['case-studies/greater-manchester-funders-forum'], form: 'words' },
  { query: 'shift the power movement', pages: ['case-studies/shift-the-power'], form: 'words' },
  {
    query: 'businesses in a homelessness partnership',
    pages: ['case-studies/noisy-cricket', 'case-studies/homeless-link-partnerships-by-default'],
    form: 'words',
  },
  { query: 'rewarding volunteers with a local currency', pages: ['case-studies/counter-community'], form: 'words' },
  { query: 'G7 COP26 coalition', pages: ['case-studies/crack-the-crises'], form: 'words' },
  { query: 'membership body partnership policy', pages: ['case-studies/homeless-link-partnerships-by-default'], form: 'words' },
  {
    query: 'intermediaries passing on grants for racial justice',
    pages: ['case-studies/comic-relief-global-majority-fund'],
    form: 'plural',
  },
  {
    query: 'race equality funders',
    pages: ['case-studies/funders-for-race-equality-alliance', 'practices/fund-equity-and-inclusion-partners'],
    form: 'words',
  },

  // Questions
  { query: 'funder power', pages: ['questions/power', 'practices/evaluate-whether-funding-shifted-power'], form: 'words' },
  { query: 'power imbalance', pages: ['questions/power', 'guides/what-is-equitable-collaboration'], form: 'words' },
  {
    query: 'how do smaller partners experience working with us',
    pages: ['questions/honesty'],
    form: 'question',
  },
  {
    query: 'do other organisations know we want to partner',
    pages: ['questions/communication'],
    form: 'question',
  },
  {
    query: 'what challenges do small charities face',
    pages: ['questions/empathy'],
    form: 'question',
  },
  {
    query: 'putting service users at the centre',
    pages: ['questions/impact'],
    form: 'words',
  },
  { query: 'levelling the playing field', pages: ['questions/power'], form: 'words' },
];
