import { expect, test } from 'vitest';
import { isValidEntry, toCsv, validateEntry, type ContactEntry } from '../../src/advocate/contactLog';

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
