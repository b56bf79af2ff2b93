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

test('blank is allowed and means nothing was entered', () => {
  expect(parseMoney('   ')).toEqual({ ok: true, pence: null });
});

test.each([
  ['-5', 'negative'],
  ['−5', 'negative'],
  ['(5)', 'negative'],
  ['abc', 'not-a-number'],
  ['12a', 'not-a-number'],
  ['1,20,0', 'not-a-number'],
  ['1.2.3', 'not-a-number'],
  ['<script>', 'not-a-number'],
  ['1.234', 'too-many-decimals'],
  ['99999999999', 'too-large'],
  ['1e9', 'not-a-number'],
  ['9'.repeat(400), 'too-large'],
])('refuses %j: %s', (input, error) => {
  expect(parseMoney(input)).toEqual({ ok: false, error });
});

test('formats pence as pounds', () => {
  expect(formatPence(120050)).toBe('£1,200.50');
  expect(formatPence(50000)).toBe('£500');
});
