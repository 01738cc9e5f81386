/**
 * A case study's facts panel ("At a glance"), as the lines a reader sees. Its markup (page-frame.ts) draws it
 * from here on the site, in the editor's preview and in the case explorer's comparison, which cannot differ.
 *
 * The editor calls this while a contributor is still typing, so any field may be missing or half filled.
 */
import {
  collaborationTypes,
  labelOf,
  organisationSizes,
  organisationTypes,
  periodStatuses,
  regions,
  sectors,
} from './vocabulary';

export interface FactsInput {
  organisations?: readonly {
    name?: string | undefined;
    unnamed?: boolean | undefined;
    role?: string | undefined;
    size?: string | undefined;
    type?: string | undefined;
    lead?: boolean | undefined;
  }[];
  regions?: readonly string[];
  sectors?: readonly string[];
  collaborationType?: string;
  period?: { start?: number | string | undefined; end?: number | string | undefined; status?: string | undefined };
  power?: string;
  outcomes?: readonly string[];
  lessons?: readonly string[];
}

export interface OrganisationLine {
  name: string;
  /** False when the sources describe it without naming it. */
  named: boolean;
  lead: boolean;
  role: string;
  /** Its kind and size, where the sources say ("Charity, Small"); empty when they say neither. */
  details: string;
}

export type Fact =
  | { term: string; kind: 'organisations'; organisations: OrganisationLine[] }
  | { term: string; kind: 'text'; text: string }
  | { term: string; kind: 'list'; items: string[]; empty: string };

/** What the panel says where the sources give no outcomes or lessons. */
export const NOT_RECORDED = 'Not recorded in the sources yet.';

/** "2019 to 2021", "From 2019", "Until 2021" or "Dates not known", then whether it is still running. */
export function periodText(period: FactsInput['period'] = {}): string {
  const start = period.start === '' ? undefined : period.start;
  const end = period.end === '' ? undefined : period.end;
  const when = start && end ? `${start} to ${end}` : start ? `From ${start}` : end ? `Until ${end}` : 'Dates not known';
  return `${when} (${labelOf(periodStatuses, period.status ?? 'unknown').toLowerCase()})`;
}

export function caseStudyFacts(data: FactsInput): Fact[] {
  const organisations = (data.organisations ?? []).map((org) => ({
    name: org.name ?? '',
    named: !org.unnamed,
    lead: Boolean(org.lead),
    role: org.role ?? '',
    details: [
      org.type && org.type !== 'unknown' ? labelOf(organisationTypes, org.type) : '',
      org.size && org.size !== 'unknown' ? labelOf(organisationSizes, org.size) : '',
    ]
      .filter(Boolean)
      .join(', '),
  }));
  const lead = organisations.find((org) => org.lead);
  const labels = (list: Parameters<typeof labelOf>[0], values: readonly string[] = []) =>
    values.map((value) => labelOf(list, value)).join(', ');
  return [
    { term: 'Organisations involved', kind: 'organisations', organisations },
    { term: 'Who led', kind: 'text', text: lead ? lead.name : 'No single lead, or the sources do not say.' },
    { term: 'Collaboration type', kind: 'text', text: labelOf(collaborationTypes, data.collaborationType ?? '') },
    { term: 'Where', kind: 'text', text: labels(regions, data.regions) },
    { term: 'Sectors', kind: 'text', text: labels(sectors, data.sectors) },
    { term: 'When', kind: 'text', text: periodText(data.period) },
    { term: 'What was done about power', kind: 'text', text: data.power ?? '' },
    { term: 'Outcomes', kind: 'list', items: [...(data.outcomes ?? [])], empty: NOT_RECORDED },
    { term: 'Lessons', kind: 'list', items: [...(data.lessons ?? [])], empty: NOT_RECORDED },
  ];
}

/** What a page below "complete" tells its readers, by completeness level; a complete page says nothing. */
export const COMPLETENESS_NOTES: Readonly<Record<string, string>> = {
  stub: 'This page is a stub: it has the basic facts only.',
  partial: 'This page is partial: some of its facts are not yet known.',
  'needs-sources': 'This page needs sources: the published material it draws on is brief.',
};
