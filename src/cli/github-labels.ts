/**
 * `npm run github:labels`: creates in the handbook's repository every label its issue forms and Dependabot add
 * (src/lib/curation/github-labels.ts). Needs a token that may write issues: GITHUB_TOKEN=… npm run github:labels, for example a
 * fine-grained personal access token with "Issues: read and write" on the repository, or `gh auth token`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLabels, labelsIn } from '../lib/curation/github-labels';
import { proposalLabels } from '../../cms-config/proposals/proposal';
import { site } from '../site.config';

const token = process.env['GITHUB_TOKEN']?.trim();
if (!token) {
  console.error(
    'Set GITHUB_TOKEN to a token that may write the repository’s issues, for example: GITHUB_TOKEN=$(gh auth token) npm run github:labels',
  );
  process.exit(1);
}
const folder = '.github/ISSUE_TEMPLATE';
const files = Object.fromEntries(
  [...readdirSync(folder).map((name) => join(folder, name)), '.github/dependabot.yml'].map((file) => [
    file,
    readFileSync(file, 'utf8'),
  ]),
);
const labels = [...new Set([...labelsIn(files), ...proposalLabels()])].sort();
const outcomes = await createLabels(labels, { repository: site.repository, token, api: process.env['GITHUB_API_URL'] });
for (const { label, outcome, detail } of outcomes) console.log(`${label}: ${outcome}${detail ? ` (${detail})` : ''}`);
process.exit(outcomes.some((o) => o.outcome === 'failed') ? 1 : 0);
