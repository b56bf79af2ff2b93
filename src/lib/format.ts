/**
 * Dates, times, weekdays, money, percentages, lists and language names in the reader's language:
 * the one place the guide turns a value into words. Intl does the work where the browser knows the
 * language; where it does not (Chromium has no data for Pashto, Sorani, Tigrinya, Somali or
 * Albanian, so Intl would answer in American English), ./formatTable gives the language's own
 * words, taken from CLDR and checked against it by tests/lib/format.test.ts.
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
import { FORMAT_TABLE, type TableEntry } from './formatTable';

/** Languages written right to left: a value inside their texts is isolated (see isolate). */
export const RIGHT_TO_LEFT: readonly string[] = ['ar', 'fa', 'ps', 'ur', 'ckb'];
/** Arabic-script languages whose numbers the guide writes in Western digits. */
const WESTERN_DIGITS: readonly string[] = ['ar', 'fa', 'ps', 'ur', 'ckb'];

/** "fa" from "fa", "fa-u-ca-gregory-nu-latn" or "FA"; "zh" from "zh-Hans". */
export function baseLanguage(language: string): string {
  return language.split(/[-_]/)[0]!.toLowerCase();
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
  return isRightToLeft(language) && value !== '' ? `\u2068${value}\u2069` : value;
}

export interface Formatter {
  /** 'YYYY-MM-DD' as a long date, 'YYYY-MM' as month and year, 'YYYY' as a year. */
  date(iso: string): string;
  /** 'HH:MM' on a 24-hour clock. */
  time(hhmm: string): string;
  /** 0 is Monday. */
  weekday(day: number): string;
  money(pence: number): string;
  /** 1.5 is 150%. */
  percent(ratio: number): string;
  list(items: readonly string[]): string;
  /** A language's name, from its code ("cy" → "Welsh"). */
  languageName(code: string): string;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIME = /^(\d{1,2}):(\d{2})$/;
const utc = (y: number, m: number, d: number, h = 12, min = 0) => new Date(Date.UTC(y, m, d, h, min));

/** The parts of an ISO date, or null when it is not a real one. */
function isoParts(iso: string): { y: number; m?: number; d?: number } | null {
  const match = ISO.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), match[2] && Number(match[2]) - 1, match[3] && Number(match[3])] as [number, number | undefined, number | undefined];
  if (m !== undefined && (m < 0 || m > 11)) return null;
  if (d !== undefined && utc(y, m!, d).getUTCDate() !== d) return null;
  return { y, m, d };
}

function timeParts(hhmm: string): [number, number] | null {
  const match = TIME.exec(hhmm);
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h < 24 && m < 60 ? [h, m] : null;
}

const pounds = (pence: number) => ({ value: pence / 100, fraction: pence % 100 === 0 ? 0 : 2 });

function intlFormatter(language: string): Formatter {
  const locale = intlLocale(language);
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const names = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const money = [0, 2].map((digits) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', minimumFractionDigits: digits, maximumFractionDigits: digits }));
  return {
    date(iso) {
      const p = isoParts(iso);
      if (!p) return iso;
      if (p.m === undefined) return year.format(utc(p.y, 0, 1));
      return (p.d === undefined ? monthYear : long).format(utc(p.y, p.m, p.d ?? 1));
    },
    time(hhmm) {
      const p = timeParts(hhmm);
      return p ? clock.format(utc(2024, 0, 1, ...p)) : hhmm;
    },
    weekday: (day) => weekday.format(utc(2024, 0, 1 + day)),
    money(pence) {
      const { value, fraction } = pounds(pence);
      // The pound sign whatever the language calls it ("GBP", "UK£", "£GB").
      return money[fraction ? 1 : 0]!
        .formatToParts(value)
        .map((p) => (p.type === 'currency' ? '£' : p.value))
        .join('');
    },
    percent: (ratio) => percent.format(ratio),
    list: (items) => list.format(items),
    languageName: (code) => names.of(code) ?? code,
  };
}

/** Digits grouped in threes: "12,345"; with a minimum grouping of 2, "1234" stays whole. */
function formatNumber(value: number, fraction: number, entry: TableEntry): string {
  const [whole, decimals] = value.toFixed(fraction).split('.') as [string, string | undefined];
  const grouped = whole.length >= 3 + entry.minimumGrouping ? whole.replace(/\B(?=(\d{3})+$)/g, entry.group) : whole;
  return decimals ? `${grouped}${entry.decimal}${decimals}` : grouped;
}

const fill = (pattern: string, values: Record<string, string>) => pattern.replace(/\{(\w)\}/g, (_, k: string) => values[k] ?? '');

export function tableFormatter(entry: TableEntry): Formatter {
  const { list } = entry;
  return {
    date(iso) {
      const p = isoParts(iso);
      if (!p) return iso;
      if (p.m === undefined) return String(p.y);
      if (p.d === undefined) return fill(entry.monthYear, { m: (entry.monthsAlone ?? entry.months)[p.m]!, y: String(p.y) });
      return fill(entry.date, { d: String(p.d), m: entry.months[p.m]!, y: String(p.y) });
    },
    time(hhmm) {
      const p = timeParts(hhmm);
      return p ? p.map((n) => String(n).padStart(2, '0')).join(':') : hhmm;
    },
    weekday: (day) => entry.weekdays[day] ?? '',
    money(pence) {
      const { value, fraction } = pounds(pence);
      return fill(entry.money, { n: formatNumber(value, fraction, entry) });
    },
    percent: (ratio) => fill(entry.percent, { n: formatNumber(Math.round(ratio * 1000) / 10, Number.isInteger(ratio * 100) ? 0 : 1, entry) }),
    list(items) {
      if (items.length < 2) return items.join('');
      const last = fill(items.length === 2 ? list.two : list.last, { 0: items.at(-2)!, 1: items.at(-1)! });
      return [...items.slice(0, -2), last].join(list.separator);
    },
    languageName: (code) => entry.languages[code] ?? code,
  };
}

const cache = new Map<string, Formatter>();

/**
 * The formatter of a language: the table's when the language has an entry (always, so every
 * browser, the prerendered page and the tests say the same), otherwise Intl's.
 */
export function formatterFor(language: string): Formatter {
  const code = baseLanguage(language);
  let formatter = cache.get(code);
  if (!formatter) {
    const entry = FORMAT_TABLE[code];
    formatter = entry ? tableFormatter(entry) : intlFormatter(code);
    cache.set(code, formatter);
  }
  return formatter;
}

/** Intl's formatter even for a language in the table: for the tests that hold the table to CLDR. */
export const intlFormatterFor = intlFormatter;

export const formatDate = (iso: string, language: string) => formatterFor(language).date(iso);
export const formatTime = (hhmm: string, language: string) => formatterFor(language).time(hhmm);
export const weekdayName = (day: number, language: string) => formatterFor(language).weekday(day);
export const formatMoney = (pence: number, language: string) => formatterFor(language).money(pence);
export const formatPercent = (ratio: number, language: string) => formatterFor(language).percent(ratio);
export const formatList = (items: readonly string[], language: string) => formatterFor(language).list(items);
export const languageName = (code: string, language: string) => formatterFor(language).languageName(code);
