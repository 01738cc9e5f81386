/**
 * `npm run bench [-- --pages 10000 --rounds 2 --searches 5 --out test-results/bench.json]`: how fast the
 * handbook builds and how light it is for readers, on a synthetic handbook (tests/bench/synthetic-corpus.ts) in a
 * temporary folder, against the budgets in tests/bench/budgets.ts.
 *
 * In the same run it builds the same pages as a bare Astro + MDX + Pagefind site (tests/bench/bare-site.ts), the
 * floor, and as Starlight (tests/bench/starlight-site.ts), a peer, so the ratios hold on a busy machine. The builds
 * alternate bare, handbook, Starlight, then Starlight, handbook, bare (and again for more rounds): a machine that gets
 * busier or quieter during the run slows each equally on average. The first search is measured on the handbook and
 * on the bare site's Pagefind interface, for the same query.
 * Every build starts cold (no dist/, no caches). The figures are the mean over each build's runs.
 *
 * It prints a report and writes it as JSON; it exits with 1 and names each budget missed, 2 if a build fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS, type CollectionName } from '../../src/lib/content/page-kinds';
import { pageUrl } from '../../src/lib/content/routes';
import { BARE_SEARCH, writeBareSite } from './bare-site';
import { BUDGETS, judge } from './budgets';
import { folderBytes, measure, type Measured } from './measure';
import { pageWeight, type PageWeight } from './page-weight';
import { median, searchSpeed, type SearchRun } from './search-speed';
import { STARLIGHT_VERSION, writeStarlightSite } from './starlight-site';
import { removeCorpus, writeCorpus, type Corpus } from './synthetic-corpus';

const { values: options } = parseArgs({
  options: {
    pages: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '2' },
    searches: { type: 'string', default: '5' },
    query: { type: 'string', default: 'paid coordinator' },
    out: { type: 'string', default: 'test-results/bench.json' },
    keep: { type: 'boolean', default: false },
  },
});
const pages = Number(options.pages);
const rounds = Number(options.rounds);
const root = resolve(import.meta.dirname, '../..');

type Build = 'handbook' | 'bare' | 'starlight';

/** What a build's log and Astro's own timer (ASTRO_TIMER_PATH) say about where its time went, in ms. */
type Phases = Partial<
  Record<'check' | 'linkGraph' | 'history' | 'contentLoad' | 'bundle' | 'render' | 'printDocument' | 'searchIndex', number>
>;

interface BuildRun extends Measured {
  phases: Phases;
}

/** The phases, in order; those marked * run beside another (the check beside bundling, /print/ beside indexing). */
const PHASE_NAMES: Record<keyof Phases, string> = {
  check: 'content check *',
  linkGraph: 'link graph *',
  history: 'git history *',
  contentLoad: 'content load',
  bundle: 'bundle (compile MDX)',
  render: 'render pages',
  printDocument: '/print/ document *',
  searchIndex: 'search index',
};

/** Phases from Astro's timer file: content layer sync, the bundler's passes and page generation. */
function astroPhases(timerFile: string): Phases {
  if (!existsSync(timerFile)) return {};
  const stats = JSON.parse(readFileSync(timerFile, 'utf8')) as Record<string, { elapsedTime: number }>;
  const ms = (name: string) => stats[name]?.elapsedTime ?? 0;
  return {
    contentLoad: ms('Sync content layer'),
    bundle: ms('Prerender build') + ms('SSR build') + ms('Client build'),
    render: ms('Static generate') + ms('Server generate'),
  };
}

/** Phases the handbook's build logs (src/integrations/content-data.ts and src/cli/finish-build.ts). */
function handbookLogPhases(output: string): Phases {
  const checked = /Checked \d+ pages in (\d+) ms; link graph (\d+) ms, history (\d+) ms/.exec(output);
  const printed = /The whole-handbook document: \d+ pages in (\d+) ms/.exec(output);
  const indexed = /Search index: \d+ pages in (\d+) ms/.exec(output);
  if (!checked || !printed || !indexed) return {};
  return {
    check: Number(checked[1]) - Number(checked[2]),
    linkGraph: Number(checked[2]),
    history: Number(checked[3]),
    printDocument: Number(printed[1]),
    searchIndex: Number(indexed[1]),
  };
}

const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

/** Removes what a previous build left, so every build starts cold. */
function clean(dir: string) {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'])
    rmSync(join(dir, path), { recursive: true, force: true });
}

async function buildHandbook(corpus: Corpus): Promise<BuildRun> {
  clean(corpus.dir);
  const timerFile = join(corpus.dir, '.astro-timer.json');
  // The build a contributor runs, `npm run build`: Astro's build, then src/cli/finish-build.ts.
  const npm = process.env['npm_execpath'];
  const [command, args] = npm ? [process.execPath, [npm, 'run', 'build']] : ['npm', ['run', 'build']];
  const run = await measure(command, args, corpus.dir, { ASTRO_TIMER_PATH: timerFile });
  return { ...run, phases: { ...handbookLogPhases(run.output), ...astroPhases(timerFile) } };
}

async function buildStarlight(dir: string): Promise<BuildRun> {
  clean(dir);
  const timerFile = join(dir, '.astro-timer.json');
  // Starlight's build indexes the pages with Pagefind itself.
  const run = await measure(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], dir, {
    ASTRO_TIMER_PATH: timerFile,
  });
  return { ...run, phases: astroPhases(timerFile) };
}

async function buildBare(dir: string): Promise<BuildRun> {
  clean(dir);
  const timerFile = join(dir, '.astro-timer.json');
  const astro = await measure(process.execPath, [astroBin, 'build'], dir, { ASTRO_TIMER_PATH: timerFile });
  if (astro.status !== 0) return { ...astro, phases: {} };
  const index = await measure(join(dir, 'node_modules/.bin/pagefind'), ['--site', 'dist'], dir);
  return {
    status: index.status,
    output: astro.output + index.output,
    wallMs: astro.wallMs + index.wallMs,
    cpuMs: astro.cpuMs === undefined || index.cpuMs === undefined ? undefined : astro.cpuMs + index.cpuMs,
    peakBytes: Math.max(astro.peakBytes, index.peakBytes),
    largestProcessBytes: Math.max(astro.largestProcessBytes ?? 0, index.largestProcessBytes ?? 0) || undefined,
    phases: { ...astroPhases(timerFile), searchIndex: index.wallMs },
  };
}

const mean = (values: readonly number[]) => values.reduce((sum, n) => sum + n, 0) / values.length;

/** The mean of each figure over a build's runs. */
function summarise(runs: BuildRun[], dist: string) {
  const phases: Phases = {};
  for (const key of Object.keys(PHASE_NAMES) as (keyof Phases)[]) {
    const known = runs.map((run) => run.phases[key]).filter((ms): ms is number => ms !== undefined);
    if (known.length > 0) phases[key] = mean(known);
  }
  const cpu = runs.map((run) => run.cpuMs).filter((ms): ms is number => ms !== undefined);
  return {
    runs: runs.map(({ wallMs, cpuMs, peakBytes, largestProcessBytes, phases }) => ({
      wallMs,
      cpuMs,
      peakBytes,
      largestProcessBytes,
      phases,
    })),
    wallMs: mean(runs.map((run) => run.wallMs)),
    cpuMs: cpu.length === runs.length ? mean(cpu) : undefined,
    peakBytes: Math.max(...runs.map((run) => run.peakBytes)),
    largestProcessBytes: Math.max(...runs.map((run) => run.largestProcessBytes ?? 0)),
    phases,
    distBytes: folderBytes(dist),
    searchIndexBytes: folderBytes(join(dist, 'pagefind')),
  };
}

/** The page of each kind whose file is the kind's median size: a typical page, not the smallest or largest. */
function typicalPages(corpus: Corpus): Record<CollectionName, string> {
  return Object.fromEntries(
    COLLECTIONS.map((kind) => {
      const files = corpus.files.filter((f) => f.kind === kind).sort((a, b) => a.text.length - b.text.length);
      const page = files[Math.floor(files.length / 2)]!;
      return [kind, pageUrl(kind, page.id)];
    }),
  ) as Record<CollectionName, string>;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (ms: number) => `${Math.round(pages / (ms / 1000)).toLocaleString('en-GB')} pages/s`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

async function main(): Promise<number> {
  const started = new Date();
  const loadBefore = uptime();
  console.log(`Machine: ${cpus().length} cores; ${loadBefore}`);
  let t = performance.now();
  const corpus = writeCorpus(pages);
  const bare = writeBareSite(corpus);
  t = performance.now();
  const starlight = writeStarlightSite(corpus);
  console.log(`Starlight ${STARLIGHT_VERSION} installed for the same pages in ${seconds(performance.now() - t)}`);
  const perKind = COLLECTIONS.map((kind) => `${corpus.files.filter((f) => f.kind === kind).length} ${kind}`).join(', ');
  const mdxBytes = corpus.files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
  console.log(
    `Synthetic handbook: ${pages} pages (${perKind}), ${megabytes(mdxBytes)} of MDX, written in ${seconds(performance.now() - t)}`,
  );
  console.log(`  handbook copy: ${corpus.dir}\n  bare site:     ${bare}\n  Starlight:     ${starlight}`);

  try {
    const order: Build[] = [];
    for (let r = 0; r < rounds; r++)
      order.push(...((r % 2 === 0 ? ['bare', 'handbook', 'starlight'] : ['starlight', 'handbook', 'bare']) as Build[]));
    const runs: Record<Build, BuildRun[]> = { handbook: [], bare: [], starlight: [] };
    for (const build of order) {
      t = performance.now();
      const run =
        build === 'handbook'
          ? await buildHandbook(corpus)
          : build === 'bare'
            ? await buildBare(bare)
            : await buildStarlight(starlight);
      if (run.status !== 0) {
        console.error(`The ${build} build failed:\n${run.output.slice(-6000)}`);
        return 2;
      }
      runs[build].push(run);
      console.log(`  ${build.padEnd(8)} build: ${seconds(run.wallMs)} (${uptime()})`);
    }
    const handbook = summarise(runs.handbook, join(corpus.dir, 'dist'));
    const plain = summarise(runs.bare, join(bare, 'dist'));
    const peer = summarise(runs.starlight, join(starlight, 'dist'));

    const typical = typicalPages(corpus);
    const templates: [string, string][] = [
      ...COLLECTIONS.map((kind): [string, string] => [kind, typical[kind]]),
      ['home', '/'],
      ['search', '/search/'],
    ];
    const weights: (PageWeight & { template: string })[] = templates.map(([template, url]) => ({
      template,
      ...pageWeight(join(corpus.dir, 'dist'), url),
    }));

    t = performance.now();
    const searches: SearchRun[] = await searchSpeed(
      join(corpus.dir, 'dist'),
      typical.practices,
      options.query,
      Number(options.searches),
    );
    const search = {
      query: options.query,
      page: typical.practices,
      runs: searches,
      medianMs: median(searches.map((s) => s.ms)),
      medianBytes: median(searches.map((s) => s.bytes)),
      medianDecodedBytes: median(searches.map((s) => s.decodedBytes)),
      medianRequests: median(searches.map((s) => s.requests)),
    };
    // The floor: the same query in the bare site's Pagefind interface.
    const bareSearches = await searchSpeed(join(bare, 'dist'), '/search/', options.query, Number(options.searches), BARE_SEARCH);
    const bareSearch = {
      medianMs: median(bareSearches.map((s) => s.ms)),
      medianBytes: median(bareSearches.map((s) => s.bytes)),
      medianRequests: median(bareSearches.map((s) => s.requests)),
    };

    const heaviest = weights
      .filter((w) => (COLLECTIONS as readonly string[]).includes(w.template))
      .reduce((a, b) => (b.total > a.total ? b : a));
    const ratio = {
      wall: handbook.wallMs / plain.wallMs,
      cpu: (handbook.cpuMs ?? NaN) / (plain.cpuMs ?? NaN),
      memory: handbook.peakBytes / plain.peakBytes,
      starlight: handbook.wallMs / peer.wallMs,
      searchBytes: search.medianBytes / bareSearch.medianBytes,
    };
    const verdicts = judge({
      buildTimeRatio: ratio.wall,
      buildMemoryRatio: ratio.memory,
      starlightTimeRatio: ratio.starlight,
      contentPage: { bytes: heaviest.total, template: heaviest.template },
      searchMs: search.medianMs,
      searchBytesRatio: ratio.searchBytes,
    });
    const loadAfter = uptime();

    const lines: string[] = [];
    lines.push('', `Builds of ${pages.toLocaleString('en-GB')} pages, in the order ${order.join(', ')}; mean of ${rounds} each:`);
    lines.push(
      `  ${''.padEnd(22)}${'handbook'.padEnd(28)}${'bare Astro+MDX+Pagefind'.padEnd(28)}${`Starlight ${STARLIGHT_VERSION}`.padEnd(28)}vs bare  vs Starlight`,
    );
    const row = (
      label: string,
      a: number | undefined,
      b: number | undefined,
      c: number | undefined,
      show = (ms: number) => `${seconds(ms)}  ${rate(ms)}`,
    ) => {
      const cell = (n: number | undefined) => (n === undefined ? '—' : show(n)).padEnd(28);
      const times = (x: number | undefined, y: number | undefined) =>
        x !== undefined && y !== undefined && y > 0 ? `${(x / y).toFixed(2)}x` : '';
      lines.push(`  ${label.padEnd(22)}${cell(a)}${cell(b)}${cell(c)}${times(a, b).padEnd(9)}${times(a, c)}`);
    };
    row('whole build (wall)', handbook.wallMs, plain.wallMs, peer.wallMs);
    row('CPU time (user+sys)', handbook.cpuMs, plain.cpuMs, peer.cpuMs, seconds);
    for (const key of Object.keys(PHASE_NAMES) as (keyof Phases)[])
      row(`  ${PHASE_NAMES[key]}`, handbook.phases[key], plain.phases[key], peer.phases[key]);
    const gigabytes = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
    row('peak memory', handbook.peakBytes, plain.peakBytes, peer.peakBytes, gigabytes);
    row('  largest process', handbook.largestProcessBytes, plain.largestProcessBytes, peer.largestProcessBytes, gigabytes);
    row('dist/', handbook.distBytes, plain.distBytes, peer.distBytes, megabytes);
    row('search index', handbook.searchIndexBytes, plain.searchIndexBytes, peer.searchIndexBytes, megabytes);
    lines.push('  * runs beside another phase, in a process of its own: the check beside bundling, /print/ beside indexing');
    lines.push('', 'Bytes on load, gzip -9 (HTML + CSS + JS a page loads before it runs):');
    for (const w of weights)
      lines.push(
        `  ${w.template.padEnd(14)}${kilobytes(w.total).padStart(9)}  (HTML ${kilobytes(w.html)}, CSS ${kilobytes(w.css)}, JS ${kilobytes(w.js)})  ${w.url}`,
      );
    lines.push(
      '',
      `First search in Chromium, "${search.query}" typed a key at a time, median of ${searches.length} cold page loads of ${search.page}:`,
    );
    lines.push(
      `  first results ${Math.round(search.medianMs)} ms after the last keystroke; ${kilobytes(search.medianBytes)} transferred (${kilobytes(search.medianDecodedBytes)} decompressed) in ${search.medianRequests} requests after the page loaded`,
    );
    lines.push(`  each run: ${searches.map((s) => `${Math.round(s.ms)} ms / ${kilobytes(s.bytes)}`).join('; ')}`);
    lines.push(
      `  the bare site's Pagefind interface, same query: first results ${Math.round(bareSearch.medianMs)} ms, ${kilobytes(bareSearch.medianBytes)} in ${bareSearch.medianRequests} requests; the handbook transfers ${ratio.searchBytes.toFixed(2)}x`,
    );
    lines.push(
      '',
      `Machine load: before ${loadBefore.replace(/^.*load average: /, '')}; after ${loadAfter.replace(/^.*load average: /, '')}`,
    );
    lines.push('', 'Budgets (tests/bench/budgets.ts):');
    for (const v of verdicts) lines.push(`  ${v.met ? 'met   ' : 'MISSED'} ${v.limit}: ${v.measured}`);
    console.log(lines.join('\n'));

    const report = {
      date: started.toISOString(),
      pages,
      perKind: Object.fromEntries(COLLECTIONS.map((kind) => [kind, corpus.files.filter((f) => f.kind === kind).length])),
      mdxBytes,
      machine: {
        cores: cpus().length,
        loadBefore: loadavg(),
        uptimeBefore: loadBefore,
        uptimeAfter: loadAfter,
        node: process.version,
      },
      order,
      builds: { handbook, bare: plain, starlight: peer },
      bareSearch,
      ratio,
      pageWeight: weights,
      search,
      budgets: BUDGETS,
      verdicts,
    };
    const out = resolve(process.cwd(), options.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWritten to ${out}`);
    const missed = verdicts.filter((v) => !v.met);
    if (missed.length > 0)
      console.error(
        `\n${missed.length} budget${missed.length === 1 ? '' : 's'} missed: ${missed.map((v) => v.budget).join(', ')}`,
      );
    return missed.length > 0 ? 1 : 0;
  } finally {
    if (options.keep) console.log('Kept the temporary folders (--keep).');
    else {
      removeCorpus(corpus.dir);
      removeCorpus(bare);
      removeCorpus(starlight);
    }
  }
}

process.exitCode = await main();
