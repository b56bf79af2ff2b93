/**
 * Dates, times, money and lists in the reader's language. The table for the languages the browser
 * lacks is held to CLDR (Node's full ICU data has them all), so it is the language's own words, not
 * a guess and not English.
 */
import { describe, expect, test } from 'vitest';
import { FORMAT_TABLE, tableFormatters } from '../../src/lib/formatTable';
import {
  addFormatTable,
  TABLE_LANGUAGES,
  formatDate,
  formatMoney,
  formatPercent,
  formatTime,
  formatterFor,
  intlFormatterFor,
  isolate,
  weekdayName,
} from '../../src/lib/format';
import { formatList, intlLists, languageName } from '../../src/lib/formatMore';
import { LANGUAGES, LANGUAGE_CODES } from '../../src/i18n/languages';
import { ORGANISATIONS } from '../../src/organisations/data';

// As src/i18n/init.ts does when a language in the table is loaded.
addFormatTable(tableFormatters());
const TABLE = Object.keys(FORMAT_TABLE);
const OTHERS = LANGUAGE_CODES.filter((c) => c !== 'en');
const ENGLISH_MONTHS = /January|February|March|April|May|June|July|August|September|October|November|December/;

describe('the table for languages the browser lacks matches CLDR', () => {
  test('the languages the formatter expects in the table are the ones it has', () => {
    expect([...TABLE_LANGUAGES].sort()).toEqual([...TABLE].sort());
  });

  test('Node has full ICU data for every language in the table (otherwise this check proves nothing)', () => {
    for (const code of TABLE) expect(Intl.DateTimeFormat.supportedLocalesOf([code]), code).toEqual([code]);
  });

  describe.each(TABLE)('%s', (code) => {
    const table = formatterFor(code);
    const cldr = intlFormatterFor(code);

    test('every month, in a date and with a year alone, and every weekday', () => {
      for (let m = 1; m <= 12; m++) {
        const month = String(m).padStart(2, '0');
        expect(table.date(`2026-${month}-03`)).toBe(cldr.date(`2026-${month}-03`));
        expect(table.date(`2011-${month}-23`)).toBe(cldr.date(`2011-${month}-23`));
        expect(table.date(`2016-${month}`)).toBe(cldr.date(`2016-${month}`));
      }
      expect(table.date('2020')).toBe(cldr.date('2020'));
      for (let d = 0; d < 7; d++) expect(table.weekday(d)).toBe(cldr.weekday(d));
    });

    test('times, amounts and percentages', () => {
      for (const time of ['00:00', '09:05', '12:30', '17:00', '23:59']) expect(table.time(time)).toBe(cldr.time(time));
      for (const pence of [0, 5, 50_00, 500_00, 1000_00, 1250_50, 12345_00, 100_000_00, 1_234_567_89]) expect(table.money(pence), `${pence}p`).toBe(cldr.money(pence));
      for (const ratio of [1.5, 0.25, 1, 0.125]) expect(table.percent(ratio)).toBe(cldr.percent(ratio));
    });

    test('lists and the names of the languages organisations speak', () => {
      const [table, cldr] = [{ list: (l: string[]) => formatList(l, code), languageName: (c: string) => languageName(c, code) }, intlLists(code)];
      const lists = [['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']];
      // CLDR has no list patterns for Sorani: ICU answers in English, the table in Sorani.
      if (code === 'ckb') {
        expect(cldr.list(['a', 'b'])).toBe('a and b');
        expect(lists.map((l) => table.list(l))).toEqual(['a', 'a و b', 'a، b و c', 'a، b، c و d']);
      } else for (const list of lists) expect(table.list(list)).toBe(cldr.list(list));
      const spoken = new Set(ORGANISATIONS.flatMap((o) => o.languages?.list ?? []));
      for (const language of spoken) expect(table.languageName(language), language).toBe(cldr.languageName(language));
    });
  });
});

describe.each(LANGUAGE_CODES)('%s', (code) => {
  test('dates are Gregorian, in the language’s own month names', () => {
    const date = formatDate('2026-11-23', code);
    expect(date).toMatch(/2026|২০২৬/);
    if (code !== 'en') expect(date).not.toMatch(ENGLISH_MONTHS);
    expect(formatDate('2016-04', code)).toMatch(/2016|২০১৬/);
  });

  test('money is pounds with the pound sign, never GBP, and whole pounds have no pence', () => {
    for (const pence of [500_00, 1000_00, 1250_50]) {
      const text = formatMoney(pence, code);
      expect(text).toContain('£');
      expect(text).not.toMatch(/GBP|UK|GB/);
    }
    expect(formatMoney(1000_00, code)).not.toMatch(/[.,٫]0?0\D*$/);
  });

  test('times are on a 24-hour clock, with no English "AM" or "PM"', () => {
    expect(formatTime('17:30', code)).toMatch(/17:30|১৭:৩০/);
    expect(formatTime('09:00', code)).not.toMatch(/AM|PM/i);
  });

  test('weekday names, lists and language names are the language’s own (not English) where it has its own', () => {
    if (code === 'en' || LANGUAGES[code].script === 'Latin') return;
    expect(weekdayName(0, code)).not.toMatch(/[A-Za-z]/);
    expect(formatList(['x', 'y'], code)).not.toMatch(/\band\b/);
    expect(languageName('cy', code)).not.toMatch(/[A-Za-z]/);
  });
});

describe('what the reader sees in English and in a few others', () => {
  test('English', () => {
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
    expect(formatDate('2016-04', 'en')).toBe('April 2016');
    expect(formatMoney(1000_00, 'en')).toBe('£1,000');
    expect(formatMoney(1250_50, 'en')).toBe('£1,250.50');
    expect(formatPercent(1.5, 'en')).toBe('150%');
    expect(formatList(['Monday', 'Friday'], 'en')).toBe('Monday and Friday');
  });

  test('a comma where the language has a decimal comma, so £1,000 never reads as one pound', () => {
    expect(formatMoney(1000_00, 'fr')).toMatch(/^1\s000\s£$/);
    expect(formatMoney(1000_00, 'es')).toBe('1000\u00a0£');
    expect(formatMoney(1250_50, 'pl')).toBe('1250,50\u00a0£');
    expect(formatMoney(1250_50, 'uk')).toMatch(/^1\s250,50\s£$/);
    expect(formatMoney(1000_00, 'sq')).toBe('1000\u00a0£');
    expect(formatMoney(12345_00, 'sq')).toBe('12\u00a0345\u00a0£');
  });

  test('the languages the browser lacks, in their own words', () => {
    expect(formatDate('2026-11-23', 'ti')).toBe('ሕዳር 23, 2026');
    expect(formatDate('2026-11-23', 'ckb')).toBe('23ی تشرینی دووەمی 2026');
    expect(formatDate('2026-11-23', 'so')).toBe('Noofeembar 23, 2026');
    expect(weekdayName(0, 'ps')).toBe('دونۍ');
    expect(formatMoney(1000_00, 'ps')).toBe('£\u00a01.000');
  });

  test('Persian and Pashto dates are Gregorian, in Western digits', () => {
    expect(formatDate('2026-11-23', 'fa')).toBe('23 نوامبر 2026');
    expect(formatDate('2026-11-23', 'ps')).toBe('2026 نومبر 23');
  });

  test('a value that is not a date or a time comes back as it was', () => {
    expect(formatDate('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDate('undated', 'fa')).toBe('undated');
    expect(formatTime('25:00', 'ti')).toBe('25:00');
  });

  test('a value inside right-to-left text is isolated; in left-to-right text it is left alone', () => {
    expect(isolate('£1,000', 'fa')).toBe('\u2068£1,000\u2069');
    expect(isolate('reg 10', 'ckb-u-nu-latn')).toBe('\u2068reg 10\u2069');
    expect(isolate('£1,000', 'ti')).toBe('£1,000');
  });

  test('the languages that are isolated are the right-to-left ones', () => {
    for (const code of LANGUAGE_CODES) expect(isolate('x', code) !== 'x', code).toBe(LANGUAGES[code].dir === 'rtl');
  });

  test('every other language either has Intl data in Node or an entry in the table', () => {
    for (const code of OTHERS) expect(Intl.DateTimeFormat.supportedLocalesOf([code]).length > 0 || code in FORMAT_TABLE, code).toBe(true);
  });
});
