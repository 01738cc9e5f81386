import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../cms-config/config';
import { editorPolicy, LOCAL_BACKEND } from '../../cms-config/editor-policy';

describe('the editor page’s policy', () => {
  const published = editorPolicy(false).directives.join('; ');

  it('lets a published editor reach GitHub and the sign-in relay, and nothing on this computer', () => {
    expect(published).toContain('https://api.github.com');
    expect(published).not.toContain('localhost');
    expect(cmsConfig({ local: false }).local_backend).toBe(false);
  });

  it('allows no open image host, which would be a channel out of the page', () => {
    expect(published).not.toContain('raw.githubusercontent.com');
    expect(published).toMatch(/img-src 'self' data: blob: https:\/\/avatars\.githubusercontent\.com$/);
  });

  it('talks to decap-server only in a build for this computer', () => {
    expect(editorPolicy(true).directives.join('; ')).toContain(LOCAL_BACKEND);
    expect(cmsConfig({ local: true }).local_backend).toBe(true);
  });
});
