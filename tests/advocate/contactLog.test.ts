import { expect, test } from 'vitest';
import { isValidEntry, localToday, toCsv, validateEntry, type ContactEntry } from '../../src/advocate/contactLog';
import { cleanText } from '../../src/lib/text';

const entry: ContactEntry = { date: '2026-11-20', time: '09:15', who: 'ABC Collections, Sam', how: 'phone', what: 'Asked for payment in full.' };

test('a complete entry is valid', () => {
  expect(validateEntry(entry, '2026-11-23')).toEqual({});
  expect(isValidEntry(entry)).toBe(true);
});

test.each([
  [{ date: '2026-02-30' }, { date: 'date' }],
  [{ date: '2026-12-01' }, { date: 'dateFuture' }],
  [{ time: '25:00' }, { time: 'time' }],
  [{ who: '  ' }, { who: 'who' }],
  [{ who: 'x'.repeat(121) }, { who: 'whoLong' }],
  [{ how: 'pigeon' }, { how: 'how' }],
  [{ what: '' }, { what: 'what' }],
])('%o is refused with %o', (change, errors) => {
  expect(validateEntry({ ...entry, ...change } as ContactEntry, '2026-11-23')).toEqual(errors);
});

test('the CSV is quoted and cannot start a spreadsheet formula', () => {
  const csv = toCsv([{ ...entry, who: '=HYPERLINK("x")', what: 'He said "pay now"' }], ['Date', 'Time', 'Who', 'How', 'What'], (m) => m);
  expect(csv).toBe('"Date","Time","Who","How","What"\r\n"2026-11-20","09:15","\'=HYPERLINK(""x"")","phone","He said ""pay now"""\r\n');
});

test('an entry with extra fields is not accepted from a file', () => {
  expect(isValidEntry({ ...entry, script: '<script>' })).toBe(false);
});

test("today is the person's own date, not UTC's: just after midnight in a British summer", () => {
  const original = process.env.TZ;
  process.env.TZ = 'Europe/London';
  try {
    // 00:30 on 1 July in London is still 30 June in UTC.
    const justAfterMidnight = new Date('2026-06-30T23:30:00Z');
    expect(localToday(justAfterMidnight)).toBe('2026-07-01');
    expect(validateEntry({ ...entry, date: '2026-07-01' }, localToday(justAfterMidnight))).toEqual({});
  } finally {
    process.env.TZ = original;
  }
});

test('an entry from a file is judged by the same rule: no date after today', () => {
  expect(isValidEntry({ ...entry, date: '2999-01-01' })).toBe(false);
  expect(isValidEntry({ ...entry, date: '2026-11-24' }, '2026-11-23')).toBe(false);
  expect(isValidEntry({ ...entry, date: '2026-11-23' }, '2026-11-23')).toBe(true);
});

test('text typed or pasted keeps new lines and tabs but no other control characters', () => {
  expect(cleanText('a\u0000b\u0007c\r\nd\te\u009f')).toBe('abc\nd\te');
  expect(cleanText('x\ud800y')).toBe('x\ufffdy');
});
