/**
 * The graph of how the handbook's practices, case studies and questions connect (src/lib/wiki/connections.ts), built once
 * per build from the handbook and the link graph, for the pages at /connections/.
 */
import wiki from 'virtual:handbook/wiki';
import { handbook } from './handbook';
import { buildConnections, type Connections } from '../lib/wiki/connections';
import { pageUrl } from '../lib/content/routes';

let built: Promise<Connections> | undefined;

/** The graph, built on first use. */
export function connections(): Promise<Connections> {
  built ??= handbook().then((book) =>
    buildConnections({
      pages: book.summaries,
      practicesOf: book.relations.practicesOf,
      backlinks: wiki.backlinks,
      urlOf: pageUrl,
    }),
  );
  return built;
}
