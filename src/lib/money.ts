/**
 * Reading amounts of money typed by a person: "£1,200.50", "1200", " 1 200 " and blank are fine,
 * in any script's digits (Arabic-Indic ١٢٥٠, Persian ۱۲۵۰, Devanagari १२५०, Bengali ১২৫০,
 * fullwidth １２５０...) and with the separators of the guide's language. Negatives, letters, absurd
 * values and anything ambiguous ("12,50": twelve pounds fifty, or 1250?) are refused with a
 * reason the screen can explain, never guessed.
 */

import { formatMoney } from './format';

export type MoneyError = 'negative' | 'not-a-number' | 'too-many-decimals' | 'too-large' | 'ambiguous';
export type MoneyResult = { ok: true; pence: number | null } | { ok: false; error: MoneyError };

/** £10 million: far above any real NHS bill or monthly budget line. */
export const MAX_PENCE = 10_000_000_00;

const DIGIT = /\p{Nd}/u;

/**
 * A decimal digit of any script as 0-9. Unicode encodes every script's digits as a run of ten,
 * zero first, so a digit's value is how far it stands from the start of its run.
 */
function asciiDigit(char: string): string {
  let below = 0;
  for (let code = char.codePointAt(0)! - 1; DIGIT.test(String.fromCodePoint(code)); code--) below++;
  return String(below % 10);
}

/** The decimal and thousands separators of a language, as Intl writes numbers in it. */
function separatorsOf(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
  return { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.', group: parts.find((p) => p.type === 'group')?.value ?? ',' };
}

/**
 * The text with ASCII digits, "." for the decimal separator and "," for thousands. The Arabic
 * separators (٫ and ٬) mean the same in every language; a point and a comma mean what they mean
 * in the guide's language, and a point in English whatever else.
 */
function canonical(text: string, locale: string): string {
  const { decimal, group } = separatorsOf(locale);
  const commaIsDecimal = decimal === ',';
  return [...text]
    .map((char) => {
      if (DIGIT.test(char)) return char >= '0' && char <= '9' ? char : asciiDigit(char);
      if (char === decimal || char === '٫') return '.';
      if (char === group || char === '٬') return /\s/.test(char) ? ' ' : ',';
      if (char === '.') return commaIsDecimal ? ',' : '.';
      if (char === ',' || char === '،') return commaIsDecimal ? '.' : ',';
      return char;
    })
    .join('');
}

/** Thousands in threes (1,250,000) or, as in South Asia, in lakhs (12,50,000). */
const GROUPED = /^\d{1,3}(,\d{3})+$|^\d{1,2}(,\d{2})*,\d{3}$/;

export function parseMoney(input: string, { maxPence = MAX_PENCE, locale = 'en-GB' }: { maxPence?: number; locale?: string } = {}): MoneyResult {
  const text = canonical(input.normalize('NFKC'), locale).trim().replace(/^£\s*/, '').replace(/\s*(gbp|£)$/i, '').replace(/\s+/g, '');
  if (text === '') return { ok: true, pence: null };
  if (/^[-−(]/.test(text)) return { ok: false, error: 'negative' };
  if (!/^[\d.,]+$/.test(text) || (text.match(/\./g) ?? []).length > 1) return { ok: false, error: 'not-a-number' };
  const [whole = '', fraction = ''] = text.split('.');
  // A comma after the point, or one that does not group thousands, may be a decimal comma.
  if (fraction.includes(',') || (whole.includes(',') && !GROUPED.test(whole))) return { ok: false, error: 'ambiguous' };
  const digits = whole.replace(/,/g, '');
  if (digits === '') return { ok: false, error: 'not-a-number' };
  if (fraction.length > 2) return { ok: false, error: 'too-many-decimals' };
  if (digits.length > 12) return { ok: false, error: 'too-large' };
  const pence = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  if (pence > maxPence) return { ok: false, error: 'too-large' };
  return { ok: true, pence };
}

/** "£1,200.50" from pence, as the language writes pounds (see ./format: always "£", never "GBP"). */
export function formatPence(pence: number, locale = 'en-GB'): string {
  return formatMoney(pence, locale);
}
