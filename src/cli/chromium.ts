/**
 * How the handbook's tools start Chromium: the browser tests (playwright.config.ts) and `npm run pdf`.
 *
 * Playwright cannot download its own browser on a closed network: use the system Chromium where there is one
 * (Debian's package), and Playwright's own browser otherwise (`npx playwright install chromium`).
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export const chromiumLaunchOptions: LaunchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  // As root in a container Chromium needs --no-sandbox; the rest stop it calling home on a closed network.
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
