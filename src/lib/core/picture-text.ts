/**
 * Text in the handbook's pictures (the health check's chart, the life-cycle diagram). SVG text does not wrap and
 * its width is not known until a browser lays it out in the reader's font, so lines are broken on an estimate of
 * each letter's width that errs wide: a line may end early, never run past its box.
 */

/**
 * The width of a line of text, in the same units as its font size. The figures are wider than the average letters
 * of the system fonts the site uses (system-ui, Segoe UI, Roboto, Arial), measured bold, so the estimate errs wide.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (char === ' ') ems += 0.3;
    else if ("il.,:;'’!|1()".includes(char)) ems += 0.32;
    else if ('mwMW@'.includes(char)) ems += 0.92;
    else if (char >= 'A' && char <= 'Z') ems += 0.7;
    else ems += 0.58;
  }
  return ems * fontSize * (bold ? 1.08 : 1);
}

/** The text broken into lines at spaces, each at most `width` wide; a word longer than a line gets a line of its own. */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const tried = line ? `${line} ${word}` : word;
    if (line && textWidth(tried, fontSize, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = tried;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Text made safe to put between tags or in a double-quoted attribute of SVG or HTML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** An element's attributes, each value escaped, for SVG or HTML; those whose value is false or undefined are left out. */
export function attributes(values: Record<string, string | number | false | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== false && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}
