/**
 * Dates, times and money in the languages the browser has no Intl data for, in their own words:
 * fetched only with the texts of such a language (see src/i18n/init.ts), never in the first download.
 */
import { isoParts, pounds, timeParts, type Formatter } from './format';
import type { Lists } from './formatMore';

export interface TableEntry {
  /** The long date, with {d}, {m} (a name from `months`) and {y}. */
  date: string;
  /** Month and year, with {m} (from `monthsAlone`, or `months`) and {y}. */
  monthYear: string;
  months: readonly string[];
  monthsAlone?: readonly string[];
  /** Monday first. */
  weekdays: readonly string[];
  decimal: string;
  group: string;
  /** 2 when a four-digit number is written without a group separator ("1250"). */
  minimumGrouping: 1 | 2;
  /** With {n}, the amount. */
  money: string;
  /** With {n}, the number of percent. */
  percent: string;
  /** "A, B and C": the separator between the first items, the last two ({0}, {1}), a pair. */
  list: { separator: string; last: string; two: string };
  /** The names of the languages organisations list (src/organisations/records). */
  languages: Record<string, string>;
}

/**
 * The language's own words where the browser has none: from CLDR (Node's full ICU data, by
 * `npx tsx scripts/formatTable.ts <code>`), and held to it by tests/lib/format.test.ts. Only
 * the differences from CLDR are written by hand, each with its reason.
 */
export const FORMAT_TABLE: Record<string, TableEntry> = {
  /** Pashto (Chromium has no ps data). */
  ps: {
    date: '{y} {m} {d}',
    monthYear: '{y} {m}',
    months: ['جنوري', 'فبروري', 'مارچ', 'اپریل', 'مۍ', 'جون', 'جولای', 'اګست', 'سېپتمبر', 'اکتوبر', 'نومبر', 'دسمبر'],
    weekdays: ['دونۍ', 'درېنۍ', 'څلرنۍ', 'پينځنۍ', 'جمعه', 'اونۍ', 'يونۍ'],
    decimal: ',',
    group: '.',
    minimumGrouping: 1,
    money: '£\u00a0{n}',
    percent: '{n}%',
    list: { separator: '، ', last: '{0}، او {1}', two: '{0} او {1}' },
    languages: { en: 'انګليسي', cy: 'ويلشي' },
  },
  /** Sorani Kurdish (Chromium has no ckb data). CLDR has no list patterns for Sorani (ICU answers "A, B, and C" in English): "و" is Sorani's "and", "،" its comma. */
  ckb: {
    date: '{d}ی {m}ی {y}',
    monthYear: '{y} {m}',
    months: ['کانوونی دووەم', 'شوبات', 'ئازار', 'نیسان', 'ئایار', 'حوزەیران', 'تەمووز', 'ئاب', 'ئەیلوول', 'تشرینی یەکەم', 'تشرینی دووەم', 'کانونی یەکەم'],
    weekdays: ['دووشەممە', 'سێشەممە', 'چوارشەممە', 'پێنجشەممە', 'ھەینی', 'شەممە', 'یەکشەممە'],
    decimal: '.',
    group: ',',
    minimumGrouping: 1,
    money: '£\u00a0{n}',
    percent: '{n}%',
    list: { separator: '، ', last: '{0} و {1}', two: '{0} و {1}' },
    languages: { en: 'ئینگلیزی', cy: 'وێلزی' },
  },
  /** Tigrinya (Chromium has no ti data): the Gregorian months by their Tigrinya names. */
  ti: {
    date: '{m} {d}, {y}',
    monthYear: '{m} {y}',
    months: ['ጥሪ', 'ለካቲት', 'መጋቢት', 'ሚያዝያ', 'ጉንበት', 'ሰነ', 'ሓምለ', 'ነሓሰ', 'መስከረም', 'ጥቅምቲ', 'ሕዳር', 'ታሕሳስ'],
    weekdays: ['ሰኑይ', 'ሰሉስ', 'ረቡዕ', 'ሓሙስ', 'ዓርቢ', 'ቀዳም', 'ሰንበት'],
    decimal: '.',
    group: ',',
    minimumGrouping: 1,
    money: '£{n}',
    percent: '{n}%',
    list: { separator: '፣ ', last: '{0}ን {1}ን', two: '{0}ን {1}ን' },
    languages: { en: 'እንግሊዝኛ', cy: 'ዌልስኛ' },
  },
  /** Somali (Chromium has no so data). */
  so: {
    date: '{m} {d}, {y}',
    monthYear: '{m} {y}',
    months: ['Janaayo', 'Febraayo', 'Maarso', 'Abriil', 'Maayo', 'Juun', 'Luulyo', 'Agosto', 'Sebtembar', 'Oktoobar', 'Noofeembar', 'Diseembar'],
    weekdays: ['Isniin', 'Talaado', 'Arbaco', 'Khamiis', 'Jimco', 'Sabti', 'Axad'],
    decimal: '.',
    group: ',',
    minimumGrouping: 1,
    money: '£{n}',
    percent: '{n}%',
    list: { separator: ', ', last: '{0} iyo {1}', two: '{0} iyo {1}' },
    languages: { en: 'Ingiriisi', cy: 'Welsh' },
  },
  /** Albanian (Chromium has no sq data). */
  sq: {
    date: '{d} {m} {y}',
    monthYear: '{m} {y}',
    months: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
    weekdays: ['e hënë', 'e martë', 'e mërkurë', 'e enjte', 'e premte', 'e shtunë', 'e diel'],
    decimal: ',',
    group: '\u00a0',
    minimumGrouping: 2,
    money: '{n}\u00a0£',
    percent: '{n}%',
    list: { separator: ', ', last: '{0} dhe {1}', two: '{0} dhe {1}' },
    languages: { en: 'anglisht', cy: 'uellsisht' },
  },
};

/** Digits grouped in threes: "12,345"; with a minimum grouping of 2, "1234" stays whole. */
function formatNumber(value: number, fraction: number, entry: TableEntry): string {
  const [whole, decimals] = value.toFixed(fraction).split('.') as [string, string | undefined];
  const grouped = whole.length >= 3 + entry.minimumGrouping ? whole.replace(/\B(?=(\d{3})+$)/g, entry.group) : whole;
  return decimals ? `${grouped}${entry.decimal}${decimals}` : grouped;
}

const fill = (pattern: string, values: Record<string, string>) => pattern.replace(/\{(\w)\}/g, (_, k: string) => values[k] ?? '');

function tableFormatter(entry: TableEntry): Formatter & Lists {
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
    amount(pence) {
      const { value, fraction } = pounds(pence);
      return formatNumber(value, fraction, entry);
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

/** A formatter for each language of the table, for addFormatTable. */
export const tableFormatters = (): Record<string, Formatter & Lists> => Object.fromEntries(Object.entries(FORMAT_TABLE).map(([code, entry]) => [code, tableFormatter(entry)]));
