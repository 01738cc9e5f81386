/**
 * Characters a page may contain. Control and format characters are invisible: they make feeds invalid
 * XML, and bidirectional overrides make text read differently from what it says ("Trojan source").
 * So of the Unicode categories Cc (control) and Cf (format) only the few a writer needs are allowed:
 * tab and line breaks, and the joiners and marks that some scripts and emoji depend on.
 */

/** The control and format characters that are allowed, with their names. */
const ALLOWED_INVISIBLE = new Map<string, string>([
  ['\t', 'tab'],
  ['\n', 'line feed'],
  ['\r', 'carriage return'],
  ['\u00ad', 'soft hyphen'],
  ['\u200c', 'zero width non-joiner'],
  ['\u200d', 'zero width joiner'],
  ['\u200e', 'left-to-right mark'],
  ['\u200f', 'right-to-left mark'],
]);

// Noncharacters (U+FFFF, U+FDD0 …) are not text at all: XML may not hold some of them, so a feed would break.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Noncharacter_Code_Point}]/gu;

export interface CharacterProblem {
  /** 1-based line and column of the first offending character. */
  line: number;
  column: number;
  message: string;
}

/**
 * `text` with every character the rules refuse replaced by U+FFFD, for text from elsewhere that is shown but cannot
 * be sent back to be fixed (an editor's name or a commit's subject in git's history).
 */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, (char) => (ALLOWED_INVISIBLE.has(char) ? char : '\uFFFD'));
}

/** The code point as U+XXXX. */
function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first character in `text` that is not allowed, with where it is; undefined when all are fine.
 * A byte order mark is allowed only as the very first character of a file (`atStart`).
 */
export function invisibleCharacterProblem(text: string, { fileStart = false } = {}): CharacterProblem | undefined {
  INVISIBLE.lastIndex = 0;
  for (let match = INVISIBLE.exec(text); match; match = INVISIBLE.exec(text)) {
    const char = match[0];
    if (ALLOWED_INVISIBLE.has(char)) continue;
    if (char === '\ufeff' && fileStart && match.index === 0) continue;
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    const kind = /[\u202a-\u202e\u2066-\u2069\u061c]/.test(char)
      ? 'a bidirectional control character, which can make text display differently from what it says'
      : /\p{Noncharacter_Code_Point}/u.test(char)
        ? 'a character that is not text (a Unicode noncharacter)'
        : 'an invisible control character';
    return {
      line,
      column,
      message: `contains ${kind} (${codePoint(char)}). Delete it: retype the text around it if you cannot see it.`,
    };
  }
  return undefined;
}
