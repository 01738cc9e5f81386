/**
 * The editor's logo (cms-config/editor-logo.ts): the handbook's icon and name, built from public/favicon.svg
 * and the site title. It is served from the site's own origin, where the editor keeps a contributor's token,
 * so it must pass the same check as any uploaded picture: drawing only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorLogo, titleLines } from '../../cms-config/editor-logo';
import { svgProblems } from '../../src/lib/core/svg-check';
import { site } from '../../src/site.config';

const icon = readFileSync('public/favicon.svg', 'utf8');

describe("the editor's logo", () => {
  const logo = editorLogo(site.title, icon);

  it("shows the site's icon and its name", () => {
    expect(logo).toContain(icon.match(/<circle[^>]*>/)![0]);
    for (const line of titleLines(site.title)) expect(logo).toContain(`>${line}</text>`);
  });

  it('holds drawing only, as the site requires of every picture it serves', () => {
    expect(svgProblems(new TextEncoder().encode(logo))).toEqual([]);
  });

  it('writes a name with markup characters as text', () => {
    const odd = editorLogo('Fair <work> & pay', icon);
    expect(odd).toContain('Fair &lt;work&gt; &amp; pay');
    expect(svgProblems(new TextEncoder().encode(odd))).toEqual([]);
  });

  it('breaks a long name into two lines of about equal length', () => {
    expect(titleLines('Equitable Collaboration Handbook')).toEqual(['Equitable', 'Collaboration Handbook']);
    expect(titleLines('Handbook')).toEqual(['Handbook']);
  });
});
