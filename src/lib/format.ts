/**
 * Dates, times, weekdays, money and percentages in the reader's language: the one place the guide
 * turns a value into words (lists and language names, needed only on later pages, are in
 * ./formatMore). Intl does the work where the browser knows the
 * language; where it does not (Chromium has no data for Pashto, Sorani, Tigrinya, Somali or
 * Albanian, so Intl would answer in American English), ./formatTable gives the language's own
 * words, taken from CLDR and checked against it by tests/lib/format.test.ts. The table is not in the
 * first download: src/i18n/init.ts fetches it with the texts of a language that needs it, and hands
 * it over with addFormatTable before anything is drawn in that language.
 *
 * - Dates are Gregorian in every language (UK law and letters use it; Persian and Pashto would
 *   otherwise get the solar calendar), in the language's own month names.
 * - Times are 24-hour ("17:30"): no "PM" left in English in Urdu or Hindi, and nothing to reverse
 *   in right-to-left text.
 * - Money is always pounds with the pound sign (never "GBP" or "UK£"), placed and separated as the
 *   language writes currency; whole pounds have no pence.
 * - Arabic-script languages use Western digits, as their texts do for regulations and amounts.
 *
 * A language may be given as a code ("fa") or as an Intl locale from intlLocale ("fa-u-…").
 * Nothing here throws on a bad value: an unreadable date comes back as it was given.
 */

/** Languages written right to left: a value inside their texts is isolated (see isolate). */
export const RIGHT_TO_LEFT: readonly string[] = ['ar', 'fa', 'ps', 'ur', 'ckb'];
/** Arabic-script languages whose numbers the guide writes in Western digits: the same five. */
const WESTERN_DIGITS = RIGHT_TO_LEFT;

/** "fa" from "fa" or "fa-u-ca-gregory-nu-latn"; "zh" from "zh-Hans". */
export function baseLanguage(language: string): string {
  return language.split('-')[0]!;
}

/** The locale Intl formats a language with: British English, Simplified Chinese, Gregorian dates, Western digits in Arabic script. */
export function intlLocale(language: string): string {
  const code = baseLanguage(language);
  const tag = code === 'en' ? 'en-GB' : code === 'zh' ? 'zh-Hans' : code;
  return `${tag}-u-ca-gregory${WESTERN_DIGITS.includes(code) ? '-nu-latn' : ''}`;
}

export const isRightToLeft = (language: string) => RIGHT_TO_LEFT.includes(baseLanguage(language));

/**
 * A value placed inside a right-to-left text, between Unicode first-strong isolates (U+2068, U+2069):
 * "£1,000", "reg 10 (b)" or "09:00" keep their own order and never pull brackets or punctuation
 * across. Left-to-right languages get the value as it is.
 */
export function isolate(value: string, language: string): string {
  return isRightToLeft(language) ? `\u2068${value}\u2069` : value;
}

export interface Formatter {
  /** 'YYYY-MM-DD' as a long date, 'YYYY-MM' as month and year, 'YYYY' as a year. */
  date(iso: string): string;
  /** 'HH:MM' on a 24-hour clock. */
  time(hhmm: string): string;
  /** 0 is Monday. */
  weekday(day: number): string;
  money(pence: number): string;
  /** The number of pounds alone, as a money field shows it: "1,250.50", "1 250,50"; whole pounds without pence. */
  amount(pence: number): string;
  /** 1.5 is 150%. */
  percent(ratio: number): string;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})$/;
const utc = (y: number, m: number, d: number, h = 12, min = 0) => new Date(Date.UTC(y, m, d, h, min));

/** The parts of an ISO date, or null when it is not a real one. */
export function isoParts(iso: string): { y: number; m?: number; d?: number } | null {
  const match = ISO.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), match[2] && Number(match[2]) - 1, match[3] && Number(match[3])] as [number, number | undefined, number | undefined];
  if (m !== undefined && (m < 0 || m > 11)) return null;
  if (d !== undefined && utc(y, m!, d).getUTCDate() !== d) return null;
  return { y, m, d };
}

export function timeParts(hhmm: string): [number, number] | null {
  const match = TIME.exec(hhmm);
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h < 24 && m < 60 ? [h, m] : null;
}

export const pounds = (pence: number) => ({ value: pence / 100, fraction: pence % 100 === 0 ? 0 : 2 });

/** A value made the first time it is asked for: a page that writes one date builds one Intl object. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const YEAR_MARK = /^(ru|uk)\b/;

function intlFormatter(language: string): Formatter {
  const locale = intlLocale(language);
  const dates = (options: Intl.DateTimeFormatOptions) => once(() => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
  const long = dates({ dateStyle: 'long' });
  const monthYear = dates({ year: 'numeric', month: 'long' });
  const year = dates({ year: 'numeric' });
  const clock = dates({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const weekday = dates({ weekday: 'long' });
  const percent = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  const money = [0, 2].map((digits) => once(() => new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', minimumFractionDigits: digits, maximumFractionDigits: digits })));
  const amount = [0, 2].map((digits) => once(() => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return {
    date(iso) {
      const p = isoParts(iso);
      if (!p) return iso;
      if (p.m === undefined) return year().format(utc(p.y, 0, 1));
      const text = (p.d === undefined ? monthYear : long)().format(utc(p.y, p.m, p.d ?? 1));
      // Russian and Ukrainian end a date with "г."/"р." (year): left out, so that a date at the end
      // of a sentence does not read "2011 г.." and texts need not know which languages add it.
      return YEAR_MARK.test(locale) ? text.replace(/\s(г|р)\.$/u, '') : text;
    },
    time(hhmm) {
      const p = timeParts(hhmm);
      return p ? clock().format(utc(2024, 0, 1, ...p)) : hhmm;
    },
    weekday: (day) => weekday().format(utc(2024, 0, 1 + day)),
    money(pence) {
      const { value, fraction } = pounds(pence);
      // The pound sign whatever the language calls it ("GBP", "UK£", "£GB").
      return money[fraction ? 1 : 0]!()
        .formatToParts(value)
        .map((p) => (p.type === 'currency' ? '£' : p.value))
        .join('');
    },
    amount(pence) {
      const { value, fraction } = pounds(pence);
      return amount[fraction ? 1 : 0]!().format(value);
    },
    percent: (ratio) => percent().format(ratio),
  };
}

/** The languages ./formatTable writes (Chromium has no Intl data for them). */
export const TABLE_LANGUAGES: readonly string[] = ['ps', 'ckb', 'ti', 'so', 'sq'];
export const needsFormatTable = (language: string) => TABLE_LANGUAGES.includes(baseLanguage(language));

const tables = new Map<string, Formatter>();
const cache = new Map<string, Formatter>();

/** Hands over the table's formatters (tableFormatters() of src/lib/formatTable.ts) once fetched. */
export function addFormatTable(formatters: Record<string, Formatter>): void {
  for (const [code, formatter] of Object.entries(formatters)) tables.set(code, formatter);
}

/**
 * The formatter of a language: the table's for a language in the table (always, so every browser,
 * the prerendered page and the tests say the same; until the table has arrived, Intl's), otherwise
 * Intl's.
 */
export function formatterFor(language: string): Formatter {
  const code = baseLanguage(language);
  let formatter = tables.get(code) ?? cache.get(code);
  if (!formatter) cache.set(code, (formatter = intlFormatter(code)));
  return formatter;
}

/** Intl's formatter even for a language in the table: for the tests that hold the table to CLDR. */
export const intlFormatterFor = intlFormatter;

export const formatDate = (iso: string, language: string) => formatterFor(language).date(iso);
export const formatTime = (hhmm: string, language: string) => formatterFor(language).time(hhmm);
export const weekdayName = (day: number, language: string) => formatterFor(language).weekday(day);
export const formatMoney = (pence: number, language: string) => formatterFor(language).money(pence);
export const formatPercent = (ratio: number, language: string) => formatterFor(language).percent(ratio);
