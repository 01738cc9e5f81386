/**
 * The labels the repository's own files add to issues and pull requests: GitHub adds a label only if the repository
 * already has it, so an adopter creates them once (`npm run github:labels`). Read from the files that use them, the
 * issue forms and Dependabot's settings, so a label added there is created too; the proposals' labels come from
 * cms-config/proposals/proposal.ts.
 */
import { parse } from 'yaml';

/** The labels each of `files` (YAML text by path) adds: an issue form's `labels`, or each Dependabot update's. */
export function labelsIn(files: Record<string, string>): string[] {
  const labels = new Set<string>();
  for (const text of Object.values(files)) {
    const data = parse(text) as { labels?: unknown; updates?: { labels?: unknown }[] } | null;
    for (const list of [data?.labels, ...(data?.updates ?? []).map((update) => update.labels)]) {
      if (Array.isArray(list)) for (const label of list) if (typeof label === 'string') labels.add(label);
    }
  }
  return [...labels].sort();
}

/** What creating the labels did, label by label, for the adopter to read. */
export interface LabelOutcome {
  label: string;
  outcome: 'created' | 'already there' | 'failed';
  detail?: string;
}

/**
 * Creates each label in `repository` (owner/name) through GitHub's REST API
 * (https://docs.github.com/en/rest/issues/labels#create-a-label); one that exists already is left as it is.
 */
export async function createLabels(
  labels: readonly string[],
  {
    repository,
    token,
    api = 'https://api.github.com',
    fetch: send = fetch,
  }: { repository: string; token: string; api?: string | undefined; fetch?: typeof fetch },
): Promise<LabelOutcome[]> {
  const outcomes: LabelOutcome[] = [];
  for (const label of labels) {
    const response = await send(`${api}/repos/${repository}/labels`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: label, color: 'ededed' }),
    });
    if (response.status === 201) outcomes.push({ label, outcome: 'created' });
    else if (response.status === 422) outcomes.push({ label, outcome: 'already there' });
    else outcomes.push({ label, outcome: 'failed', detail: `GitHub answered ${response.status} ${await response.text()}` });
  }
  return outcomes;
}
