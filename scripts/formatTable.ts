/**
 * Prints, from Node's full ICU data (CLDR), the entry of src/lib/formatTable.ts for a language:
 *
 *   npx tsx scripts/formatTable.ts ps ckb
 *
 * The table holds what the browser's own data lacks (Chromium has no ps, ckb, ti, so or sq: see
 * tests/e2e/intl.e2e.ts). tests/lib/format.test.ts checks every entry against Node's ICU, so an
 * entry is CLDR's words unless the table says why it differs.
 */
import { intlLocale } from '../src/lib/format';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d, 12));

/** A pattern with {d}, {m} and {y} from formatted parts. */
function pattern(parts: Intl.DateTimeFormatPart[]): string {
  return parts.map((p) => (p.type === 'day' ? '{d}' : p.type === 'month' ? '{m}' : p.type === 'year' ? '{y}' : p.value)).join('');
}

/** "A, B and C": the separator between the first items, and the patterns of the last two and of a pair. */
function listPatterns(list: (items: string[]) => string) {
  const three = list(['\u0000', '{0}', '{1}']);
  return { separator: three.slice(1, three.indexOf('{0}')), last: three.slice(three.indexOf('{0}')), two: list(['{0}', '{1}']) };
}

export function entryOf(code: string) {
  const locale = intlLocale(code);
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const monthYear = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const monthOf = (f: Intl.DateTimeFormat, m: number) => f.formatToParts(utc(2026, m, 15)).find((p) => p.type === 'month')!.value;
  const months = [...Array(12).keys()].map((m) => monthOf(long, m));
  const monthsAlone = [...Array(12).keys()].map((m) => monthOf(monthYear, m));
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const weekdays = [...Array(7).keys()].map((d) => weekday.format(utc(2024, 0, 1 + d)));
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', minimumFractionDigits: 0 }).formatToParts(5);
  const number = new Intl.NumberFormat(locale).formatToParts(12345.5);
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  return {
    date: pattern(long.formatToParts(utc(2026, 10, 3))),
    monthYear: pattern(monthYear.formatToParts(utc(2026, 10, 3))),
    months,
    ...(monthsAlone.join() !== months.join() ? { monthsAlone } : {}),
    weekdays,
    decimal: number.find((p) => p.type === 'decimal')!.value,
    group: number.find((p) => p.type === 'group')!.value,
    minimumGrouping: new Intl.NumberFormat(locale).format(1234).length === 4 ? 2 : 1,
    money: money.map((p) => (p.type === 'currency' ? '£' : p.type === 'integer' ? '{n}' : p.value)).join(''),
    percent: new Intl.NumberFormat(locale, { style: 'percent' }).format(1.5).replace('150', '{n}'),
    list: listPatterns(list),
    languages: Object.fromEntries(['en', 'cy'].map((c) => [c, new Intl.DisplayNames(locale, { type: 'language' }).of(c)])),
  };
}

if (process.argv[1]?.endsWith('formatTable.ts')) {
  for (const code of process.argv.slice(2)) console.log(code, JSON.stringify(entryOf(code), null, 2));
}
