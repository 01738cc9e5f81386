/**
 * "Did you mean …?" for contributors: the closest allowed value to what they typed.
 */

/** Edit distance between two strings (insertions, deletions and substitutions each cost one). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Longest text a suggestion is looked for: a typo in a longer one is not what happened. */
const LONGEST = 120;

/**
 * How much comparing a run of the checker may do for suggestions, in cells of the edit-distance table: plenty for
 * every honest mistake, and a bound on a page written to make the suggestions slow (hundreds of broken links to
 * long anchors, against thousands of pages).
 */
export interface SuggestionBudget {
  cells: number;
}

/** A budget for one run of the checker: under a second of comparing on a small machine. */
export function suggestionBudget(): SuggestionBudget {
  return { cells: 30_000_000 };
}

/**
 * The candidate closest to `value`, or undefined when none is close enough to be a likely typo
 * (more than half the value's length away) and none contains it. Once `budget` is spent, only candidates that
 * contain the value (or that it contains) are found.
 */
export function nearest(value: string, candidates: Iterable<string>, budget?: SuggestionBudget): string | undefined {
  const wanted = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    // One containing the other ("housing" in "homelessness-and-housing") is a strong hint; prefer the closest length.
    // Very short strings ("/", "a") are inside everything, so they do not count as contained.
    const contained = Math.min(c.length, wanted.length) >= 4 && (c.includes(wanted) || wanted.includes(c));
    let distance: number;
    if (contained) distance = 1 + Math.abs(c.length - wanted.length) / 1000;
    else {
      // The edit distance is at least the difference in length, so a candidate that cannot beat the best is not
      // compared; nor is a very long text, or anything once the budget is spent.
      if (wanted.length > LONGEST || c.length > LONGEST || Math.abs(c.length - wanted.length) >= bestDistance) continue;
      if (budget) {
        if (budget.cells <= 0) continue;
        budget.cells -= (c.length + 1) * (wanted.length + 1);
      }
      distance = editDistance(wanted, c);
    }
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, wanted.length / 2) ? best : undefined;
}
