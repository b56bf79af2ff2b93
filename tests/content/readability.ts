/**
 * How hard the person-facing English is to read: Flesch–Kincaid grade per namespace, from the
 * `flesch-kincaid` and `syllable` libraries. Citations, organisation names and {{placeholders}}
 * are replaced by a one-syllable word before scoring: they are names, not prose to simplify.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const LOCALE_DIR = join(process.cwd(), 'locales', 'en');

/** Namespaces a migrant or an advocate reads on screen. Letters go to a hospital: scored, not gated. */
export const PERSON_FACING = ['common', 'questions', 'outcomes', 'rules', 'organisations', 'advocate', 'embed', 'review'];
export const LETTERS = ['letters'];
export const MAX_GRADE = 4.5;
export const MAX_WORDS = 25;

/** Keys whose values are not prose: language names, formats, web addresses. */
const SKIP_KEY = /(^|\.)(languageName|name|url|href|format|dateFormat|code)$|^language\.names\./;

/** Legal references and names, replaced by "X" before scoring. */
const REF = String.raw`\d[\w()/–-]*(?:\.\d[\w()]*)*`;
const NAME_WORD = String.raw`(?:[A-Z][\w'’-]*|\([A-Z][^)]*\))`;
const JOIN = String.raw`(?:\s+(?:of|and|the|to|for|on|in)\s+|\s+)`;
const CITATION = [
  new RegExp(String.raw`\b${NAME_WORD}(?:${JOIN}${NAME_WORD})*\s+(?:Act|Regulations|Order|Rules)(?:\s+\(Northern Ireland\))?(?:\s+\d{4})?`, 'g'),
  new RegExp(String.raw`\b(?:regulations?|regs?|sections?|paragraphs?|para|schedule|article|part|rule|SI|WSI|SSI|NISR|SUI)\s*${REF}(?:\s*(?:and|or|to|,)\s*${REF})*`, 'gi'),
  /\b\d{4}\/\d+\b/g,
  /https?:\/\/\S+|www\.\S+|\S+@\S+/g,
  /\{\{[^}]+\}\}/g,
];

export interface Sentence {
  key: string;
  text: string;
  words: number;
}

export interface Score {
  namespace: string;
  sentences: number;
  words: number;
  syllables: number;
  grade: number;
  longest: Sentence | undefined;
}

function flatten(value: unknown, prefix: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([prefix, value]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
}

export function entriesOf(namespace: string, dir = LOCALE_DIR): [string, string][] {
  const out: [string, string][] = [];
  flatten(JSON.parse(readFileSync(join(dir, `${namespace}.json`), 'utf8')), '', out);
  return out.filter(([key]) => !SKIP_KEY.test(key));
}

export function namespaces(dir = LOCALE_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_')) // _terms.json is the term base, not person-facing text
    .map((f) => f.replace(/\.json$/, ''));
}

/** Text as it is scored: citations, names and placeholders become "X"; markup is dropped. */
export function plain(text: string, names: readonly string[] = []): string {
  let s = text.replace(/<[^>]+>/g, ' ');
  for (const name of names) s = s.split(name).join('X');
  for (const re of CITATION) s = s.replace(re, 'X');
  return s;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences end at . ! ? or a line break; a label without a full stop is one sentence. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+|\s*[•·]\s*/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export function score(namespace: string, names: readonly string[] = [], dir = LOCALE_DIR): Score & { all: Sentence[] } {
  const all: Sentence[] = [];
  let syllables = 0;
  for (const [key, value] of entriesOf(namespace, dir)) {
    for (const text of sentencesOf(plain(value, names))) {
      const words = wordsOf(text);
      syllables += words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
      all.push({ key: `${namespace}:${key}`, text, words: words.length });
    }
  }
  const words = all.reduce((n, s) => n + s.words, 0);
  const grade = all.length ? fleschKincaid({ sentence: all.length, word: words, syllable: syllables }) : 0;
  const longest = [...all].sort((a, b) => b.words - a.words)[0];
  return { namespace, sentences: all.length, words, syllables, grade, longest, all };
}

export interface Problem {
  kind: 'grade' | 'long-sentence';
  message: string;
}

/** Everything the readability check objects to, for the namespaces given. */
export function problemsIn(gated: readonly string[], names: readonly string[] = [], dir = LOCALE_DIR): Problem[] {
  const problems: Problem[] = [];
  for (const ns of gated) {
    const s = score(ns, names, dir);
    if (s.grade > MAX_GRADE)
      problems.push({ kind: 'grade', message: `${ns}: grade ${s.grade.toFixed(2)} is above ${MAX_GRADE}` });
    for (const sentence of s.all.filter((x) => x.words > MAX_WORDS))
      problems.push({ kind: 'long-sentence', message: `${sentence.key} has ${sentence.words} words: "${sentence.text}"` });
  }
  return problems;
}

/** The ten longest sentences, with their own grade, so a writer knows where to look. */
export function worstTen(gated: readonly string[], names: readonly string[] = [], dir = LOCALE_DIR): string[] {
  const all = gated.flatMap((ns) => score(ns, names, dir).all);
  return all
    .sort((a, b) => b.words - a.words)
    .slice(0, 10)
    .map((s) => {
      const syl = wordsOf(s.text).reduce((n, w) => n + Math.max(1, syllable(w)), 0);
      const grade = fleschKincaid({ sentence: 1, word: s.words, syllable: syl });
      return `${String(s.words).padStart(3)} words, grade ${grade.toFixed(1).padStart(5)}  ${s.key}: ${s.text}`;
    });
}
