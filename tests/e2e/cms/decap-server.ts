/**
 * Starts decap-server, the editor's local backend, for a browser test, on port 8081 where the editor looks for
 * it (local_backend). File mode (MODE=fs, as `npm start`) reads and writes the content files of `repo` directly;
 * git mode (MODE=git, as `npm run editor:workflow`) keeps each proposal on a branch of the git repository `repo`,
 * which must be a throwaway clone (src/cli/workflow-clone.ts).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { basename, resolve } from 'node:path';

export const DECAP_SERVER = 'http://localhost:8081/api/v1';

async function info(): Promise<{ repo?: string } | undefined> {
  try {
    const response = await fetch(DECAP_SERVER, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    return (await response.json()) as { repo?: string };
  } catch {
    return undefined;
  }
}

/** Starts the server on `repo` and resolves once it answers for that folder; returns a function that stops it. */
export async function startDecapServer(repo: string, mode: 'fs' | 'git' = 'fs'): Promise<() => Promise<void>> {
  if (await info()) throw new Error(`Something already answers at ${DECAP_SERVER}: stop it (npm start runs one) and try again.`);
  const server = spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: '8081', MODE: mode, GIT_REPO_DIRECTORY: resolve(repo), LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    server.kill();
    await once(server, 'exit');
  };
  // Starting takes about a second; give up after 30.
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`decap-server stopped on start (exit code ${server.exitCode}).`);
    if ((await info())?.repo === basename(resolve(repo))) return stop;
    await new Promise((done) => setTimeout(done, 100));
  }
  await stop();
  throw new Error('decap-server did not start within 30 seconds.');
}
