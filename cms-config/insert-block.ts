/**
 * Puts a block (a component's MDX) into the page text as a paragraph of its own: at the end of the line
 * the cursor is on, with a blank line before and after, since MDX reads a component as a block only
 * when it stands on its own lines.
 */
export function insertBlock(text: string, cursor: number, block: string): { text: string; cursor: number } {
  const lineEnd = text.indexOf('\n', cursor);
  const at = lineEnd === -1 ? text.length : lineEnd;
  const before = text.slice(0, at).replace(/\n+$/, '');
  const after = text.slice(at).replace(/^\n+/, '');
  const start = before ? `${before}\n\n` : '';
  return { text: `${start}${block}\n${after ? `\n${after}` : ''}`, cursor: start.length + block.length };
}
