/**
 * `npm run bench:shapes -- --seconds N --seed S`: searches for shapes of text that the content checker (the linear
 * pass, then Sätteri's parser when the pass accepts) handles in more than linear time. Each candidate is a short unit
 * of characters Markdown and MDX give meaning to, repeated to 10 kB and to 40 kB, as one paragraph and as lines; a
 * shape whose time grows more than 8 times for 4 times the text, and that takes over 50 ms at 40 kB, is printed with
 * its figures. It prints what it finds and asserts nothing: each finding becomes a bound in the linear pass
 * (src/lib/core/mdx-tree.ts) and a case of the hostile corpus.
 */
import { parseArgs } from 'node:util';
import { checkMdx } from '../../src/lib/check/mdx-guard';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '120' }, seed: { type: 'string', default: '1' } },
});
const deadline = performance.now() + Number(values.seconds) * 1000;
let state = Number(values.seed) >>> 0 || 1;
/** A small seeded generator (xorshift), so a run can be repeated. */
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
};
const ALPHABET = [
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '`',
  '<',
  '>',
  '&',
  '#',
  ';',
  '.',
  '-',
  '"',
  "'",
  '!',
  '|',
  '\\',
  '~',
  ':',
  'a',
  ' ',
  '{',
  '}',
  '=',
  '+',
  '1',
  '/',
  '\n',
  '\t',
  'x',
  '$',
  '%',
  '^',
  '@',
  ',',
];
const unit = () =>
  Array.from({ length: 1 + Math.floor(random() * 4) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');

function time(text: string): number {
  const started = performance.now();
  checkMdx(text, new Set());
  return performance.now() - started;
}

const seen = new Set<string>();
let tried = 0;
const findings: string[] = [];
while (performance.now() < deadline) {
  const u = unit();
  if (seen.has(u)) continue;
  seen.add(u);
  for (const [layout, make] of [
    ['one paragraph', (size: number) => u.repeat(Math.ceil(size / u.length))],
    ['lines', (size: number) => `${u}\n`.repeat(Math.ceil(size / (u.length + 1)))],
  ] as const) {
    tried += 1;
    const small = time(make(10_000));
    const large = time(make(40_000));
    if (large < 50 || large / Math.max(small, 1) < 8) continue;
    // A candidate is measured again, the fastest of three, so a pause of the machine is not taken for a finding.
    const best = (size: number) => Math.min(...[1, 2, 3].map(() => time(make(size))));
    const [confirmedSmall, confirmedLarge] = [best(10_000), best(40_000)];
    if (confirmedLarge > 50 && confirmedLarge / Math.max(confirmedSmall, 1) > 8) {
      findings.push(
        `${JSON.stringify(u)} as ${layout}: 10 kB ${confirmedSmall.toFixed(0)} ms, 40 kB ${confirmedLarge.toFixed(0)} ms`,
      );
      console.log(`found ${findings.at(-1)}`);
    }
  }
}
console.log(
  `Tried ${tried} shapes (${seen.size} units) in ${values.seconds} s with seed ${values.seed}: ${findings.length} super-linear.`,
);
