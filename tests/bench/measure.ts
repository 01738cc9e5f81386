/**
 * Runs a build command and measures it: wall time, CPU time (user + system, with every child process), and
 * peak memory of the whole process tree (child processes count: Pagefind's indexer runs as one), sampled from
 * /proc every quarter second. Also the sizes of what a build wrote.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
  status: number | null;
  output: string;
  wallMs: number;
  /** User + system CPU time of the command and its children, when /usr/bin/time is there to count it. */
  cpuMs: number | undefined;
  /** The most memory the command and its children held at once (resident set, summed over the tree). */
  peakBytes: number;
  /** The most memory one process of it held (from /usr/bin/time), to tell the build from its indexer. */
  largestProcessBytes: number | undefined;
}

/** Every process's parent, from /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name, in parentheses, may hold spaces: the fields after it are plain.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended while the list was read.
    }
  }
  return map;
}

/** Resident memory of a process and all its descendants, in bytes. */
export function treeRss(pid: number): number {
  const parentOf = parents();
  const tree = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, parent] of parentOf) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  let bytes = 0;
  for (const member of tree) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      bytes += Number(rss?.[1] ?? 0) * 1024;
    } catch {
      // Ended meanwhile.
    }
  }
  return bytes;
}

const TIME = '/usr/bin/time';

/** Runs `command args` in `cwd` and measures it. */
export function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  const timeFile = join(cwd, '.bench-time');
  const counted = existsSync(TIME);
  const [program, programArgs] = counted ? [TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(program, programArgs, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakBytes = 0;
    const sample = () => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid));
    };
    const sampler = setInterval(sample, 250);
    child.on('error', fail);
    child.on('close', (status) => {
      const wallMs = performance.now() - started;
      clearInterval(sampler);
      let cpuMs: number | undefined;
      let largestProcessBytes: number | undefined;
      if (counted && existsSync(timeFile)) {
        const [user = 0, system = 0, kB = 0] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuMs = (user + system) * 1000;
        largestProcessBytes = kB * 1024;
        rmSync(timeFile);
      }
      done({ status, output, wallMs, cpuMs, peakBytes, largestProcessBytes });
    });
  });
}

/** The bytes of every file under a folder. */
export function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}
