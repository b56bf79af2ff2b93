/**
 * The term base: one agreed rendering of each legal or NHS term in every language.
 *
 *   npx tsx scripts/terms.ts check [code ...]   list the texts that do not use a term's agreed
 *                                              rendering, or use a wrong one
 *   npx tsx scripts/terms.ts docs               write docs/terms.md
 *
 * Files (never sent to the page: src/i18n/loaders.ts skips files starting with "_"; the English
 * side is read only by this script, its test and the translation review page):
 *
 *   src/i18n/englishTerms.json  term id → { "patterns": [regex, ...], "definition": "...",
 *                                 "wrongIsRightWhere": [regex, ...] }
 *                               (Not in locales/en: it is not a text of the guide, and has no
 *                               translation of the same shape.)
 *                               A text contains the term when one of its patterns matches it.
 *                               wrongIsRightWhere (optional): English texts that really say what a
 *                               wrong rendering says ("should not pay" is not "does not have to
 *                               pay"); their translations are not searched for wrong renderings.
 *   locales/<code>/_terms.json  term id → {
 *                                 "rendering": "the agreed words, as a reviewer should read them",
 *                                 "forms": [regex, ...],     the accepted forms: a translation of
 *                                                            a text containing the term must match
 *                                                            one (inflections, stems, the English
 *                                                            kept in brackets)
 *                                 "wrong": [regex, ...],     optional: renderings no text of the
 *                                                            language may use
 *                                 "explanation": "..."       optional: a short explanation in the
 *                                                            language, where the term has no
 *                                                            equivalent
 *                               }
 *
 * Every pattern and form is a JavaScript regular expression, matched case-insensitively (flags
 * "iu"); a plain word is a regular expression that finds itself. `\w` and `\b` only know ASCII
 * letters: write `\p{L}*` for "any ending" in other alphabets, and no `\b`. scripts/terms-changes.json says, per language, what was changed
 * to make the texts agree; docs/terms.md is generated from all of these.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, LANGUAGE_CODES } from '../src/i18n/languages';
import { NAMESPACES } from './translationSources';

export type EnglishTerm = { patterns: string[]; definition: string; wrongIsRightWhere?: string[] };
export type Term = { rendering: string; forms: string[]; wrong?: string[]; explanation?: string };

const PLURAL = /_(zero|one|two|few|many|other)$/;
const regex = (source: string) => new RegExp(source, 'iu');

function flatten(value: unknown, prefix: string, out: Record<string, string>) {
  if (typeof value === 'string') out[prefix] = value;
  else if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}.${i}`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix.endsWith(':') ? `${prefix}${k}` : `${prefix}.${k}`, out);
  return out;
}

/** "ns:key" → text, for every text of a language (array items as key.0, key.1 …). */
export function textsOf(code: string, root = process.cwd()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const ns of NAMESPACES) flatten(JSON.parse(readFileSync(join(root, 'locales', code, `${ns}.json`), 'utf8')), `${ns}:`, out);
  return out;
}

export function termsOf(code: string, root = process.cwd()): Record<string, Term> {
  return JSON.parse(readFileSync(join(root, 'locales', code, '_terms.json'), 'utf8'));
}

/** Where the English side of the term base is kept, from the repository's root. */
export const ENGLISH_TERMS = join('src', 'i18n', 'englishTerms.json');

/** Each term's English patterns and definition. */
export function englishTermsOf(root = process.cwd()): Record<string, EnglishTerm> {
  return JSON.parse(readFileSync(join(root, ENGLISH_TERMS), 'utf8'));
}

/** The English texts that contain each term: term id → keys. */
export function englishUses(root = process.cwd()): Record<string, string[]> {
  const english = textsOf('en', root);
  const terms = englishTermsOf(root);
  return Object.fromEntries(
    Object.entries(terms).map(([id, t]) => {
      const patterns = t.patterns.map(regex);
      return [id, Object.keys(english).filter((key) => patterns.some((p) => p.test(english[key])))];
    }),
  );
}

/** Every way a language breaks its term base, one line each (empty when it keeps to it). */
export function checkTerms(code: string, root = process.cwd(), uses = englishUses(root)): string[] {
  const problems: string[] = [];
  const english = englishTermsOf(root);
  if (!existsSync(join(root, 'locales', code, '_terms.json'))) return [`locales/${code}/_terms.json is missing`];
  const terms = termsOf(code, root);
  const texts = textsOf(code, root);
  const englishTexts = textsOf('en', root);
  /** The English of a translation's key (x_few → x_other). */
  const englishOf = (key: string) => englishTexts[key] ?? englishTexts[key.replace(PLURAL, '_other')] ?? '';
  /** A plural English key (x_other) is the translation's x_one, x_few … as the language has them. */
  const translationsOf = (key: string) =>
    key in texts ? [key] : PLURAL.test(key) ? Object.keys(texts).filter((k) => k.replace(PLURAL, '') === key.replace(PLURAL, '')) : [];
  for (const id of Object.keys(terms)) if (!(id in english)) problems.push(`${id}: not a term of src/i18n/englishTerms.json`);
  for (const id of Object.keys(english)) {
    const term = terms[id];
    if (!term) {
      problems.push(`${id}: no agreed rendering`);
      continue;
    }
    if (!term.rendering?.trim() || !term.forms?.length) {
      problems.push(`${id}: needs a rendering and at least one accepted form`);
      continue;
    }
    let forms: RegExp[];
    let wrong: RegExp[];
    try {
      forms = term.forms.map(regex);
      wrong = (term.wrong ?? []).map(regex);
    } catch (e) {
      problems.push(`${id}: ${(e as Error).message}`);
      continue;
    }
    if (!forms.some((f) => f.test(term.rendering))) problems.push(`${id}: the rendering "${term.rendering}" matches none of its own accepted forms`);
    for (const key of uses[id]) {
      for (const k of translationsOf(key)) {
        if (!forms.some((f) => f.test(texts[k]))) problems.push(`${id}: ${k} does not use the agreed "${term.rendering}": ${texts[k]}`);
      }
    }
    const rightWhere = (english[id].wrongIsRightWhere ?? []).map(regex);
    for (const w of wrong) {
      if (w.test(term.rendering)) problems.push(`${id}: the rendering itself matches the wrong form /${w.source}/`);
      for (const [k, text] of Object.entries(texts)) {
        if (w.test(text) && !rightWhere.some((r) => r.test(englishOf(k)))) problems.push(`${id}: ${k} uses the wrong rendering /${w.source}/: ${text}`);
      }
    }
  }
  return problems;
}

type Changes = Record<string, string[]>;
const changesOf = (root: string): Changes => JSON.parse(readFileSync(join(root, 'scripts', 'terms-changes.json'), 'utf8'));
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function termsDocument(root = process.cwd()): string {
  const english = englishTermsOf(root);
  const uses = englishUses(root);
  const codes = LANGUAGE_CODES.filter((c) => c !== 'en');
  const changes = changesOf(root);
  const out = [
    '# Term base',
    '',
    '<!-- Generated by `npx tsx scripts/terms.ts docs` from locales/*/_terms.json and scripts/terms-changes.json. Do not edit by hand. -->',
    '',
    'One agreed rendering of each legal or NHS term in every language, so that a term reads the same on every page. `npm test` (tests/i18n/terms.test.ts) fails when the translation of an English text that contains a term does not use one of its accepted forms, or when any text uses a rendering listed as wrong. The file format is described at the top of `scripts/terms.ts`.',
    '',
    '**Machine-made, not reviewed.** The renderings, explanations and the wording fixes below were made by an AI model (Claude). No native speaker has reviewed them yet; every language still shows its "computer translated" notice and `reviewedShare` stays 0.',
    '',
    '## Terms',
    '',
    '| term | English texts that use it | what it means |',
    '| --- | --- | --- |',
    ...Object.entries(english).map(([id, t]) => {
      const right = t.wrongIsRightWhere?.length ? ` Wrong renderings are not looked for where the English says ${t.wrongIsRightWhere.map((r) => `\`${r}\``).join(' or ')}.` : '';
      return `| \`${id}\` | ${uses[id].length} | ${cell(t.definition + right)} |`;
    }),
    '',
  ];
  for (const code of codes) {
    const terms = termsOf(code, root);
    out.push(`## ${LANGUAGES[code as keyof typeof LANGUAGES].name} (${code})`, '');
    const notes = changes[code] ?? [];
    if (notes.length) out.push('What was changed to make the texts agree:', '', ...notes.map((n) => `- ${n}`), '');
    out.push('| term | agreed rendering | explanation | wrong renderings |', '| --- | --- | --- | --- |');
    for (const id of Object.keys(english)) {
      const t = terms[id];
      if (!t) continue;
      out.push(`| \`${id}\` | ${cell(t.rendering)} | ${cell(t.explanation ?? '')} | ${cell((t.wrong ?? []).map((w) => `\`${w}\``).join(', '))} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

const direct = process.argv[1]?.endsWith('terms.ts');
if (direct) {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'check') {
    const uses = englishUses();
    let count = 0;
    for (const code of args.length ? args : LANGUAGE_CODES.filter((c) => c !== 'en')) {
      const problems = checkTerms(code, process.cwd(), uses);
      count += problems.length;
      console.log(`${code}: ${problems.length} problem(s)`);
      for (const p of problems) console.log(`  ${p}`);
    }
    process.exitCode = count ? 1 : 0;
  } else if (command === 'docs') {
    writeFileSync(join(process.cwd(), 'docs', 'terms.md'), termsDocument());
    console.log('Wrote docs/terms.md');
  } else {
    console.log(readFileSync(new URL(import.meta.url)).toString().split('\n').slice(1, 6).join('\n'));
  }
}
