/**
 * Fails each test of the file that calls it when the page logs an error or throws: a script the Content
 * Security Policy blocks, WebAssembly it refuses or a failed fetch all show as one.
 */
import { expect, test } from '@playwright/test';

export function failOnConsoleErrors() {
  let errors: string[] = [];
  test.beforeEach(({ page }) => {
    errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
  });
  test.afterEach(() => expect(errors).toEqual([]));
}
