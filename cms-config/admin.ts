/**
 * The editor at /admin/: Decap CMS from the npm package (never a CDN), configured from code.
 * Only `src/pages/admin/index.astro` loads this file, so no public page carries the editor's code.
 */
import CMS from 'decap-cms-app';
import siteStyles from '../src/styles/global.css?url';
import type { CollectionName } from '../src/lib/content/page-kinds';
import { slugify } from '../src/lib/core/slug';
import { MdxControl, MdxPreview } from './body-widget';
import { BODY_WIDGET } from './collections';
import { cmsConfig } from './config';
import { LOCAL_MODE } from './editor-policy';
import { editorComponents } from './editor-components';
import { FILE_NAME, fromFile, toFile } from './frontmatter-format';
import { previewTemplates } from './previews';
import { saveProblems } from './save-check';

// Registered under Decap's own name so the collections keep `format: frontmatter`: Decap looks up
// registered formats after its built-in ones and the later entry wins (formatByName in decap-cms-core).
CMS.registerCustomFormat('frontmatter', 'mdx', { fromFile, toFile });

// Decap's types describe a control with every prop it may pass; ours declares only the props it uses.
CMS.registerWidget(BODY_WIDGET, MdxControl as never, MdxPreview as never);
for (const component of editorComponents) CMS.registerEditorComponent(component);

// The preview uses the site's own stylesheet, bundled with the site (no CDN, no copy to keep in step).
CMS.registerPreviewStyle(siteStyles);
for (const [collection, template] of Object.entries(previewTemplates)) CMS.registerPreviewTemplate(collection, template);

// A save stops with a plain-English message when the page would stop the site building (save-check.ts).
// Decap shows a thrown error in its "could not save" notice: persistEntry in decap-cms-core's actions/entries.js.
// A new page gets its file name by the site's rule, for the collections' `slug` template (collections.ts).
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = entry.get('data');
    const problem = saveProblems(entry.get('collection') as CollectionName, data.toJS());
    if (problem) throw new Error(problem);
    return entry.get('newRecord') ? data.set(FILE_NAME, slugify(data.get('title'))) : undefined;
  },
});

// Decap's English "new entry" button reads "＋ Practice" with a full-width plus sign (U+FF0B) that many
// computers have no font for, so it shows as a missing-glyph box: say "New Practice" in words instead.
// The Workflow view's button says "New Post", a blog's word: the handbook has pages.
const english = CMS.getLocale('en');
if (english) {
  const collection = english['collection'] as Record<string, Record<string, string>>;
  const workflow = english['workflow'] as Record<string, Record<string, string>>;
  CMS.registerLocale('en', {
    ...english,
    collection: { ...collection, collectionTop: { ...collection['collectionTop'], newButton: 'New %{collectionLabel}' } },
    workflow: { ...workflow, workflow: { ...workflow['workflow'], newPost: 'New page' } },
  });
}

CMS.init({ config: cmsConfig({ local: import.meta.env.MODE === LOCAL_MODE }) });
