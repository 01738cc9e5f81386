/**
 * Links from a page to its file on GitHub: the source, its full history, and a discussion of the page.
 */

export interface RepositorySettings {
  /** owner/name on GitHub. */
  repository: string;
  branch: string;
  discuss: 'discussions' | 'issues';
  discussionCategory: string;
}

const github = (settings: RepositorySettings) => `https://github.com/${settings.repository}`;

/** The page's file as GitHub shows it. */
export function sourceUrl(settings: RepositorySettings, file: string): string {
  return `${github(settings)}/blob/${settings.branch}/${file}`;
}

/** Every change to the page's file, following renames as far as GitHub does. */
export function historyUrl(settings: RepositorySettings, file: string): string {
  return `${github(settings)}/commits/${settings.branch}/${file}`;
}

/**
 * Where to discuss a page: the discussions (or issues) whose title names the page, from where a reader
 * can join one or start one. Searching by title keeps one thread per page without a server to map them.
 */
export function discussUrl(settings: RepositorySettings, title: string): string {
  const query = `"${title}" in:title`;
  if (settings.discuss === 'issues') return `${github(settings)}/issues?q=${encodeURIComponent(`is:issue ${query}`)}`;
  return `${github(settings)}/discussions/categories/${encodeURIComponent(settings.discussionCategory)}?discussions_q=${encodeURIComponent(query)}`;
}
