/**
 * Reading amounts of money typed by a person, and writing them back in the page's language.
 *
 * The same text means the same amount in every language, so an amount never changes meaning when
 * the page's language changes, and every language's way of writing an amount is read:
 * - digits of any script (Arabic-Indic ١٢٥٠, Persian ۱۲۵۰, Devanagari १२५०, Bengali ১২৫০,
 *   fullwidth １２５０...), but only real decimal digits (Unicode Nd): superscript or circled
 *   digits are refused;
 * - a point or comma followed by one or two final digits is the pence ("12,50" and "12.50" are
 *   both £12.50): a thousands group always has three digits, so it cannot be one;
 * - a point, comma or space followed by three digits groups thousands ("1,250", "1.250",
 *   "1 250"), as do the lakh groups of South Asia ("12,50,000"); a space counts only where it
 *   groups thousands correctly ("12 50" is refused);
 * - the Arabic decimal and thousands signs (٫ ٬) mean the same in every language;
 * - direction marks and zero-width characters, which copying in Arabic script brings along,
 *   are ignored.
 * Negatives, letters, absurd values and what is still ambiguous ("1.250.50": which point is the
 * pence?) are refused with a reason the screen can explain, never guessed.
 */

import { formatMoney, formatterFor } from './format';

export type MoneyError = 'negative' | 'not-a-number' | 'too-many-decimals' | 'too-large' | 'ambiguous';
export type MoneyResult = { ok: true; pence: number | null } | { ok: false; error: MoneyError };

/** £10 million: far above any real NHS bill or monthly budget line. */
export const MAX_PENCE = 10_000_000_00;

/** The longest text a money field takes (its maxlength): room for £10,000,000.00 in any script. */
export const MONEY_MAX_LENGTH = 24;

const DIGIT = /\p{Nd}/u;
/** Direction marks, isolates and embeddings, zero-width characters and the soft hyphen. */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;
/** Spaces that group thousands: the plain, no-break, narrow no-break, thin and figure spaces. */
const SPACES = new Set([' ', '\u00A0', '\u202F', '\u2009', '\u2007']);

type Separator = 'point' | 'comma' | 'space' | 'arabic-group' | 'arabic-decimal';

function separatorOf(char: string): Separator | null {
  if (char === '.' || char === '．' || char === '。') return 'point';
  if (char === ',' || char === '，' || char === '،') return 'comma';
  if (SPACES.has(char)) return 'space';
  if (char === '٬') return 'arabic-group';
  if (char === '٫') return 'arabic-decimal';
  return null;
}

/**
 * A decimal digit of any script as 0-9. Unicode encodes every script's digits as a run of ten,
 * zero first, so a digit's value is how far it stands from the start of its run.
 */
function asciiDigit(char: string): string {
  let below = 0;
  for (let code = char.codePointAt(0)! - 1; DIGIT.test(String.fromCodePoint(code)); code--) below++;
  return String(below % 10);
}

/** Thousands in threes (1,250,000) or, as in South Asia, in lakhs (12,50,000). */
function groupsThousands(runs: string[], separator: Separator): boolean {
  const [first = '', ...rest] = runs;
  if (first.length < 1 || first.length > 3 || first.startsWith('0')) return false;
  if (rest.every((r) => r.length === 3)) return true;
  // Lakhs: twos, then a final three; never with spaces.
  return separator !== 'space' && first.length <= 2 && rest.at(-1)!.length === 3 && rest.slice(0, -1).every((r) => r.length === 2);
}

/** The text without invisible marks, outer spaces, and a pound sign or "GBP" before or after. */
function bare(input: string): string {
  return input
    .replace(INVISIBLE, '')
    .replace(/^[\s\u202F]+|[\s\u202F]+$/gu, '')
    .replace(/^(£|￡|gbp)[\s\u202F]*/iu, '')
    .replace(/[\s\u202F]*(£|￡|gbp)$/iu, '');
}

export function parseMoney(input: string, { maxPence = MAX_PENCE }: { maxPence?: number } = {}): MoneyResult {
  const text = bare(input);
  if (text === '') return { ok: true, pence: null };
  if (/^[-−‐–(]/u.test(text)) return { ok: false, error: 'negative' };

  // Split into runs of digits and the single separators between them.
  const runs: string[] = [''];
  const separators: Separator[] = [];
  for (const char of text) {
    if (DIGIT.test(char)) {
      runs[runs.length - 1] += char >= '0' && char <= '9' ? char : asciiDigit(char);
      continue;
    }
    const separator = separatorOf(char);
    if (!separator || runs.at(-1) === '') return { ok: false, error: 'not-a-number' };
    separators.push(separator);
    runs.push('');
  }
  if (runs.at(-1) === '') return { ok: false, error: 'not-a-number' };

  // Which separator, if any, starts the pence: the last one, when what follows cannot be a group.
  const last = separators.at(-1);
  const tail = runs.at(-1)!;
  let fraction = '';
  if (separators.filter((s) => s === 'arabic-decimal').length > 1) return { ok: false, error: 'not-a-number' };
  if (separators.slice(0, -1).includes('arabic-decimal')) return { ok: false, error: 'ambiguous' };
  if (last === 'arabic-decimal' || ((last === 'point' || last === 'comma') && tail.length !== 3)) {
    if (tail.length > 2) return { ok: false, error: 'too-many-decimals' };
    fraction = tail;
    runs.pop();
    separators.pop();
  }

  // What is left is the pounds: digits alone, or grouped in thousands by one kind of separator,
  // never the one that started the pence.
  if (separators.length > 0) {
    const kind = separators[0]!;
    const pointOrComma = fraction !== '' && last !== 'arabic-decimal' ? last : null;
    if (separators.some((s) => s !== kind) || kind === pointOrComma || !groupsThousands(runs, kind)) return { ok: false, error: 'ambiguous' };
  }
  const digits = runs.join('').replace(/^0+(?=\d)/, '');
  if (digits.length > 12) return { ok: false, error: 'too-large' };
  const pence = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  if (pence > maxPence) return { ok: false, error: 'too-large' };
  return { ok: true, pence };
}

/** "£1,200.50" from pence, as the language writes pounds (see ./format: always "£", never "GBP"). */
export function formatPence(pence: number, locale = 'en-GB'): string {
  return formatMoney(pence, locale);
}

/**
 * An amount as a money field shows it back (no currency sign: the field has its own £), written
 * as the locale writes numbers: "1,250.50" in English, "1 250,50" in French, "১,২৫০.৫০" in Bengali.
 * `parseMoney` reads every such text back to the same pence.
 */
export function formatAmount(pence: number, locale = 'en-GB'): string {
  // The language's own formatter: kept per language, and from the format table where the browser
  // has no data for the language (Pashto, Sorani, Tigrinya, Somali, Albanian), as every other amount.
  return formatterFor(locale).amount(pence);
}

/**
 * The examples the hint and error messages give, made by Intl from numbers so they are written in
 * the language's own conventions, and always accepted by `parseMoney`.
 */
export function moneyExamples(locale = 'en-GB'): { whole: string; pence: string } {
  return { whole: formatAmount(125000, locale), pence: formatAmount(125050, locale) };
}
