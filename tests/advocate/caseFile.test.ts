import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CASE_FILE_MAX_BYTES, caseFileName, checkCase, LABEL_MAX_LENGTH, LETTER_MAX_LENGTH, parseCase, serializeCase, type CaseData } from '../../src/advocate/caseFile';
import { BILL_TEXT_MAX } from '../../src/advocate/bill';
import { LIMITS } from '../../src/advocate/contactLog';
import { SHEET_FIELDS, MAX_MONTHLY_PENCE } from '../../src/advocate/income';

const TODAY = '2026-11-23';

const data: CaseData = {
  label: 'AB maternity',
  answers: { audience: 'supporter', nation: 'england', care: 'maternity', collectors: ['letters', 'calls'], billAmount: 640000 },
  path: ['start', 'audience', 'nation', 'care'],
  log: [{ date: '2026-11-01', time: '10:00', who: 'Trust', how: 'letter', what: 'Invoice' }],
  sheet: { earnings: 100000, rent: 45000 },
  bill: { trust: 'Royal Example NHS Trust', invoiceNumber: 'INV-1', invoiceDate: '2026-10-30', amount: 640000, collector: 'ABC Collections', reference: 'R-77' },
  memberLanguage: 'ar',
  letters: { ovm: 'Dear Overseas Visitors Manager,\n\nMy edited letter.' },
};

test('a saved case opens to exactly the same case, with its label, bill, member language and edited letters', () => {
  const text = serializeCase(data, new Date('2026-11-23T10:00:00Z'));
  expect(JSON.parse(text)).toMatchObject({ schemaVersion: 2, savedAt: '2026-11-23T10:00:00.000Z', label: 'AB maternity', memberLanguage: 'ar' });
  expect(parseCase(text, TODAY)).toEqual({ ok: true, data });
});

test('amounts are saved as pence, so they mean the same whatever language opens them', () => {
  const text = serializeCase({ ...data, sheet: { earnings: '1 250,50', rent: '1,250', food: '' }, bill: { amount: '6.400' } });
  expect(JSON.parse(text).sheet).toEqual({ earnings: 125050, rent: 125000 });
  expect(JSON.parse(text).bill).toEqual({ amount: 640000 });
});

test('a file of version 1, as the guide saved them before, still opens: amounts typed in any language become pence', () => {
  const text = readFileSync(join(__dirname, 'fixtures/case-version-1.json'), 'utf8');
  const opened = parseCase(text, TODAY);
  expect(opened.ok).toBe(true);
  if (!opened.ok) return;
  expect(opened.data.label).toBe('');
  expect(opened.data.memberLanguage).toBeNull();
  expect(opened.data.log).toHaveLength(2);
  // "1,250" typed in English and "1250,50" in Spanish; "12 50" does not read and is kept as typed.
  expect(opened.data.sheet).toEqual({ earnings: 125000, benefits: 125050, rent: 45000, food: '12 50' });
});

const bad = (change: Record<string, unknown>) => JSON.stringify({ schemaVersion: 2, ...data, ...change });

test.each([
  ['not JSON', 'this is not json', 'not-json'],
  ['a JSON list', '[1,2]', 'not-json'],
  ['another version', bad({ schemaVersion: 3 }), 'wrong-version'],
  ['no version', JSON.stringify(data), 'wrong-version'],
  ['a missing field', JSON.stringify({ schemaVersion: 2, answers: {}, path: [], log: [], sheet: {} }), 'missing-field'],
  ['an unknown answer', bad({ answers: { care: 'dentist' } }), 'invalid-answer'],
  ['an answer to no question', bad({ answers: { result: 'exempt' } }), 'invalid-answer'],
  ['a broken log', bad({ log: [{ date: 'yesterday' }] }), 'invalid-log'],
  ['a log date in 2999', bad({ log: [{ ...data.log[0], date: '2999-01-01' }] }), 'invalid-log'],
  ['a log date after today', bad({ log: [{ ...data.log[0], date: '2026-11-24' }] }), 'invalid-log'],
  ['a log entry with markup in an extra field', bad({ log: [{ ...data.log[0], script: '<script>' }] }), 'invalid-log'],
  ['more log entries than the form allows', bad({ log: Array(LIMITS.entries + 1).fill(data.log[0]) }), 'invalid-log'],
  ['a sheet field that is not one', bad({ sheet: { salary: 100 } }), 'invalid-sheet'],
  ['a sheet amount as text', bad({ sheet: { earnings: '100' } }), 'invalid-sheet'],
  ['a sheet amount above the limit', bad({ sheet: { earnings: MAX_MONTHLY_PENCE + 1 } }), 'invalid-sheet'],
  ['a sheet amount in fractions of a penny', bad({ sheet: { earnings: 10.5 } }), 'invalid-sheet'],
  ['an unknown member language', bad({ memberLanguage: 'xx' }), 'invalid-case'],
  ['a letter that is not one', bad({ letters: { threat: 'x' } }), 'invalid-case'],
  ['a letter longer than the form allows', bad({ letters: { ovm: 'x'.repeat(LETTER_MAX_LENGTH + 1) } }), 'invalid-case'],
  ['a label longer than the form allows', bad({ label: 'x'.repeat(LABEL_MAX_LENGTH + 1) }), 'invalid-case'],
  ['a bill field that is not one', bad({ bill: { nhsNumber: '123' } }), 'invalid-case'],
  ['an invoice date after today', bad({ bill: { invoiceDate: '2999-01-01' } }), 'invalid-case'],
  ['a bill amount as text', bad({ bill: { amount: '640' } }), 'invalid-case'],
  ['a file that is too large', bad({ padding: 'x'.repeat(CASE_FILE_MAX_BYTES) }), 'too-large'],
])('refuses %s', (_name, text, error) => {
  expect(parseCase(text, TODAY)).toEqual({ ok: false, error });
});

test('the largest case the forms allow saves, and opens again', () => {
  // Three-byte characters in every field, at every field's maxlength, and the most log entries.
  const wide = (n: number) => '€'.repeat(n);
  const biggest: CaseData = {
    label: wide(LABEL_MAX_LENGTH),
    answers: data.answers,
    path: data.path,
    log: Array.from({ length: LIMITS.entries }, () => ({ date: TODAY, time: '23:59', who: wide(LIMITS.who), how: 'other' as const, what: wide(LIMITS.what) })),
    sheet: Object.fromEntries(SHEET_FIELDS.map((f) => [f, MAX_MONTHLY_PENCE])),
    bill: { trust: wide(BILL_TEXT_MAX), invoiceNumber: wide(BILL_TEXT_MAX), invoiceDate: TODAY, amount: 10_000_000_00, collector: wide(BILL_TEXT_MAX), reference: wide(BILL_TEXT_MAX) },
    memberLanguage: 'ti',
    letters: { ovm: wide(LETTER_MAX_LENGTH), collector: wide(LETTER_MAX_LENGTH), plan: wide(LETTER_MAX_LENGTH) },
  };
  expect(checkCase(biggest, TODAY)).toEqual([]);
  const text = serializeCase(biggest);
  const bytes = new Blob([text]).size;
  console.log(`The largest case the forms allow: ${bytes} bytes (limit ${CASE_FILE_MAX_BYTES})`);
  expect(bytes).toBeLessThan(CASE_FILE_MAX_BYTES);
  expect(parseCase(text, TODAY)).toEqual({ ok: true, data: biggest });
});

test('a case the file could not hold is explained before anything is written', () => {
  expect(checkCase({ ...data, label: '  ' }, TODAY)).toEqual(['label']);
  expect(checkCase({ ...data, sheet: { earnings: '12 50' } }, TODAY)).toEqual(['sheet']);
  expect(checkCase({ ...data, bill: { amount: 'lots' } }, TODAY)).toEqual(['bill']);
  expect(checkCase({ ...data, bill: { invoiceDate: '2026-12-01' } }, TODAY)).toEqual(['bill']);
});

test('the file is named after the label, the date and the time, so two cases saved on one day differ', () => {
  const morning = new Date(2026, 10, 23, 9, 5);
  const afternoon = new Date(2026, 10, 23, 14, 30);
  expect(caseFileName('AB maternity bill', morning)).toBe('nhs-charges-AB-maternity-bill-2026-11-23-0905.json');
  expect(caseFileName('AB maternity bill', afternoon)).not.toBe(caseFileName('AB maternity bill', morning));
  expect(caseFileName('CD', morning)).not.toBe(caseFileName('AB maternity bill', morning));
  expect(caseFileName('../../etc/passwd', morning)).toBe('nhs-charges-etc-passwd-2026-11-23-0905.json');
  expect(caseFileName('فاطمة / نوفمبر', morning)).toBe('nhs-charges-فاطمة-نوفمبر-2026-11-23-0905.json');
});
