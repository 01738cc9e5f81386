/**
 * The whole editor configuration, built from code (Decap's `load_config_file: false`), so the repository,
 * branch and site address come from `src/site.config.ts` and the fields from `collections.ts`.
 */
import type { CmsConfig } from 'decap-cms-core';
import { site } from '../src/site.config';
import { collections } from './collections';
import { EDITOR_LOGO_PATH } from './editor-logo';
import { relayOrigin } from './editor-policy';

/** `local`: the editor runs beside decap-server on this computer (a build made with `--mode laptop`). */
export function cmsConfig({ local }: { local: boolean }): CmsConfig {
  return {
    // Without this Decap would also fetch /admin/config.yml: https://decapcms.org/docs/manual-initialization/
    load_config_file: false,
    backend: {
      name: 'github',
      repo: site.repository,
      branch: site.branch,
      // Anyone with a GitHub account can propose a change: the editor forks the repository for them and
      // their proposal becomes a pull request for the curating cohort to review.
      open_authoring: true,
      // The GitHub sign-in relay (cms-config/oauth-relay/); in a laptop build, the one the sign-in test runs.
      base_url: relayOrigin(local),
      auth_endpoint: site.editorAuth.endpoint,
      commit_messages: {
        create: 'Add {{collection}} page "{{slug}}"',
        update: 'Update {{collection}} page "{{slug}}"',
        delete: 'Remove {{collection}} page "{{slug}}"',
        uploadMedia: 'Add file "{{path}}"',
        deleteMedia: 'Remove file "{{path}}"',
        openAuthoring: '{{message}}',
      },
    },
    // Open authoring needs the editorial workflow: draft, in review, ready (https://decapcms.org/docs/open-authoring/).
    publish_mode: 'editorial_workflow',
    // On a laptop, `npm start` runs decap-server beside the site; the editor then reads and writes content/
    // directly with no account. decap-server's file mode only supports simple publishing, and Decap switches
    // to it by itself when the server says so (handleLocalBackend in decap-cms-core's actions/config.js).
    // `npm run editor:workflow` runs its git mode on a throwaway clone instead, which says it supports the
    // editorial workflow, so the editor keeps it: drafts, review and publishing, with no build setting.
    // A build for publishing leaves it out, and its page policy does not allow the address.
    local_backend: local,
    // The handbook's icon and name on the sign-in screen and in the header, instead of Decap's logo.
    logo: { src: EDITOR_LOGO_PATH, show_in_header: true },
    site_url: site.url,
    display_url: site.url,
    locale: 'en',
    media_folder: 'public/media',
    public_folder: '/media',
    // File names and so page addresses stay plain ASCII: "Café réseau" becomes cafe-reseau.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collections(),
  };
}
