/**
 * The content check of `astro build`, in a process of its own, so that it runs on a second processor core while
 * Astro reads and bundles the pages (src/integrations/content.ts starts it and waits for it before any page is
 * rendered). Given the project's folder, the build's day and a folder to write into, it writes the pages' data to
 * wiki.json and curation.json there, and its report (without the data) to report.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeContentData } from './content-data';

const [root, day, out] = process.argv.slice(2) as [string, string, string];
writeFileSync(join(out, 'report.json'), JSON.stringify(await writeContentData(root, new Date(day), out)));
