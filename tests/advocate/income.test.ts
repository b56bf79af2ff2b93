import { expect, test } from 'vitest';
import { computeSheet } from '../../src/advocate/income';

test('adds up income and costs, and suggests at most the whole pounds left over', () => {
  const r = computeSheet({ earnings: '£1,200.50', benefits: '300', rent: '650', energy: '', food: '250.25', personal: '40' });
  expect(r).toEqual({ ok: true, result: { totals: { income: 150050, fixed: 65000, flexible: 29025 }, surplus: 56025, suggestedInstalment: 56000 } });
});

test('a blank sheet is zero everywhere, and nothing is suggested', () => {
  expect(computeSheet({})).toEqual({ ok: true, result: { totals: { income: 0, fixed: 0, flexible: 0 }, surplus: 0, suggestedInstalment: 0 } });
});

test('costs above income leave nothing to offer', () => {
  const r = computeSheet({ earnings: '800', rent: '900' });
  expect(r.ok && r.result).toMatchObject({ surplus: -10000, suggestedInstalment: 0 });
});

test.each([
  ['-5', 'negative'],
  ['abc', 'not-a-number'],
  ['9999999', 'too-large'],
  ['12.345', 'too-many-decimals'],
])('refuses %j in a field, naming the field', (value, error) => {
  expect(computeSheet({ earnings: '100', water: value })).toEqual({ ok: false, errors: { water: error } });
});
