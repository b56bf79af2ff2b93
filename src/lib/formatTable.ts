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
