/**
 * The words a page is found by besides its own: every other name of each glossary term it uses (the glossary's
 * `searchTerms`: abbreviations, synonyms, other spellings), and the American spelling of its "-ise" words. Pagefind
 * has no synonyms or typo tolerance, so a reader who types "TUPE", "full cost recovery" or "organization" finds
 * the pages only if those words are in their index. The page frame writes them as hidden search metadata
 * (`terms` for the terms a page is about, `mentions` for the rest), searched with the text but never shown.
 *
 * One pass over the page's words: linear in the text, whatever the number of terms.
 */

/** A glossary term and the other names it is searched by, as the glossary's frontmatter lists them. */
export interface SearchTerm {
  term: string;
  also: readonly string[];
}

/** A text's words, lower case: letters and digits, split at spaces, hyphens and punctuation ("co-production": co, production). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The terms by the first word of each of their names, each name as its words. */
export type TermIndex = ReadonlyMap<string, readonly { words: readonly string[]; term: SearchTerm }[]>;

export function termIndex(terms: readonly SearchTerm[]): TermIndex {
  const index = new Map<string, { words: string[]; term: SearchTerm }[]>();
  for (const term of terms) {
    for (const name of [term.term, ...term.also]) {
      const nameWords = words(name);
      const first = nameWords[0];
      if (first === undefined) continue;
      index.set(first, [...(index.get(first) ?? []), { words: nameWords, term }]);
    }
  }
  return index;
}

/** "-ise" words and their forms, whose American spelling has "-ize" (organisation, marginalised, recognising). */
const BRITISH_ISE = /^(\p{L}{3,})is(e|ed|es|ing|ation|ations|er|ers)$/u;

/** How many uses of a term make a page about it, when its title and summary do not name it. */
export const ABOUT_USES = 3;

/** What a page adds to its search index, each name once, in the order first met. */
export interface PageSearchTerms {
  /** All names of each term the page is about: named in its title or summary, or used at least ABOUT_USES times. */
  about: string[];
  /**
   * The other names of each term the page uses less (the name its text uses is already indexed with the text, so
   * writing it again would only weigh each page down), and the "-ize" spelling of each of its "-ise" words.
   */
  mentions: string[];
}

/**
 * The names a page is also found by, from its title and summary (`heading`) and its text. A few "-ize" forms, like
 * "advize", are no one's spelling: they cost a few bytes of index and match nothing anyone types.
 */
export function searchTermsFor(heading: string, text: string, index: TermIndex): PageSearchTerms {
  const uses = new Map<SearchTerm, number>();
  const spellings = new Set<string>();
  // The names as the text writes them, word for word.
  const written = new Set<string>();
  const count = (textWords: readonly string[], times: number) =>
    textWords.forEach((word, at) => {
      // Most words start no term's name and hold no "is": they cost one lookup and one scan, and nothing is made
      // for them (at 10,000 pages, 15 million words).
      const names = index.get(word);
      if (names) {
        // One use of a term however many of its names start here ("Transfer of Undertakings (Protection of
        // Employment)" is also "transfer of undertakings").
        const here = new Set<SearchTerm>();
        for (const name of names) {
          if (!name.words.every((w, i) => textWords[at + i] === w)) continue;
          here.add(name.term);
          written.add(name.words.join(' '));
        }
        for (const term of here) uses.set(term, (uses.get(term) ?? 0) + times);
      }
      const british = word.includes('is') ? BRITISH_ISE.exec(word) : null;
      if (british) spellings.add(`${british[1]}iz${british[2]}`);
    });
  count(words(heading), ABOUT_USES);
  count(words(text), 1);
  const names = (about: boolean) =>
    [...uses].filter(([, n]) => n >= ABOUT_USES === about).flatMap(([term]) => [term.term, ...term.also]);
  const unwritten = names(false).filter((name) => !written.has(words(name).join(' ')));
  return { about: [...new Set(names(true))], mentions: [...new Set([...unwritten, ...spellings])] };
}

/** The visible text of a page's HTML: tags become spaces, the few entities that separate words are read. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|#38);/g, '&')
    .replace(/&(?:nbsp|#160);/g, ' ');
}
