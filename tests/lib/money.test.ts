import { describe, expect, onTestFinished, test } from 'vitest';
import { formatAmount, formatPence, moneyExamples, parseMoney } from '../../src/lib/money';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { addFormatTable, intlLocale, TABLE_LANGUAGES } from '../../src/lib/format';
import { tableFormatters } from '../../src/lib/formatTable';

test.each([
  ['£1,200.50', 120050],
  ['1200', 120000],
  ['1 200', 120000],
  ['  £ 45.5 ', 4550],
  ['0', 0],
  ['0.5', 50],
  ['１２００', 120000],
  ['1250 GBP', 125000],
])('reads %j as %i pence', (input, pence) => {
  expect(parseMoney(input)).toEqual({ ok: true, pence });
});

test.each([
  ['Arabic-Indic', '١٢٥٠', 125000],
  ['Arabic-Indic with the Arabic thousands and decimal separators', '١٬٢٥٠٫٥٠', 125050],
  ['Persian', '۱۲۵۰', 125000],
  ['Persian with separators', '۱٬۲۵۰٫۷۵', 125075],
  ['Persian and Arabic-Indic mixed, as a Persian keyboard types', '۱۲٥٠', 125000],
  ['Devanagari', '१२५०', 125000],
  ['Devanagari in lakhs', '१,२०,०००', 12000000],
  ['Bengali', '১২৫০.৫', 125050],
  ['Bengali in lakhs', '১,২০,০০০', 12000000],
  ['fullwidth with a fullwidth comma', '１，２５０．５０', 125050],
  ['Arabic-Indic after a pound sign', '£ ١٢٥٠', 125000],
  ['Arabic-Indic with a no-break space between thousands', '١\u00a0٢٥٠', 125000],
  ['Arabic-Indic with the Arabic comma before the pence', '١٢،٥٠', 1250],
])('reads native digits: %s (%j)', (_name, input, pence) => {
  expect(parseMoney(input)).toEqual({ ok: true, pence });
});

describe('a point or comma before one or two final digits is the pence; before three, a thousands group', () => {
  test.each([
    ['12,50', 1250],
    ['12.50', 1250],
    ['1,25', 125],
    ['1250,5', 125050],
    ['1,250', 125000],
    ['1.250', 125000],
    ['1.250,50', 125050],
    ['1,250.50', 125050],
    ['1.234.567,89', 123456789],
    ['12,34,567.50', 123456750],
  ])('%j is %i pence', (input, pence) => {
    expect(parseMoney(input)).toEqual({ ok: true, pence });
  });
});

describe('spaces count only where they group thousands', () => {
  test.each([
    ['1 250', 125000],
    ['1\u00a0250,50', 125050],
    ['1\u202f250,50', 125050],
    ['1 250 000', 125000000],
    ['1 250.50', 125050],
  ])('%j is %i pence', (input, pence) => {
    expect(parseMoney(input)).toEqual({ ok: true, pence });
  });
  test.each([['12 50'], ['1 2500'], ['1 25 000'], ['1 250 50']])('%j is refused', (input) => {
    expect(parseMoney(input)).toEqual({ ok: false, error: 'ambiguous' });
  });
});

test.each([
  ['a right-to-left mark', '\u200f1,250'],
  ['an Arabic letter mark', '\u061c١٢٥٠'],
  ['a left-to-right mark in the middle', '1,\u200e250'],
  ['a zero-width space', '1\u200b250'],
  ['a zero-width joiner and a byte order mark', '\ufeff12\u200d50'],
  ['isolates around the amount', '\u20681250\u2069'],
])('ignores %s', (_name, input) => {
  expect(parseMoney(input)).toEqual({ ok: true, pence: 125000 });
});

test('blank is allowed and means nothing was entered', () => {
  expect(parseMoney('   ')).toEqual({ ok: true, pence: null });
  expect(parseMoney('\u200f')).toEqual({ ok: true, pence: null });
});

test.each([
  ['-5', 'negative'],
  ['−5', 'negative'],
  ['(5)', 'negative'],
  ['£-5', 'negative'],
  ['abc', 'not-a-number'],
  ['12a', 'not-a-number'],
  ['<script>', 'not-a-number'],
  ['1.2345', 'too-many-decimals'],
  ['1٫234', 'too-many-decimals'],
  ['99999999999', 'too-large'],
  ['1e9', 'not-a-number'],
  ['9'.repeat(400), 'too-large'],
  ['١٢٥٠abc', 'not-a-number'],
  ['١٫٢٫٣', 'not-a-number'],
  ['.50', 'not-a-number'],
  ['1,,250', 'not-a-number'],
  ['superscript digits ¹²⁵⁰', 'not-a-number'],
  ['¹²⁵⁰', 'not-a-number'],
  ['①②⑤⓪', 'not-a-number'],
  ['1²50', 'not-a-number'],
  ['1\t250', 'not-a-number'],
])('refuses %j: %s', (input, error) => {
  expect(parseMoney(input)).toEqual({ ok: false, error });
});

test.each([
  // Which point starts the pence?
  ['1.250.50'],
  ['1,250,50'],
  ['1.2.3'],
  ['1,20,0'],
  // Groups of two or four, or a group that starts with 0, are no thousands.
  ['1,25,00'],
  ['0,250'],
  // Two kinds of group separator.
  ['1,250.000'],
  ['1٫250٬5'],
])('refuses %j as ambiguous, rather than guess', (input) => {
  expect(parseMoney(input)).toEqual({ ok: false, error: 'ambiguous' });
});

test('a limit can be set', () => {
  expect(parseMoney('100,000', { maxPence: 100_000_00 })).toEqual({ ok: true, pence: 100_000_00 });
  expect(parseMoney('100,000.01', { maxPence: 100_000_00 })).toEqual({ ok: false, error: 'too-large' });
});

test('formats pence as pounds', () => {
  expect(formatPence(120050)).toBe('£1,200.50');
  expect(formatPence(50000)).toBe('£500');
});

describe.each(LANGUAGE_CODES)('in %s', (code) => {
  const locale = intlLocale(code);
  test("the hint's and errors' examples are written in the language's own conventions and are read back", () => {
    const examples = moneyExamples(locale);
    expect(examples.whole).toBe(new Intl.NumberFormat(locale).format(1250));
    expect(parseMoney(examples.whole)).toEqual({ ok: true, pence: 125000 });
    expect(parseMoney(examples.pence)).toEqual({ ok: true, pence: 125050 });
  });
  test('the English examples mean the same as in English', () => {
    expect(parseMoney('1,250')).toEqual({ ok: true, pence: 125000 });
    expect(parseMoney('1250.50')).toEqual({ ok: true, pence: 125050 });
  });
  test.each([0, 5, 99, 100, 125050, 100_000_00, 123_456_789, 10_000_000_00])('an amount shown back (%i pence) reads as the same amount', (pence) => {
    const shown = formatAmount(pence, locale);
    expect(parseMoney(shown)).toEqual({ ok: true, pence });
    // And as a currency, with its sign wherever the language puts it.
    expect(parseMoney(formatPence(pence, locale).replace(/GBP|UK|GB/, ''))).toEqual({ ok: true, pence });
  });
});

// Last in this file: it hands the format table over, as the app does once such a language's texts arrive.
describe('in the languages the browser has no number data for', () => {
  test('a money field shows an amount with the same separators as every other amount, and reads it back', () => {
    addFormatTable(tableFormatters());
    // As in Chromium, which formats these languages as American English (Node has their data).
    const RealNumberFormat = Intl.NumberFormat;
    const browserLike = (locale?: string | string[], options?: Intl.NumberFormatOptions) =>
      new RealNumberFormat(TABLE_LANGUAGES.includes(String(locale).split('-')[0]!) ? 'en-US' : locale, options);
    Intl.NumberFormat = browserLike as unknown as typeof Intl.NumberFormat;
    onTestFinished(() => {
      Intl.NumberFormat = RealNumberFormat;
    });
    expect(formatAmount(125050, 'ps')).toBe('1.250,50');
    expect(formatAmount(125050, 'sq')).toBe('1250,50');
    expect(formatAmount(1_250_000_00, 'sq')).toBe('1\u00a0250\u00a0000');
    expect(formatAmount(125050, 'so')).toBe('1,250.50');
    for (const code of TABLE_LANGUAGES) {
      // The same digits and separators as the amount inside a sentence ("1.250,50 £" in Pashto).
      expect(formatPence(125050, code)).toContain(formatAmount(125050, code));
      for (const pence of [5, 125000, 125050, 123_456_789]) expect(parseMoney(formatAmount(pence, code)), `${code} ${pence}`).toEqual({ ok: true, pence });
    }
  });
});
