/**
 * Signing in to the editor with GitHub, end to end, without GitHub. The test starts a fake GitHub
 * (sign-in/fake-github.ts) on a free port of 127.0.0.1 and the real relay (cms-config/oauth-relay/) on
 * 127.0.0.1:8092, where the editor of a laptop build (the build the tests run against) opens its sign-in
 * pop-up: LOCAL_RELAY in cms-config/editor-policy.ts. GitHub's API is answered by the test, so that what the
 * editor sends it shows whether the editor received the token.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { axeViolations } from './axe';
import { LOCAL_RELAY } from '../../cms-config/editor-policy';
import { ROUTES } from '../../cms-config/oauth-relay/relay';
import { site } from '../../src/site.config';
import { CLIENT_ID, CLIENT_SECRET, startFakeGitHub, type FakeGitHub } from './sign-in/fake-github';
import { serveRelay } from './sign-in/serve-relay';

const RELAY_PORT = Number(new URL(LOCAL_RELAY).port);
const CONTRIBUTOR = 'test-contributor';

// One relay on a fixed port: these tests run one after another, in one worker.
test.describe.configure({ mode: 'default' });

let github: FakeGitHub;
let stopRelay: () => Promise<void>;

test.beforeAll(async ({}, testInfo) => {
  github = await startFakeGitHub(0);
  stopRelay = await serveRelay(RELAY_PORT, {
    GITHUB_CLIENT_ID: CLIENT_ID,
    GITHUB_CLIENT_SECRET: CLIENT_SECRET,
    GITHUB_BASE_URL: github.url,
    // The site under test is served on this computer, not at site.url.
    EDITOR_LOCAL_ORIGINS: new URL(testInfo.project.use.baseURL!).origin,
  });
});

test.afterAll(async () => {
  await stopRelay?.();
  await github?.stop();
});

/** Answers GitHub's API as it would for a contributor with write access; returns the requests the editor made. */
async function fakeApi(page: Page): Promise<Request[]> {
  const requests: Request[] = [];
  await page.context().route('https://api.github.com/**', (route) => {
    requests.push(route.request());
    const path = new URL(route.request().url()).pathname;
    const answers: Record<string, unknown> = {
      '/user': { login: CONTRIBUTOR, name: 'Test Contributor', avatar_url: '' },
      [`/repos/${site.repository}/collaborators/${CONTRIBUTOR}/permission`]: { permission: 'write' },
      [`/repos/${site.repository}`]: {
        full_name: site.repository,
        owner: { login: site.repository.split('/')[0] },
        permissions: { pull: true, push: true },
      },
    };
    const body = answers[path];
    return route.fulfill({ status: body ? 200 : 404, json: body ?? { message: 'Not Found' } });
  });
  return requests;
}

/** Opens the editor, chooses "Login with GitHub" and returns the pop-up once it shows GitHub's consent page. */
async function openSignIn(page: Page): Promise<Page> {
  // As on the published site, no decap-server answers, so the editor offers the GitHub sign-in.
  await page.route('http://localhost:8081/**', (route) => route.abort());
  await page.goto('/admin/');
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: /Login with GitHub/i }).click();
  const signIn = await popup;
  await expect(signIn.getByRole('heading', { name: 'Authorize the handbook’s editor' })).toBeVisible();
  return signIn;
}

test('a contributor signs in through the pop-up, and the editor receives the token', async ({ page }) => {
  const api = await fakeApi(page);
  const signIn = await openSignIn(page);
  expect(new URL(signIn.url()).searchParams.get('scope')).toBe('public_repo');
  const closed = signIn.waitForEvent('close');
  await signIn.getByRole('button', { name: 'Authorize' }).click();
  // The editor closes the pop-up once it has the token (Decap's authorizeCallback).
  await closed;

  const token = github.swaps.at(-1)?.token;
  expect(token).toMatch(/^gho_test_/);
  // Signed in: the editor shows its collections, having read them from GitHub with the token.
  await expect(page.getByRole('heading', { name: 'Collections' })).toBeVisible();
  expect(api.length).toBeGreaterThan(0);
  for (const request of api) expect(await request.headerValue('authorization')).toBe(`token ${token}`);
  expect(github.scopes.at(-1)).toBe('public_repo');
});

test('a page on another origin that opens the sign-in gets no token, and the pop-up says why', async ({ page }) => {
  const elsewhere = 'http://elsewhere.test';
  // A page that copies the editor's side of the hand-shake: it answers "authorizing:github" and keeps every message.
  await page.route(`${elsewhere}/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Elsewhere</title><button id="open">Sign in</button><script>
        window.received = [];
        addEventListener('message', (e) => {
          received.push(String(e.data));
          if (e.data === 'authorizing:github') e.source.postMessage(e.data, e.origin);
        });
        document.getElementById('open').onclick = () => window.open('${LOCAL_RELAY}${ROUTES.auth}?provider=github&scope=public_repo');
      </script></html>`,
    }),
  );
  await page.goto(`${elsewhere}/`);
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const signIn = await popup;
  await signIn.getByRole('button', { name: 'Authorize' }).click();

  await expect(signIn.getByRole('status')).toHaveText(
    `This window was opened by ${elsewhere}, which is not the handbook’s editor, so your sign-in was not passed on. Close this window and sign in at ${site.url}/admin/`,
  );
  expect(await page.evaluate(() => (window as unknown as { received: string[] }).received)).toEqual(['authorizing:github']);
  expect(await axeViolations(signIn)).toEqual([]);
});

// GitHub's consent page sends the browser back with the state it was given; here the address is tampered
// with on the way, as in a forged sign-in link.
for (const [name, tamper, message] of [
  ['a missing', (input: HTMLInputElement) => input.remove(), 'has no security code (state)'],
  [
    'a wrong',
    (input: HTMLInputElement) => {
      input.value = 'someone-elses-state';
    },
    'does not match the one started in this browser',
  ],
] as const) {
  test(`${name} state gets no token, and the editor says why`, async ({ page }) => {
    const api = await fakeApi(page);
    const signIn = await openSignIn(page);
    const swaps = github.swaps.length;
    await signIn.locator('input[name="state"]').evaluate(tamper);
    await signIn.getByRole('button', { name: 'Authorize' }).click();

    await expect(page.getByText(message)).toBeVisible();
    expect(github.swaps.length).toBe(swaps);
    expect(api).toEqual([]);
  });
}

test('a contributor who does not authorize gets no token, and the editor says so', async ({ page }) => {
  const api = await fakeApi(page);
  const signIn = await openSignIn(page);
  const swaps = github.swaps.length;
  await signIn.getByRole('button', { name: 'Cancel' }).click();

  await expect(page.getByText('You chose not to let the handbook’s editor use your GitHub account')).toBeVisible();
  await expect(page.getByRole('button', { name: /Login with GitHub/i })).toBeVisible();
  expect(github.swaps.length).toBe(swaps);
  expect(api).toEqual([]);
});
