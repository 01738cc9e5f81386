/**
 * The build's content check, shared between the integration that starts it (src/integrations/content.ts) and the
 * content loader (src/content.config.ts), which waits for it when Astro's schema refuses a page: Astro stops at
 * that page, and without the wait the check's list of every problem would never be printed. Kept on globalThis
 * because the loader runs in Vite's module runner, a module graph of its own, in the same process.
 */
const KEY = Symbol.for('handbook.content-check');

type Shared = Record<symbol, Promise<unknown> | undefined>;

/** Called by the integration with the check under way. */
export function shareContentCheck(checked: Promise<unknown>): void {
  (globalThis as unknown as Shared)[KEY] = checked;
}

/** Resolves once the build's content check has finished and reported (at once when no check is running). */
export async function contentCheckReported(): Promise<void> {
  await (globalThis as unknown as Shared)[KEY];
}
