/**
 * The proposals endpoint: anyone, with no account, can suggest a change to a page or propose a new one, and a
 * curator finds it as a GitHub issue. One handler from a Web `Request` to a `Response`, which the adapters run as a
 * Netlify Function (../netlify/proposals.ts) or a Cloudflare Worker (worker.ts), beside the editor's sign-in relay.
 *
 * - `GET /api/suggest?page=…` and `GET /api/propose` show the forms (cms-config/proposals/proposal.ts has their questions);
 * - `POST` to the same address checks every answer with the handbook's rules and, when something is wrong, shows
 *   the form again with each problem beside its question and everything typed kept; otherwise it files the issue
 *   with the endpoint's own GitHub token, which nothing else holds, and says where it is and what happens next.
 *
 * Spam is refused without locking people out: a hidden field people never fill, a minimum time between showing the
 * form and sending it (signed, so it cannot be forged), a limit of proposals per hour from one address (kept as a
 * keyed hash, never the address itself), size limits, and, when set up, Cloudflare Turnstile's challenge. Each
 * refusal shows the form again with the text kept and says what to do.
 */
import {
  proposalIssue,
  proposalProblems,
  PROPOSAL_FORMS,
  PROPOSAL_MAX_CHARACTERS,
  LICENCE_FIELD,
  type Answers,
  type ProposalKind,
  type Question,
} from './proposal';
import { isoDay } from '../../src/lib/core/dates';
import { site } from '../../src/site.config';
import {
  CHALLENGE_FIELD,
  formPage,
  HONEYPOT_FIELD,
  messagePage,
  sentPage,
  STARTED_FIELD,
  STYLE,
  type FormState,
} from './form-page';

/** The endpoint's two forms, by path (site.config `proposals`). */
export const ROUTES: Record<string, ProposalKind> = {
  [`/${site.proposals.suggest}`]: 'suggest',
  [`/${site.proposals.propose}`]: 'propose',
};

/** The endpoint's settings, from the host's environment variables (README.md beside this file). */
export interface ProposalsEnv {
  /** A GitHub token that may create issues in the handbook's repository, and nothing more: a secret setting. */
  PROPOSALS_GITHUB_TOKEN?: string | undefined;
  /** A long random text that signs the forms' start times and keys the hashes of addresses: a secret setting. */
  PROPOSALS_SECRET?: string | undefined;
  /** GitHub's API, https://api.github.com unless set (GitHub Enterprise Server, or the tests' fake GitHub). */
  GITHUB_API_URL?: string | undefined;
  /** Proposals one address may send in an hour; 5 unless set. */
  PROPOSALS_PER_HOUR?: string | undefined;
  /** Seconds a person needs at least between seeing a form and sending it; 5 unless set. */
  PROPOSALS_MIN_SECONDS?: string | undefined;
  /** Cloudflare Turnstile's site key and secret: both set, every form carries the challenge (it needs JavaScript). */
  TURNSTILE_SITE_KEY?: string | undefined;
  TURNSTILE_SECRET?: string | undefined;
  /** Where Turnstile's answers are checked; Cloudflare's address unless set (the tests' fake). */
  TURNSTILE_VERIFY_URL?: string | undefined;
}

/** Where the endpoint counts each address's proposals: in memory, or a Cloudflare KV namespace (worker.ts). */
export interface RateStore {
  /** Records one more proposal under `key` and answers how many there have been in the last `seconds`. */
  hit(key: string, seconds: number): Promise<number>;
}

/** A count per key in this process's memory: enough for one server, or one Function instance while it lives. */
export function memoryStore(now: () => number = Date.now): RateStore {
  const seen = new Map<string, number[]>();
  return {
    async hit(key, seconds) {
      const since = now() - seconds * 1000;
      const times = (seen.get(key) ?? []).filter((t) => t > since);
      times.push(now());
      seen.set(key, times);
      // Forget addresses that have gone quiet, so the map does not grow without end.
      if (seen.size > 10_000) for (const [k, t] of seen) if (t.every((x) => x <= since)) seen.delete(k);
      return times.length;
    },
  };
}

/** The largest request body read, in bytes: every answer at its longest, in the worst encoding, and no more. */
const MAX_BODY_BYTES = PROPOSAL_MAX_CHARACTERS * 4 + 4096;
/** How long a form may stay open before it is sent, in seconds: a day. */
const MAX_FORM_AGE = 86_400;

interface Settings {
  token: string;
  secret: string;
  api: string;
  perHour: number;
  minSeconds: number;
  challenge?: { key: string; secret: string; verify: string } | undefined;
}

/** The settings, or a sentence for the site's maintainers saying which one is wrong. */
export function proposalSettings(env: ProposalsEnv): Settings | string {
  const token = env.PROPOSALS_GITHUB_TOKEN?.trim();
  const secret = env.PROPOSALS_SECRET?.trim();
  if (!token) return 'The setting PROPOSALS_GITHUB_TOKEN (a GitHub token that may create issues) is missing.';
  if (!secret || secret.length < 32) return 'The setting PROPOSALS_SECRET must be a random text of at least 32 characters.';
  const api = env.GITHUB_API_URL?.trim() || 'https://api.github.com';
  if (!URL.canParse(api)) return `The setting GITHUB_API_URL must be an address such as https://api.github.com, not "${api}".`;
  const number = (value: string | undefined, fallback: number) =>
    value && /^\d+$/.test(value.trim()) ? Number(value) : fallback;
  const key = env.TURNSTILE_SITE_KEY?.trim();
  const challengeSecret = env.TURNSTILE_SECRET?.trim();
  return {
    token,
    secret,
    api: api.replace(/\/$/, ''),
    perHour: number(env.PROPOSALS_PER_HOUR, 5),
    minSeconds: number(env.PROPOSALS_MIN_SECONDS, 5),
    challenge:
      key && challengeSecret
        ? {
            key,
            secret: challengeSecret,
            verify: env.TURNSTILE_VERIFY_URL?.trim() || 'https://challenges.cloudflare.com/turnstile/v0/siteverify',
          }
        : undefined,
  };
}

const encoder = new TextEncoder();

async function hmac(secret: string, text: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
  return btoa(String.fromCharCode(...signature))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** When the form was shown, signed so a sender cannot claim an earlier time: "<milliseconds>.<signature>". */
async function startedToken(secret: string, kind: ProposalKind, now: number): Promise<string> {
  return `${now}.${await hmac(secret, `started:${kind}:${now}`)}`;
}

/** Seconds since a form was shown, or undefined for a token this endpoint did not sign. */
async function formAge(secret: string, kind: ProposalKind, token: string, now: number): Promise<number | undefined> {
  const [time, signature] = token.split('.');
  if (!time || !/^\d{1,15}$/.test(time) || !signature) return undefined;
  if ((await hmac(secret, `started:${kind}:${time}`)) !== signature) return undefined;
  return (now - Number(time)) / 1000;
}

let styleHash: Promise<string> | undefined;
/** The forms' policy: their one style sheet by its hash, posting only to themselves, and no script (unless Turnstile). */
async function policy(challenge: boolean): Promise<string> {
  styleHash ??= crypto.subtle
    .digest('SHA-256', encoder.encode(STYLE))
    .then((digest) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
  const cloudflare = 'https://challenges.cloudflare.com';
  return [
    "default-src 'none'",
    `style-src ${await styleHash}`,
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    ...(challenge ? [`script-src ${cloudflare}`, `frame-src ${cloudflare}`, `connect-src ${cloudflare}`] : []),
  ].join('; ');
}

async function html(status: number, body: string, challenge = false, headers: Record<string, string> = {}): Promise<Response> {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': await policy(challenge),
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}

/** What the endpoint needs from its host beyond the request: who is asking, where counts are kept, the time. */
export interface Context {
  /** The address the request came from, as the host reports it. */
  clientAddress: string;
  store: RateStore;
  now?: () => number;
  /** How the endpoint reaches GitHub and Turnstile; the global fetch unless a test gives another. */
  fetch?: typeof fetch;
}

/** Answers one request to the endpoint. */
export async function handleProposalRequest(request: Request, env: ProposalsEnv, context: Context): Promise<Response> {
  const url = new URL(request.url);
  const kind = Object.hasOwn(ROUTES, url.pathname) ? ROUTES[url.pathname] : undefined;
  if (!kind) return html(404, messagePage('Page not found', 'This address is not one of the handbook’s forms.'));
  const settings = proposalSettings(env);
  if (typeof settings === 'string') {
    return html(
      500,
      messagePage(
        'This form is not set up yet',
        `The handbook’s forms are not available on this site yet: please write to ${site.contact} instead. For the site’s maintainers: ${settings} See cms-config/proposals/README.md.`,
      ),
    );
  }
  const now = context.now ?? Date.now;
  const challengeKey = settings.challenge?.key;
  const fresh = async (answers: Answers, licence: boolean, more: Partial<FormState> = {}) =>
    formPage(kind, {
      answers,
      licence,
      problems: [],
      started: await startedToken(settings.secret, kind, now()),
      challengeKey,
      ...more,
    });

  if (request.method === 'GET') {
    const answers: Answers = {};
    const page = url.searchParams.get('page');
    if (kind === 'suggest' && page) answers['page'] = page.slice(0, 300);
    return html(200, await fresh(answers, false), Boolean(challengeKey));
  }
  if (request.method !== 'POST')
    return html(405, messagePage('Not allowed', 'This address answers a form only.'), false, { Allow: 'GET, POST' });

  const type = request.headers.get('Content-Type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    return html(415, messagePage('Not a form', 'Send the form from its page.'));
  }
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  const bytes = declared > MAX_BODY_BYTES ? undefined : await readLimited(request, MAX_BODY_BYTES);
  if (bytes === undefined) {
    return html(
      413,
      messagePage('Too long to send', `The form was longer than any answer allows. Shorten it, or write to ${site.contact}.`),
    );
  }
  const form = new URLSearchParams(new TextDecoder().decode(bytes));
  const answers: Answers = {};
  for (const question of PROPOSAL_FORMS[kind].questions as readonly Question[]) {
    const value = form.get(question.name);
    if (value !== null) answers[question.name] = value.replace(/\r\n/g, '\n');
  }
  const licence = form.get(LICENCE_FIELD) === 'yes';
  const again = async (status: number, more: Partial<FormState>) =>
    html(status, await fresh(answers, licence, more), Boolean(challengeKey));

  if ((form.get(HONEYPOT_FIELD) ?? '') !== '') {
    return again(422, {
      note: 'The box “Leave this empty” near the top of the form must be left empty. Empty it, then send again.',
    });
  }
  const age = await formAge(settings.secret, kind, form.get(STARTED_FIELD) ?? '', now());
  if (age === undefined || age > MAX_FORM_AGE) {
    return again(422, {
      note: 'This form was open for a long time, or came from elsewhere. Check your answers below, then send again.',
    });
  }
  if (age < settings.minSeconds) {
    return again(422, { note: 'That was very quick. Check your answers below, then send again.' });
  }
  const problems = proposalProblems(kind, answers, licence);
  if (problems.length > 0) return again(422, { problems });
  if (settings.challenge) {
    const passed = await challengePassed(settings.challenge, form.get(CHALLENGE_FIELD) ?? '', context);
    if (!passed) return again(422, { note: 'Please complete the check above the Send button, then send again.' });
  }
  // Counted only once the proposal would be filed, so fixing a mistake never uses up an hour's allowance.
  const count = await context.store.hit(await hmac(settings.secret, `address:${context.clientAddress}`), 3600);
  if (count > settings.perHour) {
    return again(429, {
      note: `Many proposals have come from your connection in the last hour, so this one was not sent. Your answers are kept below: send again later, or write to ${site.contact}.`,
    });
  }

  const issue = proposalIssue(kind, answers, { day: isoDay(new Date(now())), form: url.pathname });
  const filed = await fileIssue(settings, issue, context.fetch ?? fetch);
  if (!filed) {
    return again(502, {
      note: `Your proposal could not be sent just now: GitHub, where proposals are kept, did not answer. Your answers are kept below: send again in a few minutes, or write to ${site.contact}.`,
    });
  }
  return html(201, sentPage(kind, filed));
}

/** The request's body, or undefined when it is longer than `limit` bytes. */
async function readLimited(request: Request, limit: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

async function challengePassed(
  challenge: NonNullable<Settings['challenge']>,
  answer: string,
  context: Context,
): Promise<boolean> {
  if (!answer) return false;
  const response = await (context.fetch ?? fetch)(challenge.verify, {
    method: 'POST',
    body: new URLSearchParams({ secret: challenge.secret, response: answer }),
  }).catch(() => undefined);
  const outcome = (await response?.json().catch(() => undefined)) as { success?: unknown } | undefined;
  return outcome?.success === true;
}

/** Files the issue (https://docs.github.com/en/rest/issues/issues#create-an-issue); its number and address, or undefined. */
async function fileIssue(
  settings: Settings,
  issue: { title: string; body: string; labels: string[] },
  send: typeof fetch,
): Promise<{ number: number; url: string } | undefined> {
  const response = await send(`${settings.api}/repos/${site.repository}/issues`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${settings.token}`,
      Accept: 'application/vnd.github+json',
      'Content-Type': 'application/json',
      'User-Agent': 'equitable-collaboration-handbook-proposals',
    },
    body: JSON.stringify(issue),
  }).catch(() => undefined);
  if (response?.status !== 201) return undefined;
  const created = (await response.json().catch(() => undefined)) as { number?: unknown; html_url?: unknown } | undefined;
  if (typeof created?.number !== 'number' || typeof created.html_url !== 'string') return undefined;
  return { number: created.number, url: created.html_url };
}
