/**
 * Amounts, dates and percentages written out in a translation where its English has a placeholder
 * ("£500" where the English says {{debtThreshold2016, money}}) become that placeholder. For
 * bringing in translations made before the placeholders, or merged from a branch that reworded them:
 *
 *   npx tsx scripts/translations.ts placeholders [code ...]
 *
 * Only texts whose English holds the placeholder are touched, and only a written-out form of that
 * very value (its day and year for a date, in any language's wording of the month) is replaced.
 * What it cannot place is left for `node scripts/check-translation.mjs <code>` to name.
 */
import { TEXT_VALUES } from '../src/i18n/textValues';

const MONTH = String.raw`[^\s\d.,،:;()]+(?:\/[^\s\d]+(?:\s(?:الأول|الثاني))?)?`;

/** A written-out date with the day and year of an ISO date, in the wording of most languages. */
function datePattern(iso: string, language: string): RegExp {
  const [y, , d] = iso.split('-').map(Number) as [number, number, number];
  if (language === 'zh') return new RegExp(String.raw`${y}\s*年\s*\d{1,2}\s*月\s*${d}\s*日`, 'gu');
  if (language === 'vi') return new RegExp(String.raw`${d}\s+tháng\s+\d{1,2}(?:\s+năm|,)\s+${y}`, 'gu');
  const common = String.raw`(?<!\d)${d}(?:er)?(?:\s+de)?\s+${MONTH}(?:\s+de)?,?\s+${y}(?:\s+(?:roku|года|року|г\.|р\.))?`;
  // Tamil also writes the year first ("2011 நவம்பர் 1"); Sorani may join the day to its ezafe ("6ی ئەپریلی 2016").
  if (language === 'ta') return new RegExp(String.raw`${y}\s+${MONTH}\s+${d}(?!\d)|${common}`, 'gu');
  if (language === 'ckb') return new RegExp(String.raw`(?<!\d)${d}ی\s+${MONTH}\s+${y}|${common}`, 'gu');
  return new RegExp(common, 'gu');
}

/** Words some translations write for pounds instead of the sign (Arabic, Persian, Pashto, Urdu, Chinese…). */
const POUND_WORDS = ['جنيه إسترليني', 'جنيهًا إسترلينيًا', 'جنيه', 'پوند', 'پونډه', 'پاؤنڈ', 'پاوەند', '英镑', 'GBP'];

/**
 * A whole number of pounds written out in any language's way: "£1,000", "£ 1.000", "1 000 £",
 * "1000 £", "1,000 پوند", "1,000 英镑". Not a part of a bigger number ("£5000" is not "£500").
 */
function amountPattern(pence: number): RegExp | null {
  if (pence % 100 !== 0) return null;
  const digits = String(pence / 100);
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, '[,.\\s\u00a0\u202f]?');
  const number = String.raw`(?<![\d.,]|\d[\s\u00a0\u202f])${grouped}(?![\d]|[.,]\d)`;
  const space = String.raw`[\s\u00a0\u202f\u200e\u200f]?`;
  const word = POUND_WORDS.join('|');
  return new RegExp(String.raw`£${space}${number}|${number}${space}(?:£|${word})`, 'gu');
}

/** The translation with each value its English holds as a placeholder put back as that placeholder. */
export function withPlaceholders(english: string, translated: string, language: string): string {
  let out = translated;
  for (const [, name, format] of english.matchAll(/\{\{\s*(\w+)\s*,\s*(\w+)\s*\}\}/g)) {
    const placeholder = `{{${name}, ${format}}}`;
    if (out.includes(placeholder)) continue;
    const value = TEXT_VALUES[name as keyof typeof TEXT_VALUES];
    if (format === 'date') out = out.replace(datePattern(String(value), language), placeholder);
    else if (format === 'money' && amountPattern(Number(value))) out = out.replace(amountPattern(Number(value))!, placeholder);
    else if (format === 'percent') out = out.replace(new RegExp(String.raw`%\s?${Number(value) * 100}|${Number(value) * 100}[\s\u00a0\u202f]?%`, 'g'), placeholder);
    if (language === 'zh') out = out.replace(/\s*(\{\{\w+, date\}\})\s*/g, '$1');
  }
  return out;
}
