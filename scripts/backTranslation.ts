/**
 * The second check of every translation (issue 20): each text is translated back into English by a
 * translator who did not make it, the meaning compared with the English, and every error fixed.
 * The record is docs/back-translation/<code>.json: for each text its back-translation, the verdict,
 * what was wrong when it was fixed, and hashes of the English and of the translation as checked, so
 * that a text changed since counts as unchecked again.
 *
 *   npx tsx scripts/backTranslation.ts list <code> [namespace] [--limit=N]
 *                               the texts of a language not yet checked as they are now (JSON)
 *   npx tsx scripts/backTranslation.ts record <code> <file.json> [--by="..."]
 *                               record checks: the file maps "ns:key" to
 *                               { "back": "...", "verdict": "ok" | "fixed", "note": "..." }
 *                               ("fixed": the translation file already holds the corrected text,
 *                               and `back` translates the corrected text; `note` says what was wrong)
 *   npx tsx scripts/backTranslation.ts status [code ...]
 *                               per language: texts checked as they are now, errors fixed
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_CODES } from '../src/i18n/languages';
import { hashOf } from './translationSources';
import { textsOf } from './translationReview';

export const DEFAULT_CHECKER = 'an AI model (Claude) working separately from the one that made the translation';

export interface BackCheck {
  back: string | string[];
  verdict: 'ok' | 'fixed';
  note?: string;
  /** Hash of the English text as checked. */
  en: string;
  /** Hash of the translation as checked (after any fix). */
  text: string;
  by: string;
  on: string;
}

export const recordFile = (code: string, root = process.cwd()) => join(root, 'docs', 'back-translation', `${code}.json`);

export function recordsOf(code: string, root = process.cwd()): Record<string, BackCheck> {
  const file = recordFile(code, root);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** Keys whose record still matches both the English and the translation as they are now. */
export function currentChecks(code: string, root = process.cwd()): [string, BackCheck][] {
  const english = textsOf('en', root);
  const texts = textsOf(code, root);
  return Object.entries(recordsOf(code, root)).filter(
    ([key, r]) => english.has(key) && texts.has(key) && hashOf(english.get(key)) === r.en && hashOf(texts.get(key)) === r.text,
  );
}

export function backTranslationSummary(code: string, root = process.cwd()) {
  // A plural form the language does not have (Chinese and Vietnamese have no "_one") is no text of it.
  const texts = textsOf(code, root);
  const total = [...textsOf('en', root).keys()].filter((key) => texts.has(key)).length;
  const current = currentChecks(code, root);
  return {
    total,
    checked: current.length,
    fixed: current.filter(([, r]) => r.verdict === 'fixed').length,
    recorded: Object.keys(recordsOf(code, root)).length,
    by: [...new Set(current.map(([, r]) => r.by))].join('; '),
    on: current.map(([, r]) => r.on).sort().at(-1),
  };
}

/** Problems with a record file: keys that do not exist, verdicts that are not allowed, fixes without a note. */
export function recordProblems(code: string, root = process.cwd()): string[] {
  const english = textsOf('en', root);
  const problems: string[] = [];
  for (const [key, r] of Object.entries(recordsOf(code, root))) {
    if (!english.has(key)) problems.push(`${key}: no such text`);
    if (r.verdict !== 'ok' && r.verdict !== 'fixed') problems.push(`${key}: verdict must be "ok" or "fixed"`);
    if (r.verdict === 'fixed' && !r.note?.trim()) problems.push(`${key}: a fix must say what was wrong`);
    if (!(typeof r.back === 'string' ? r.back.trim() : Array.isArray(r.back) && r.back.length)) problems.push(`${key}: no back-translation`);
  }
  return problems;
}

function write(code: string, records: Record<string, BackCheck>, root = process.cwd()) {
  mkdirSync(join(root, 'docs', 'back-translation'), { recursive: true });
  const sorted = Object.fromEntries(Object.entries(records).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(recordFile(code, root), JSON.stringify(sorted, null, 1) + '\n');
}

const direct = process.argv[1]?.endsWith('backTranslation.ts');
if (direct) {
  const [command, code, ...rest] = process.argv.slice(2);
  const option = (name: string) => rest.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const plain = rest.filter((a) => !a.startsWith('--'));
  if (command === 'list' && code) {
    const english = textsOf('en');
    const texts = textsOf(code);
    const done = new Set(currentChecks(code).map(([key]) => key));
    const ns = plain[0];
    const limit = Number(option('limit') ?? Infinity);
    const out = [...english.keys()]
      .filter((key) => !done.has(key) && (!ns || key.startsWith(`${ns}:`)))
      .slice(0, limit)
      .map((key) => ({ key, en: english.get(key), text: texts.get(key) }));
    console.log(JSON.stringify(out, null, 1));
  } else if (command === 'record' && code && plain[0]) {
    const input: Record<string, { back: string | string[]; verdict: 'ok' | 'fixed'; note?: string }> = JSON.parse(readFileSync(plain[0], 'utf8'));
    const english = textsOf('en');
    const texts = textsOf(code);
    const records = recordsOf(code);
    const by = option('by') ?? DEFAULT_CHECKER;
    const on = new Date().toISOString().slice(0, 10);
    const errors: string[] = [];
    for (const [key, r] of Object.entries(input)) {
      if (!english.has(key) || !texts.has(key)) errors.push(`${key}: no such text`);
      else if (r.verdict !== 'ok' && r.verdict !== 'fixed') errors.push(`${key}: verdict must be "ok" or "fixed"`);
      else if (r.verdict === 'fixed' && !r.note?.trim()) errors.push(`${key}: a fix must say what was wrong`);
      else if (!r.back || (typeof r.back === 'string' && !r.back.trim())) errors.push(`${key}: no back-translation`);
      else records[key] = { back: r.back, verdict: r.verdict, ...(r.note ? { note: r.note } : {}), en: hashOf(english.get(key)), text: hashOf(texts.get(key)), by, on };
    }
    write(code, records);
    const s = backTranslationSummary(code);
    console.log(`${code}: ${Object.keys(input).length - errors.length} recorded; ${s.checked} of ${s.total} texts checked as they are now, ${s.fixed} fixed`);
    if (errors.length) {
      console.error(errors.join('\n'));
      process.exitCode = 1;
    }
  } else if (command === 'status') {
    const codes = [code, ...plain].filter(Boolean);
    const all = codes.length ? codes : LANGUAGE_CODES.filter((c) => c !== 'en');
    for (const c of all) {
      const s = backTranslationSummary(c);
      console.log(`${c}: ${s.checked} of ${s.total} checked as they are now (${s.recorded} recorded), ${s.fixed} fixed`);
    }
  } else {
    console.error('usage: npx tsx scripts/backTranslation.ts list <code> [namespace] [--limit=N] | record <code> <file.json> [--by=...] | status [code ...]');
    process.exitCode = 1;
  }
}
