/**
 * `npm run editor:workflow`: the editorial workflow on this computer, with no GitHub account. The npm script
 * first makes the laptop build (`npm run build:local`); this then clones the checkout's last commit into a
 * temporary folder (src/cli/workflow-clone.ts), runs decap-server in git mode on that clone, where the editor
 * looks for it, and serves the site. Saving in the editor makes a draft on a branch of the clone; the Workflow
 * view moves it to "In Review" and "Ready"; publishing merges it into the clone's main. The checkout itself is
 * never written to. Ctrl+C stops both servers, lists what was published, and deletes the clone.
 *
 * The editor needs no setting for this: decap-server's git mode tells it that it supports the editorial
 * workflow, so it keeps the one configured for the published site (cms-config/config.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { LOCAL_BACKEND } from '../../cms-config/editor-policy';
import {
  cloneForWorkflow,
  publishedFiles,
  publishedHead,
  WORKFLOW_BRANCH,
  WORKFLOW_STATUSES,
  workflowDrafts,
} from './workflow-clone';

const SITE_PORT = Number(process.env['HANDBOOK_PORT'] ?? 4321);
const API = `${LOCAL_BACKEND}/api/v1`;

/** decap-server's answer where the editor looks for it, or undefined when nothing answers there. */
async function backendAnswer(): Promise<Response | undefined> {
  try {
    return await fetch(API, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
  } catch {
    return undefined;
  }
}

if (await backendAnswer()) {
  console.error(`Something already answers at ${LOCAL_BACKEND}, where the editor looks for decap-server.`);
  console.error('Stop it first (`npm start` and `npm run editor` run one), then run this again.');
  process.exit(1);
}
// The site server would move to another port by itself, away from the address printed below.
if (await fetch(`http://localhost:${SITE_PORT}/`).catch(() => undefined)) {
  console.error(
    `Something already answers at http://localhost:${SITE_PORT}: stop it, or choose another port with HANDBOOK_PORT.`,
  );
  process.exit(1);
}

const clone = cloneForWorkflow('.');
const start = publishedHead(clone);

const servers: { name: string; process: ChildProcess }[] = [
  {
    name: 'decap-server',
    process: spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
      env: {
        ...process.env,
        MODE: 'git',
        GIT_REPO_DIRECTORY: clone,
        PORT: new URL(LOCAL_BACKEND).port,
        // It writes to the clone for anyone who can reach it: this computer only.
        BIND_HOST: 'localhost',
        LOG_LEVEL: 'warn',
      },
      stdio: 'inherit',
    }),
  },
  {
    name: 'the site server',
    process: spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(SITE_PORT)], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  },
];

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** What was published into the clone, and what was still a draft, before the clone goes. */
function summary(): string {
  const lines: string[] = [];
  const published = publishedFiles(clone, start);
  lines.push(published.length ? `Published into the clone's ${WORKFLOW_BRANCH}:` : 'Nothing was published.');
  lines.push(...published.map((file) => `  ${file}`));
  const drafts = [...workflowDrafts(clone)];
  if (drafts.length) lines.push('Not published, and deleted with the clone:');
  lines.push(...drafts.map(([branch, status]) => `  ${branch} (${WORKFLOW_STATUSES[status] ?? status})`));
  return lines.join('\n');
}

let stopping = false;
async function stop(exitCode: number) {
  if (stopping) return;
  stopping = true;
  for (const { process: child } of servers) if (running(child)) child.kill();
  await Promise.all(servers.map(({ process: child }) => (running(child) ? once(child, 'exit') : undefined)));
  try {
    console.log(`\n${summary()}`);
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
  process.exit(exitCode);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
for (const { name, process: child } of servers) {
  child.on('exit', (code, signal) => {
    // Ctrl+C reaches the servers too; anything else that ends one is a failure to report.
    const failed = !stopping && signal === null && code !== 0 && code !== 130;
    if (failed) console.error(`${name} stopped (exit code ${code}): see its message above.`);
    void stop(failed ? 1 : 0);
  });
}

// decap-server takes about a second to start; say where to go once it answers.
for (let attempt = 0; attempt < 300 && !stopping && !(await backendAnswer())?.ok; attempt++) {
  await new Promise((done) => setTimeout(done, 100));
}
if (!stopping) {
  console.log(`
The editorial workflow, on a throwaway clone of this checkout: ${clone}
Your checkout is not touched; the clone is deleted when you stop with Ctrl+C.

  1. Open http://localhost:${SITE_PORT}/admin/ and choose Login.
  2. Write or edit a page and choose Save: it becomes a draft, on the clone's branch cms/<kind>/<page>.
  3. Open Workflow (top of the editor) and drag its card to "In Review", then "Ready"
     (or use the "Status: Draft" menu above the page in the editor).
  4. Choose "Publish new entry" on the card: the branch is merged into the clone's ${WORKFLOW_BRANCH}.
     See it with: git -C ${clone} log --stat ${WORKFLOW_BRANCH}
`);
}
