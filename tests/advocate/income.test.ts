import { expect, test } from 'vitest';
import { computeSheet, settleSheet, sheetCsv } from '../../src/advocate/income';

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
  ['12.3456', 'too-many-decimals'],
  ['12 50', 'ambiguous'],
])('refuses %j in a field, naming the field', (value, error) => {
  expect(computeSheet({ earnings: '100', water: value })).toEqual({ ok: false, errors: { water: error } });
});

test('amounts once read are kept as pence; blank fields go; what cannot be read stays as typed', () => {
  expect(settleSheet({ earnings: '1 250,50', benefits: '1,250', rent: 45000, water: '', food: '12 50' })).toEqual({ earnings: 125050, benefits: 125000, rent: 45000, food: '12 50' });
});

test('amounts kept as pence add up like typed ones', () => {
  expect(computeSheet({ earnings: 150050, rent: '650' })).toMatchObject({ ok: true, result: { surplus: 85050 } });
});

test('the sheet downloads as a spreadsheet with every amount and the totals', () => {
  const csv = sheetCsv({ earnings: 120050, rent: '650' }, (key) => key);
  expect(csv.split('\r\n')).toEqual([
    '"group","item","amount"',
    '"groups.income","fields.earnings","1200.50"',
    '"groups.fixed","fields.rent","650.00"',
    '"groups.income","total","1200.50"',
    '"groups.fixed","total","650.00"',
    '"groups.flexible","total","0.00"',
    '"","left","550.50"',
    '',
  ]);
});
