/**
 * Bringing a native speaker's check into the guide (`npx tsx scripts/translations.ts import <file>`):
 * the file from the review page is read and checked, each better translation is written into
 * locales/<code>/, who checked which text is recorded in locales/<code>/_reviewed.json, and the
 * language's reviewedShare, reviewedBy and reviewedOn in src/i18n/translations.ts follow from that
 * record. A text whose English (or translation) changed since it was checked is never written and
 * never counted: it is reported instead.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, LANGUAGE_CODES } from '../src/i18n/languages';
import { readReviewFile, textHash, type ReviewFile } from '../src/i18n/review';
import { isolateLatin } from './bidi';
import { replaceJsonValue } from './jsonEdit';
import { hashOf, NAMESPACES } from './translationSources';

export interface ReviewRecord {
  by: string;
  on: string;
  englishHash: string;
}

const OTHERS = LANGUAGE_CODES.filter((c) => c !== 'en');

function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (typeof value === 'string' || Array.isArray(value)) out.set(prefix, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

/** "ns:key" → the text, for one language. */
export function textsOf(code: string, root = process.cwd()): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ns of NAMESPACES) {
    const flat = flatten(JSON.parse(readFileSync(join(root, 'locales', code, `${ns}.json`), 'utf8')), '', new Map());
    for (const [key, value] of flat) out.set(`${ns}:${key}`, value);
  }
  return out;
}

const placeholders = (value: unknown) =>
  [...String(Array.isArray(value) ? value.join('\n') : value).matchAll(/\{\{\s*([\w.]+)\s*(?:,\s*(\w+))?[^}]*\}\}/g)].map((m) => `{{${m[1]}${m[2] ? `, ${m[2]}` : ''}}}`).sort();

const reviewedFile = (code: string, root: string) => join(root, 'locales', code, '_reviewed.json');

export function reviewedOf(code: string, root = process.cwd()): Record<string, ReviewRecord> {
  const file = reviewedFile(code, root);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/**
 * Who checked the language, when, and how much of it: only checks of the English as it is now
 * count, over all the guide's texts.
 */
export function reviewSummary(code: string, root = process.cwd()): { share: number; by?: string; on?: string } {
  const english = textsOf('en', root);
  const counted = Object.entries(reviewedOf(code, root)).filter(([key, r]) => english.has(key) && hashOf(english.get(key)) === r.englishHash);
  if (counted.length === 0) return { share: 0 };
  const names = new Map<string, number>();
  for (const [, r] of counted) names.set(r.by, (names.get(r.by) ?? 0) + 1);
  return {
    share: Math.round((counted.length / english.size) * 10_000) / 10_000,
    by: [...names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name).join(', '),
    on: counted.map(([, r]) => r.on).sort().at(-1),
  };
}

/** Writes a language's line of src/i18n/translations.ts from its _reviewed.json. True when it changed. */
export function updateTranslationRecord(code: string, root = process.cwd()): boolean {
  const file = join(root, 'src', 'i18n', 'translations.ts');
  const source = readFileSync(file, 'utf8');
  const line = new RegExp(`^(  ${code}: \\{ method: )'(machine|reviewed)'(, madeBy: [^,]+, madeOn: '[\\d-]+')[^\\n]*\\},$`, 'm');
  const match = line.exec(source);
  if (!match) throw new Error(`src/i18n/translations.ts has no line for ${code} in the expected form`);
  const { share, by, on } = reviewSummary(code, root);
  const method = share === 1 ? 'reviewed' : 'machine';
  const reviewed = by && on ? `, reviewedBy: ${JSON.stringify(by)}, reviewedOn: '${on}'` : '';
  const next = `${match[1]}'${method}'${match[3]}${reviewed}, reviewedShare: ${share} },`;
  if (next === match[0]) return false;
  writeFileSync(file, source.replace(match[0], next));
  return true;
}

export interface ImportReport {
  /** Problems with the file itself: nothing was written. */
  errors: string[];
  language?: string;
  reviewer?: string;
  /** Texts the reviewer confirmed as right. */
  confirmed: string[];
  /** Texts replaced by the reviewer's translation. */
  changed: string[];
  /** Texts not written or counted, with the reason. */
  skipped: { key: string; reason: string }[];
}

export function importReview(content: string, { root = process.cwd(), today = new Date().toISOString().slice(0, 10) } = {}): ImportReport {
  const read = readReviewFile(content, { languages: OTHERS, today });
  const report: ImportReport = { errors: [], confirmed: [], changed: [], skipped: [] };
  if (!read.ok) return { ...report, errors: read.errors };
  const file: ReviewFile = read.file;
  const code = file.language;
  report.language = code;
  report.reviewer = file.reviewer;
  const english = textsOf('en', root);
  const translated = textsOf(code, root);
  const sources = JSON.parse(readFileSync(join(root, 'locales', code, '_source.json'), 'utf8')) as Record<string, string>;
  const reviewed = reviewedOf(code, root);
  const files = new Map<string, string>();
  const fileOf = (ns: string) => {
    if (!files.has(ns)) files.set(ns, readFileSync(join(root, 'locales', code, `${ns}.json`), 'utf8'));
    return files.get(ns)!;
  };

  for (const [key, text] of Object.entries(file.texts)) {
    const skip = (reason: string) => report.skipped.push({ key, reason });
    const now = english.get(key);
    if (now === undefined) {
      skip('the guide no longer has this text');
      continue;
    }
    if (hashOf(now) !== text.englishHash) {
      skip('its English changed since it was checked: the check is for the old English');
      continue;
    }
    if (text.translationHash !== textHash(translated.get(key))) {
      skip('its translation changed since it was checked: ask the reviewer to look at it again');
      continue;
    }
    if (text.verdict === 'change') {
      const suggestion = text.suggestion!;
      if (Array.isArray(now) !== Array.isArray(suggestion) || (Array.isArray(now) && now.length !== (suggestion as string[]).length)) {
        skip(Array.isArray(now) ? `the English is a list of ${now.length} items: the suggestion must have as many lines` : 'the suggestion is a list, the English one text');
        continue;
      }
      if (placeholders(now).join() !== placeholders(suggestion).join()) {
        skip(`the suggestion must keep the placeholders ${placeholders(now).join(' ') || '(none)'}: it has ${placeholders(suggestion).join(' ') || 'none'}`);
        continue;
      }
      const rtl = LANGUAGES[code as keyof typeof LANGUAGES].dir === 'rtl';
      const value = Array.isArray(suggestion) ? suggestion.map((s) => (rtl ? isolateLatin(s.trim()) : s.trim())) : rtl ? isolateLatin(suggestion.trim()) : suggestion.trim();
      const [ns, path] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      const updated = replaceJsonValue(fileOf(ns), path, value);
      if (updated === null) {
        skip(`locales/${code}/${ns}.json has no text ${path}`);
        continue;
      }
      files.set(ns, updated);
      sources[key] = text.englishHash;
      report.changed.push(key);
    } else report.confirmed.push(key);
    reviewed[key] = { by: file.reviewer, on: file.date, englishHash: text.englishHash };
  }

  for (const [ns, text] of files) writeFileSync(join(root, 'locales', code, `${ns}.json`), text);
  if (report.changed.length) {
    const sorted = Object.fromEntries(Object.keys(sources).sort().map((k) => [k, sources[k]]));
    writeFileSync(join(root, 'locales', code, '_source.json'), JSON.stringify(sorted, null, 1) + '\n');
  }
  if (report.changed.length || report.confirmed.length) {
    const sorted = Object.fromEntries(Object.keys(reviewed).sort().map((k) => [k, reviewed[k]]));
    writeFileSync(reviewedFile(code, root), JSON.stringify(sorted, null, 1) + '\n');
    updateTranslationRecord(code, root);
  }
  return report;
}
