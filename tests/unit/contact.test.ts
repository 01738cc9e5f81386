/**
 * Anyone can reach the curating cohort without an account: every document that tells people how to propose a
 * change, report an accessibility barrier or report conduct or a security problem names the one contact address of
 * src/site.config.ts. (Documents cannot read the settings, so this checks them against it.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { site } from '../../src/site.config';

const DOCUMENTS = [
  'CONTRIBUTING.md',
  'CODE_OF_CONDUCT.md',
  'SECURITY.md',
  'content/guides/how-to-contribute.mdx',
  'content/guides/accessibility-statement.mdx',
];

describe('the contact address', () => {
  it('is an e-mail address', () => {
    expect(site.contact).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]{2,}$/);
  });

  it.each(DOCUMENTS)('is named, as a link, in %s', (file) => {
    expect(readFileSync(file, 'utf8')).toContain(`(mailto:${site.contact})`);
  });
});
