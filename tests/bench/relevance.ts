/**
 * How well a search ranks the pages that answer each query: the figures `npm run bench:search` reports.
 */
import { sitePath } from '../../src/lib/core/base-path';
import type { QueryForm, RelevanceQuery } from './search-queries';

/** What a search returned for one query: the pages in the order shown, as `kind/id`. */
export interface QueryOutcome {
  query: RelevanceQuery;
  found: readonly string[];
}

export interface QueryScore extends QueryOutcome {
  /** The place (1 for the first) of the first page that answers the query; undefined when none is shown. */
  rank: number | undefined;
}

export interface RelevanceFigures {
  queries: number;
  /** Share of queries whose first result answers them. */
  hitAt1: number;
  /** Share of queries with an answer among the first three. */
  hitAt3: number;
  /** Mean of 1/rank of the first answer (0 when none is shown). */
  meanReciprocalRank: number;
  /** Queries that found no page at all. */
  zeroResults: string[];
}

/** The place of the first answering page among those found. */
export function scoreQuery(outcome: QueryOutcome): QueryScore {
  const at = outcome.found.findIndex((page) => outcome.query.pages.includes(page));
  return { ...outcome, rank: at < 0 ? undefined : at + 1 };
}

/** The figures over a set of scored queries. */
export function relevanceFigures(scores: readonly QueryScore[]): RelevanceFigures {
  const n = scores.length;
  const share = (test: (score: QueryScore) => boolean) => (n === 0 ? 0 : scores.filter(test).length / n);
  return {
    queries: n,
    hitAt1: share((s) => s.rank === 1),
    hitAt3: share((s) => s.rank !== undefined && s.rank <= 3),
    meanReciprocalRank: n === 0 ? 0 : scores.reduce((sum, s) => sum + (s.rank ? 1 / s.rank : 0), 0) / n,
    zeroResults: scores.filter((s) => s.found.length === 0).map((s) => s.query.query),
  };
}

/** The figures for each form of query (abbreviations, questions …), to see which habit search serves worst. */
export function figuresByForm(scores: readonly QueryScore[]): Map<QueryForm, RelevanceFigures> {
  const forms = [...new Set(scores.map((s) => s.query.form))];
  return new Map(forms.map((form) => [form, relevanceFigures(scores.filter((s) => s.query.form === form))]));
}

/** The page a result's address names, as `kind/id`: the address's path without the base path, anchor or slashes. */
export function pageOfAddress(address: string): string {
  return sitePath(new URL(address, 'http://site.invalid').pathname).split('/').filter(Boolean).join('/');
}
