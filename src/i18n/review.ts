/**
 * A native speaker's check of a translation, as the review page downloads it and
 * `npx tsx scripts/translations.ts import <file>` reads it. Made on the reviewer's device and sent
 * only by them. For each text they marked: the hash of the English its translation was made from
 * (locales/<code>/_source.json), a fingerprint of the translation they saw, their verdict, and
 * their better translation when they wrote one.
 */

export const REVIEW_FORMAT = 'nhs-charges-translation-review';
export const REVIEW_VERSION = 1;
/** Far above the number of texts: a file with more entries is not one of ours. */
const MAX_TEXTS = 5000;
export const MAX_NAME_LENGTH = 80;
export const MAX_SUGGESTION_LENGTH = 4000;

export type Verdict = 'right' | 'change';

export interface ReviewedText {
  englishHash: string;
  /** textHash of the translation as the reviewer saw it: a text changed since is not counted. */
  translationHash: string;
  verdict: Verdict;
  /** The reviewer's translation (for an 'change'); a list for a text that is a list. */
  suggestion?: string | string[];
}

export interface ReviewFile {
  format: typeof REVIEW_FORMAT;
  version: typeof REVIEW_VERSION;
  language: string;
  reviewer: string;
  /** YYYY-MM-DD, the day the file was made. */
  date: string;
  /** "namespace:key" → what the reviewer said. */
  texts: Record<string, ReviewedText>;
}

/** A name as it may be recorded and shown: no control, invisible or direction characters, spaces tidied. */
export function cleanName(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A short fingerprint of a text (cyrb53 over its JSON), the same in the browser and in Node, to
 * notice a translation that changed after it was checked. Not a security measure.
 */
export function textHash(value: unknown): string {
  const text = JSON.stringify(value ?? null);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const realDate = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso) && new Date(`${iso}T12:00:00Z`).toISOString().startsWith(iso);

/**
 * The file, checked for shape: every problem is named (with the text it is about), nothing is
 * guessed. Whether each key and placeholder fits the English is for the importer to check.
 */
export function readReviewFile(
  content: string,
  { languages, today }: { languages: readonly string[]; today: string },
): { ok: true; file: ReviewFile } | { ok: false; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (e) {
    return { ok: false, errors: [`The file is not JSON (${(e as Error).message}). Was it changed after it was downloaded?`] };
  }
  if (!isObject(data) || data.format !== REVIEW_FORMAT) return { ok: false, errors: ['This is not a file from the review page: its "format" is not "nhs-charges-translation-review".'] };
  const errors: string[] = [];
  if (data.version !== REVIEW_VERSION) errors.push(`The file's version is ${JSON.stringify(data.version)}; this guide reads version ${REVIEW_VERSION}.`);
  const language = data.language;
  if (typeof language !== 'string' || !languages.includes(language)) errors.push(`"language" must be one of the translated languages (${languages.join(', ')}), not ${JSON.stringify(language)}.`);
  const reviewer = typeof data.reviewer === 'string' ? cleanName(data.reviewer) : '';
  if (!reviewer) errors.push('"reviewer" must give the reviewer\u2019s name.');
  else if ([...reviewer].length > MAX_NAME_LENGTH) errors.push(`"reviewer" is longer than ${MAX_NAME_LENGTH} characters.`);
  const date = data.date;
  if (typeof date !== 'string' || !realDate(date)) errors.push(`"date" must be a date written YYYY-MM-DD, not ${JSON.stringify(date)}.`);
  else if (date > today) errors.push(`"date" (${date}) is in the future.`);
  const texts: Record<string, ReviewedText> = {};
  if (!isObject(data.texts)) errors.push('"texts" must list the texts that were checked.');
  else {
    const entries = Object.entries(data.texts);
    if (entries.length === 0) errors.push('"texts" is empty: no text was marked.');
    if (entries.length > MAX_TEXTS) errors.push(`"texts" has ${entries.length} entries: more than the guide has texts.`);
    for (const [key, value] of entries.slice(0, MAX_TEXTS)) {
      const where = `"${key}"`;
      if (!/^[a-z]+:[\w.-]+$/.test(key)) {
        errors.push(`${where} is not the name of a text (namespace:key).`);
        continue;
      }
      if (!isObject(value)) {
        errors.push(`${where}: must be an object with englishHash and verdict.`);
        continue;
      }
      const { englishHash, translationHash, verdict, suggestion } = value;
      if (typeof englishHash !== 'string' || !/^[0-9a-f]{12}$/.test(englishHash)) errors.push(`${where}: "englishHash" must be 12 hexadecimal characters.`);
      if (typeof translationHash !== 'string' || !/^[0-9a-f]{14}$/.test(translationHash)) errors.push(`${where}: "translationHash" must be 14 hexadecimal characters.`);
      if (verdict !== 'right' && verdict !== 'change') errors.push(`${where}: "verdict" must be "right" or "change", not ${JSON.stringify(verdict)}.`);
      const lines = Array.isArray(suggestion) ? suggestion : [suggestion];
      if (verdict === 'change') {
        if (!lines.every((l) => typeof l === 'string' && l.trim() !== '')) errors.push(`${where}: a "change" needs the better translation in "suggestion".`);
        else if (lines.join('\n').length > MAX_SUGGESTION_LENGTH) errors.push(`${where}: the suggestion is longer than ${MAX_SUGGESTION_LENGTH} characters.`);
      } else if (suggestion !== undefined) errors.push(`${where}: a text marked "right" has no suggestion.`);
      texts[key] = { englishHash: String(englishHash), translationHash: String(translationHash), verdict: verdict as Verdict, ...(verdict === 'change' ? { suggestion: suggestion as string | string[] } : {}) };
    }
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, file: { format: REVIEW_FORMAT, version: REVIEW_VERSION, language: language as string, reviewer, date: date as string, texts } };
}
