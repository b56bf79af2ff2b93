/**
 * English inside right-to-left texts: a gloss in brackets ("(overseas visitor)"), a quoted word of
 * the law (“Subject to paragraph (2A)”). Left alone, the bidirectional algorithm can put such a
 * run's brackets and punctuation on the wrong side. Wrapped in Unicode first-strong isolates
 * (U+2068 … U+2069), the run keeps its own order and the brackets stay where the sentence puts them.
 *
 * `npx tsx scripts/translations.ts isolate` applies isolateLatin to every right-to-left text;
 * tests/i18n/bidi.test.ts fails on any run unisolatedLatin still finds.
 */

const OPEN: Record<string, string> = { '(': ')', '«': '»', '“': '”', '[': ']' };
const CLOSE = new Set(Object.values(OPEN));
const ISOLATE = /[\u2066\u2067\u2068][^\u2069]*\u2069/gu;
const PLACEHOLDER = /\{\{[^}]*\}\}/gu;
/**
 * A run of Latin script: letters, digits and the punctuation that sits inside English
 * ("Part 1, section 17", "SUI 16.1", "reg 9(b)", "Mental Health (Northern Ireland) Order").
 */
const LATIN_RUN = /\p{Script=Latin}(?:[\p{Script=Latin}\p{Nd}'’.,:;\-/&+ ]|\([\p{Script=Latin}\p{Nd}.,' ]{1,40}\))*/uy;
const LATIN = /\p{Script=Latin}/u;

/** For each character of the text, whether it is inside brackets or quotes (at any depth). */
function enclosed(text: string): boolean[] {
  const inside: boolean[] = [];
  const stack: string[] = [];
  for (const char of text) {
    if (CLOSE.has(char) && stack.at(-1) === char) stack.pop();
    inside.push(stack.length > 0);
    if (OPEN[char]) stack.push(OPEN[char]!);
    // A character outside the Basic Multilingual Plane takes two places in the string.
    if (char.length === 2) inside.push(stack.length > 0);
  }
  return inside;
}

/** The text with placeholders and already isolated runs blanked out (same length). */
const masked = (text: string) => text.replace(PLACEHOLDER, (m) => '_'.repeat(m.length)).replace(ISOLATE, (m) => '_'.repeat(m.length));

function latinRuns(text: string): { start: number; end: number }[] {
  const blank = masked(text);
  const inside = enclosed(text);
  const runs: { start: number; end: number }[] = [];
  // A run in question starts inside brackets or quotes, or holds brackets of its own: an English
  // title such as "Mental Health (Northern Ireland) Order" is isolated whole.
  for (let start = 0; start < blank.length; start++) {
    if (!LATIN.test(blank[start]!)) continue;
    LATIN_RUN.lastIndex = start;
    const run = LATIN_RUN.exec(blank)![0].replace(/[\s.,:;\-/&+']+$/u, '');
    if (inside[start] || run.includes('(')) runs.push({ start, end: start + run.length });
    start += run.length;
  }
  return runs;
}

/** The Latin runs inside brackets or quotes (or holding brackets) that are not isolated. */
export function unisolatedLatin(text: string): string[] {
  return latinRuns(text).map(({ start, end }) => text.slice(start, end));
}

/** The text with each of those runs between U+2068 and U+2069. */
export function isolateLatin(text: string): string {
  let out = text;
  for (const { start, end } of latinRuns(text).reverse()) out = `${out.slice(0, start)}\u2068${out.slice(start, end)}\u2069${out.slice(end)}`;
  return out;
}
