/**
 * The pieces attackers combine, for the guard's fuzz tests: components, tags, attributes, expressions,
 * entities, URL schemes, references and nesting, and a generator of pages made of them (fast-check).
 */
import fc from 'fast-check';

const WORDS = ['text', 'more words', 'A', '1', 'x'];
const BRACES = ['{', '}', '{1+1}', '{process.exit(1)}', '\\{', '{/* c */}', '{"a"}', '{`t`}', '{...p}'];
const TAGS = [
  '<',
  '>',
  '/>',
  '</',
  '<>',
  '</>',
  '<abbr>',
  '</abbr>',
  '<sub>',
  '</sub>',
  '<details open>',
  '</details>',
  '<summary>',
  '</summary>',
  '<kbd>',
  '</kbd>',
  '<Quote source="s">',
  '</Quote>',
  '<Callout type="note">',
  '</Callout>',
  '<script>',
  '</script>',
  '<img',
  '<a',
  '<svg',
  '<s:script>',
  '<Foo.Bar>',
  '<style>',
  '<iframe',
  '<!-- c -->',
  '<Quote',
  '<Callout',
  '<abbr',
  '<details',
];
const ATTRIBUTES = [
  ' title="t"',
  ' title={"a"+b}',
  ' title={2021}',
  ' onClick="x"',
  ' onclick={x}',
  ' {...p}',
  ' year={2021}',
  ' year={20+21}',
  ' year={0x7e5}',
  ' source={`x`}',
  ' source="s"',
  ' type="warning"',
  ' type={t}',
  ' style="color:red"',
  ' href="javascript:x"',
  ' src="x"',
  ' open',
  ' open={x}',
  ' xlink:href="#a"',
  ' class="x"',
];
const ENTITIES = ['&#106;', '&#x6A;', '&amp;', '&lt;', '&colon;', '&#58;', '&Tab;', '%0a', '%6a'];
export const URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:x',
  'java\tscript:x',
  '&#106;avascript:x',
  'java&#x09;script:x',
  'data:text/html,x',
  'vbscript:x',
  'https://evil.example/p.png',
  '//evil.example/x',
  'http://example.org/',
  '../../../package.json?raw',
  'vitest',
  './x.png',
  '/media/chart.png',
  '/media/../x.png',
  '/practices/x/',
  '#a',
  'mailto:a@b.c',
  'tel:1',
  'https://a.b@c.d/',
  'https://example.org/x',
  '<javascript:x>',
  'file:///etc/passwd',
  '\\\\evil\\x',
];
const LINKS = ['[', ']', '(', ')', '![', ']:', '[r]', '[r]: ', '[^1]', '[^1]: ', '<https://x.y>', 'www.x.y'];
const BLOCKS = [
  '> ',
  '- ',
  '* ',
  '1. ',
  '  ',
  '    ',
  '\n',
  '\n\n',
  '`',
  '```',
  '~~~',
  '*',
  '_',
  '**',
  '~~',
  '# ',
  '## ',
  '|',
  '|-|',
  '---',
  '- [ ] ',
];
const MISC = ['import x from "y"', 'export const a = 1', 'export default 1', '---\n', 'layout: x'];

const piece = fc.oneof(
  fc.constantFrom(...WORDS, ...BRACES, ...TAGS, ...ATTRIBUTES, ...ENTITIES, ...LINKS, ...BLOCKS, ...MISC),
  fc.constantFrom(...URLS),
  // Whole constructs with an attacker's address, so that more generated pages get far enough to be judged.
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...URLS)).map(([text, url]) => `[${text}](${url})`),
  fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...URLS)).map(([text, url]) => `![${text}](${url})`),
  fc.constantFrom(...URLS).map((url) => `[l][r] ![i][r]\n\n[r]: ${url}\n`),
  fc
    .tuple(
      fc.constantFrom('Quote', 'Callout', 'abbr', 'details', 'kbd', 'sub'),
      fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 2 }),
      fc.constantFrom(...WORDS, ...URLS),
    )
    .map(([tag, attributes, inner]) => `<${tag}${attributes.join('')}>${inner}</${tag}>`),
);

/** A page body made of up to `max` pieces. */
export function attackPage(max = 30) {
  return fc.array(piece, { maxLength: max }).map((pieces) => pieces.join(''));
}
