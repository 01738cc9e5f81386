import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { basePath } from '../../src/lib/core/base-path';

describe('the base path', () => {
  it('reads BASE_PATH however it is written', () => {
    for (const root of [undefined, '', ' ', '/', '//']) expect(basePath(root)).toBe('/');
    for (const written of ['handbook', '/handbook', '/handbook/', 'handbook/']) expect(basePath(written)).toBe('/handbook/');
    expect(basePath('/org/handbook/')).toBe('/org/handbook/');
  });

  it('refuses what is not a path, saying what to write', () => {
    for (const bad of ['/a b/', '/../', '/a/./b/', 'https://x.org/', '/x?y/', '/é/', '/"onload/']) {
      expect(() => basePath(bad), bad).toThrow(/BASE_PATH=.*Write the path after the domain, such as \/handbook\//);
    }
  });

  it('puts every address the routes build under it, and files in dist/ stay at the site paths', () => {
    // A module's base is fixed when it loads: load the routes afresh under a base, as a build with BASE_PATH does.
    const script = `
      const r = await import('./src/lib/content/routes.ts');
      console.log(JSON.stringify({
        page: r.pageUrl('practices', 'x'), index: r.indexUrl('guides'), theme: r.themeUrl('power-and-decisions'),
        feed: r.feedUrl(), search: r.ROUTES.search, home: r.ROUTES.home, editor: r.UNLISTED.editor,
        pdf: r.FILES.pdf, pagefind: r.FILES.pagefind, data: r.dataFileUrl('practices', 'csv'),
        linkable: r.linkableRoutes().every((route) => route.startsWith('/handbook/')),
        content: r.withBase('/media/a.png'), outside: r.withBase('https://x.org/'), anchor: r.withBase('#a'),
        file: r.sitePath(r.ROUTES.print),
      }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, BASE_PATH: '/handbook' },
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({
      page: '/handbook/practices/x/',
      index: '/handbook/guides/',
      theme: '/handbook/themes/power-and-decisions/',
      feed: '/handbook/feed.xml',
      search: '/handbook/search/',
      home: '/handbook/',
      editor: '/handbook/admin/',
      pdf: '/handbook/handbook.pdf',
      pagefind: '/handbook/pagefind/pagefind.js',
      data: '/handbook/data/practices.csv',
      linkable: true,
      content: '/handbook/media/a.png',
      outside: 'https://x.org/',
      anchor: '#a',
      file: '/print/',
    });
  });
});
