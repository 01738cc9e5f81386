/**
 * Who may own a page. A page's `owner` is mentioned and assigned by the weekly review reminder, so it is a
 * contributor's way to reach a GitHub account every week: only the curating cohort may be named, people listed in
 * `curators` in src/site.config.ts, or a team that .github/CODEOWNERS already names.
 */

/** The teams ("organisation/team") that a CODEOWNERS file names, in the order it names them. */
export function codeOwnerTeams(codeowners: string): string[] {
  const teams = new Set<string>();
  for (const line of codeowners.split('\n')) {
    const text = line.replace(/#.*/, '');
    for (const match of text.matchAll(/(?:^|\s)@([A-Za-z0-9-]+\/[A-Za-z0-9._-]+)/g)) teams.add(match[1]!);
  }
  return [...teams];
}

/** Why `owner` may not own a page, or undefined when it may. GitHub's names are the same in any case. */
export function ownerProblem(owner: string, curators: readonly string[], teams: readonly string[]): string | undefined {
  const allowed = [...curators, ...teams];
  if (allowed.some((name) => name.toLowerCase() === owner.toLowerCase())) return undefined;
  const list = allowed.length > 0 ? `: ${allowed.join(', ')}` : '';
  return `"${owner}" is not one of the curating cohort, who alone may look after a page${list}. Leave the field empty, or ask a maintainer to add the person to curators in src/site.config.ts.`;
}
