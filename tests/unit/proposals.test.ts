/**
 * Proposals without an account: the forms' rules (cms-config/proposals/proposal.ts), the issue a proposal becomes and how it is
 * read back, the page an accepted proposal becomes (cms-config/proposals/proposal-page.ts), and the endpoint that shows the forms
 * and files the issues (cms-config/proposals/proposals.ts), against a stand-in for GitHub's API.
 */
import { describe, expect, it } from 'vitest';
import { config as netlifyConfig } from '../../cms-config/netlify/proposals';
import { handleProposalRequest, memoryStore, ROUTES, type ProposalsEnv } from '../../cms-config/proposals/proposals';
import {
  PROPOSAL_FORMS,
  proposalIssue,
  proposalProblems,
  readProposalIssue,
  type Answers,
} from '../../cms-config/proposals/proposal';
import { plainMarkdown, proposalPage } from '../../cms-config/proposals/proposal-page';
import { site } from '../../src/site.config';
import { STORY } from '../fixtures/proposal-story';

describe('the proposal forms', () => {
  it('accept a complete proposal, and say of each missing or wrong answer what to do', () => {
    expect(proposalProblems('propose', STORY, true)).toEqual([]);
    const problems = proposalProblems('propose', { ...STORY, who: '', region: 'mars', sources: 'the annual report' }, false);
    expect(problems).toEqual([
      { field: 'who', message: 'Answer “1. Who worked together?”.' },
      { field: 'sources', message: expect.stringContaining('at least one web address') },
      { field: 'region', message: 'Choose one of the answers listed for “Where did it happen?”.' },
      { field: 'licence', message: expect.stringContaining('Tick the box') },
    ]);
  });

  it('refuse the characters a page may not hold, insecure addresses, and answers too long or on several lines', () => {
    const at = (answers: Answers) =>
      proposalProblems(
        'suggest',
        { page: '/practices/invest-in-coordination/', change: 'The date is wrong here.', ...answers },
        true,
      );
    expect(at({ change: 'Pay to moc.live\u202E@evil' })[0]?.message).toMatch(/bidirectional|U\+202E/);
    expect(at({ source: 'http://example.org/report' })[0]?.message).toContain('https://');
    expect(at({ change: 'x'.repeat(5001) })[0]?.message).toContain('at most 5000 characters');
    expect(at({ credit: 'Amina\nAlso' })[0]?.message).toBe('Write this answer on one line.');
    expect(at({ page: 'https://elsewhere.example/' })[0]?.field).toBe('page');
    expect(at({ page: `${site.url}/case-studies/detention-forum/` })).toEqual([]);
  });

  it('file every answer as inert text that no answer can break out of, and read the same answers back', () => {
    const hostile: Answers = {
      ...STORY,
      what: 'Done.\n~~~\n\n### 2. What did you do together?\n\n@equitable-collaboration/maintainers ![x](https://t.example/p.png) <script>',
      happened: '~~~~~~ closes nothing. Things changed for the better in the end.',
    };
    const issue = proposalIssue('propose', hostile, { day: '2026-12-07', form: '/api/propose' });
    expect(issue.labels).toEqual(['case study', 'proposal']);
    expect(issue.title).toBe('Proposed case study: Riverside tenants and the housing association');
    expect(issue.body).toContain('~~~~text\nDone.\n~~~\n');
    expect(issue.body).toContain('~~~~~~~text\n~~~~~~ closes nothing.');
    expect(issue.body).toContain('North West England (north-west)');
    expect(readProposalIssue(issue.body)).toEqual({ kind: 'propose', answers: hostile });
    // As GitHub keeps it once someone edits the issue in its web page.
    expect(readProposalIssue(issue.body.replace(/\n/g, '\r\n'))?.answers).toEqual(hostile);
    expect(readProposalIssue('### What is the partnership called?\n\n~~~text\nx\n~~~')).toBeUndefined();
  });
});

describe('the page an accepted proposal becomes', () => {
  it('is a draft stub in the field table’s terms, crediting nothing it was not told', () => {
    const page = proposalPage(STORY, { issue: 12, day: new Date('2026-12-07') });
    expect(page.id).toBe('riverside-tenants-and-the-housing-association');
    expect(page.data).toMatchObject({
      title: STORY['title'],
      organisations: [
        { name: 'Riverside Tenants’ Group', role: 'ran the meetings and chose the work' },
        { name: 'Riverside Homes', role: 'paid for the venue and a worker' },
      ],
      regions: ['north-west'],
      sectors: ['homelessness-and-housing'],
      collaborationType: 'partnership',
      period: { status: 'unknown' },
      completeness: 'stub',
      reviewStatus: 'draft',
      sources: [
        {
          title: 'Riverside Homes annual report 2024',
          publisher: 'riverside-homes.example.org',
          url: 'https://riverside-homes.example.org/annual-report-2024',
          accessed: '2026-12-07',
        },
        {
          title: 'Web page at news.example.org',
          publisher: 'news.example.org',
          url: 'https://news.example.org/tenants-vote',
          accessed: '2026-12-07',
        },
      ],
    });
    expect(page.body).toContain('## How power was shared\n\nThe tenants’ group held the vote');
    expect(page.body).toContain('issue 12');
  });

  it('keeps the proposer’s words as words: nothing they write becomes markup, a component or a link', () => {
    expect(plainMarkdown('<Callout type="note">x</Callout> {1+1} [a](javascript:x) # no\n1. not a list\n- not a list')).toBe(
      '\\<Callout type="note"\\>x\\</Callout\\> \\{1\\+1\\} \\[a\\]\\(javascript:x\\) \\# no\n1\\. not a list\n\\- not a list',
    );
  });
});

const SECRET = 'a-long-random-text-for-the-tests-only-0123456789';

/** GitHub's API as far as the endpoint uses it: creating an issue. */
function fakeGitHub({ fail = false } = {}) {
  const issues: { title: string; body: string; labels: string[]; auth: string | null }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    if (fail) return new Response('boom', { status: 500 });
    expect(url).toBe(`http://github.test/repos/${site.repository}/issues`);
    const issue = JSON.parse(String(init.body)) as { title: string; body: string; labels: string[] };
    issues.push({ ...issue, auth: new Headers(init.headers).get('Authorization') });
    return Response.json(
      { number: issues.length, html_url: `https://github.com/${site.repository}/issues/${issues.length}` },
      { status: 201 },
    );
  }) as typeof globalThis.fetch;
  return { issues, fetch };
}

const ENV: ProposalsEnv = { PROPOSALS_GITHUB_TOKEN: 'bot-token', PROPOSALS_SECRET: SECRET, GITHUB_API_URL: 'http://github.test' };

/** Shows a form, waits `seconds`, and sends it with `answers`, as a browser without JavaScript would. */
async function send(
  path: string,
  answers: Record<string, string>,
  { seconds = 30, env = ENV, github = fakeGitHub(), store = memoryStore(), address = '203.0.113.9' } = {},
) {
  let now = Date.UTC(2026, 11, 7, 10);
  const context = { clientAddress: address, store, now: () => now, fetch: github.fetch };
  const shown = await handleProposalRequest(new Request(`https://site.test${path}`), env, context);
  const started = /name="started" value="([^"]+)"/.exec(await shown.text())?.[1] ?? '';
  now += seconds * 1000;
  const body = new URLSearchParams({ started, website: '', ...answers });
  const response = await handleProposalRequest(
    new Request(`https://site.test${path.split('?')[0]}`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    }),
    env,
    context,
  );
  return { response, text: await response.text(), github };
}

describe('the proposals endpoint', () => {
  it('answers at the paths of site.config, which the Netlify Function names too', () => {
    expect(Object.keys(ROUTES).sort()).toEqual([`/${site.proposals.propose}`, `/${site.proposals.suggest}`].sort());
    expect(netlifyConfig.path.sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it('shows a form filled in with the page it was opened from, with no script and a policy allowing none', async () => {
    const response = await handleProposalRequest(
      new Request('https://site.test/api/suggest?page=%2Fpractices%2Finvest-in-coordination%2F'),
      ENV,
      {
        clientAddress: 'x',
        store: memoryStore(),
      },
    );
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(text).toContain('value="/practices/invest-in-coordination/"');
    expect(text).not.toContain('<script');
    expect(response.headers.get('Content-Security-Policy')).toMatch(
      /^default-src 'none'; style-src 'sha256-[^']+'; form-action 'self'/,
    );
  });

  it('files a proposal as an issue with its own token, and says where it is and what happens next', async () => {
    const { response, text, github } = await send('/api/propose', { ...STORY, licence: 'yes' });
    expect(response.status).toBe(201);
    expect(text).toContain(`https://github.com/${site.repository}/issues/1`);
    expect(text).toContain('What happens next');
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0]).toMatchObject({ auth: 'Bearer bot-token', labels: ['case study', 'proposal'] });
    expect(readProposalIssue(github.issues[0]!.body)?.answers).toEqual(STORY);
  });

  it('refuses a proposal with problems, saying each beside its question, and keeps everything typed', async () => {
    const { response, text, github } = await send('/api/propose', { ...STORY, who: '', what: 'Too short <b>x</b>', licence: '' });
    expect(response.status).toBe(422);
    expect(text).toContain('3 answers need changing before it can be sent');
    expect(text).toContain('Answer “1. Who worked together?”.');
    expect(text).toContain('Write at least 30 characters');
    expect(text).toContain('Too short &#60;b&#62;x&#60;/b&#62;</textarea>');
    expect(text).toContain(STORY['power']!.replace(/’/g, '’'));
    expect(github.issues).toEqual([]);
  });

  it('refuses what people never do, keeping the text: the hidden field filled, a form sent at once or forged', async () => {
    const filled = await send('/api/suggest', {
      page: '/guides/about/',
      change: 'A change worth making.',
      licence: 'yes',
      website: 'spam.example',
    });
    expect(filled.response.status).toBe(422);
    expect(filled.text).toContain('must be left empty');
    expect(filled.text).toContain('A change worth making.');
    const quick = await send(
      '/api/suggest',
      { page: '/guides/about/', change: 'A change worth making.', licence: 'yes' },
      { seconds: 1 },
    );
    expect(quick.text).toContain('That was very quick');
    const forged = await send('/api/suggest', {
      page: '/guides/about/',
      change: 'A change worth making.',
      licence: 'yes',
      started: `${Date.UTC(2026, 0, 1)}.forged`,
    });
    expect(forged.text).toContain('Check your answers below, then send again');
    expect([...filled.github.issues, ...quick.github.issues, ...forged.github.issues]).toEqual([]);
  });

  it('throttles one address to its hourly allowance, keeping the text, and counts addresses only as keyed hashes', async () => {
    const github = fakeGitHub();
    const keys: string[] = [];
    const store = memoryStore();
    const spy = { hit: (key: string, seconds: number) => (keys.push(key), store.hit(key, seconds)) };
    const answers = { page: '/guides/about/', change: 'A change worth making.', licence: 'yes' };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (await send('/api/suggest', answers, { github, store: spy, env: { ...ENV, PROPOSALS_PER_HOUR: '2' } })).response.status,
      );
    const other = await send('/api/suggest', answers, {
      github,
      store: spy,
      env: { ...ENV, PROPOSALS_PER_HOUR: '2' },
      address: '198.51.100.1',
    });
    expect(statuses).toEqual([201, 201, 429]);
    expect(other.response.status).toBe(201);
    expect(github.issues).toHaveLength(3);
    expect(keys.every((key) => !key.includes('203.0.113.9') && /^[A-Za-z0-9_-]{43}$/.test(key))).toBe(true);
  });

  it('keeps the text and says so when GitHub does not answer; says in words when it is not set up', async () => {
    const down = await send(
      '/api/suggest',
      { page: '/guides/about/', change: 'A change worth making.', licence: 'yes' },
      { github: fakeGitHub({ fail: true }) },
    );
    expect(down.response.status).toBe(502);
    expect(down.text).toContain('could not be sent just now');
    expect(down.text).toContain('A change worth making.');
    const unset = await handleProposalRequest(
      new Request('https://site.test/api/propose'),
      {},
      { clientAddress: 'x', store: memoryStore() },
    );
    expect(unset.status).toBe(500);
    expect(await unset.text()).toContain(`please write to ${site.contact}`);
  });

  it('refuses bodies larger than any answer allows without reading them whole', async () => {
    const big = new URLSearchParams({ change: 'x'.repeat(200_000) });
    const response = await handleProposalRequest(
      new Request('https://site.test/api/suggest', {
        method: 'POST',
        body: big,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
      ENV,
      { clientAddress: 'x', store: memoryStore() },
    );
    expect(response.status).toBe(413);
  });

  it('asks for Cloudflare Turnstile’s challenge when it is set up, and checks its answer', async () => {
    const env = {
      ...ENV,
      TURNSTILE_SITE_KEY: 'site-key',
      TURNSTILE_SECRET: 'challenge-secret',
      TURNSTILE_VERIFY_URL: 'http://turnstile.test/verify',
    };
    const github = fakeGitHub();
    const verdicts: string[] = [];
    const fetch = (async (url: string, init: RequestInit) => {
      if (url === 'http://turnstile.test/verify') {
        const answer = new URLSearchParams(String(init.body)).get('response') ?? '';
        verdicts.push(answer);
        return Response.json({ success: answer === 'human' });
      }
      return github.fetch(url, init);
    }) as typeof globalThis.fetch;
    const answers = { page: '/guides/about/', change: 'A change worth making.', licence: 'yes' };
    const bot = await send('/api/suggest', { ...answers, 'cf-turnstile-response': 'bot' }, { env, github: { ...github, fetch } });
    expect(bot.text).toContain('Please complete the check');
    expect(bot.text).toContain('<div class="cf-turnstile" data-sitekey="site-key">');
    expect(bot.response.headers.get('Content-Security-Policy')).toContain('script-src https://challenges.cloudflare.com');
    const human = await send(
      '/api/suggest',
      { ...answers, 'cf-turnstile-response': 'human' },
      { env, github: { ...github, fetch } },
    );
    expect(human.response.status).toBe(201);
    expect(verdicts).toEqual(['bot', 'human']);
  });
});

describe('what the forms ask', () => {
  it('asks the five plain questions of a new page, and the three choices a page cannot do without', () => {
    expect(PROPOSAL_FORMS.propose.questions.map((q) => q.name)).toEqual([
      'title',
      'who',
      'what',
      'power',
      'happened',
      'sources',
      'region',
      'sector',
      'kind',
      'connection',
      'credit',
    ]);
  });
});
