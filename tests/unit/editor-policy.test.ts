import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../cms-config/config';
import { editorPolicy, LOCAL_BACKEND, LOCAL_RELAY } from '../../cms-config/editor-policy';
import { site } from '../../src/site.config';

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

  it('signs in through the published relay, and through a relay on this computer only in a build for it', () => {
    expect(cmsConfig({ local: false }).backend.base_url).toBe(site.editorAuth.baseUrl);
    expect(published).toContain(site.editorAuth.baseUrl);
    expect(published).not.toContain(LOCAL_RELAY);
    expect(cmsConfig({ local: true }).backend.base_url).toBe(LOCAL_RELAY);
    expect(editorPolicy(true).directives.join('; ')).toContain(LOCAL_RELAY);
  });
});
