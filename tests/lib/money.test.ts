import { expect, test } from 'vitest';
import { formatPence, parseMoney } from '../../src/lib/money';

test.each([
  ['£1,200.50', 120050],
  ['1200', 120000],
  ['1 200', 120000],
  ['  £ 45.5 ', 4550],
  ['0', 0],
  ['１２００', 120000],
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
])('reads native digits: %s (%j)', (_name, input, pence) => {
  expect(parseMoney(input)).toEqual({ ok: true, pence });
});

test('reads the separators of the language the guide is in', () => {
  expect(parseMoney('1٬250٫50', { locale: 'ar' })).toEqual({ ok: true, pence: 125050 });
  expect(parseMoney('1,250.50', { locale: 'ar' })).toEqual({ ok: true, pence: 125050 });
  // Where the comma is the decimal separator, "12,50" is twelve pounds fifty.
  expect(parseMoney('12,50', { locale: 'fr' })).toEqual({ ok: true, pence: 1250 });
  expect(parseMoney('1.250,50', { locale: 'de' })).toEqual({ ok: true, pence: 125050 });
});

test('blank is allowed and means nothing was entered', () => {
  expect(parseMoney('   ')).toEqual({ ok: true, pence: null });
});

test.each([
  ['-5', 'negative'],
  ['−5', 'negative'],
  ['(5)', 'negative'],
  ['abc', 'not-a-number'],
  ['12a', 'not-a-number'],
  ['1.2.3', 'not-a-number'],
  ['<script>', 'not-a-number'],
  ['1.234', 'too-many-decimals'],
  ['99999999999', 'too-large'],
  ['1e9', 'not-a-number'],
  ['9'.repeat(400), 'too-large'],
  ['١٢٥٠abc', 'not-a-number'],
  ['١٫٢٫٣', 'not-a-number'],
])('refuses %j: %s', (input, error) => {
  expect(parseMoney(input)).toEqual({ ok: false, error });
});

test.each([
  // A comma that cannot be a thousands separator may be a decimal comma: 12.50 or 1250?
  ['12,50'],
  ['1,25'],
  ['1,20,0'],
  ['١٢،٥٠'],
  // Pence before pounds, as written where the comma is the decimal separator.
  ['1.250,50'],
])('refuses %j as ambiguous, rather than guess', (input) => {
  expect(parseMoney(input)).toEqual({ ok: false, error: 'ambiguous' });
});

test('formats pence as pounds', () => {
  expect(formatPence(120050)).toBe('£1,200.50');
  expect(formatPence(50000)).toBe('£500');
});
