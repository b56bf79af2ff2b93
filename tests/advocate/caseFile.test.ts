import { expect, test } from 'vitest';
import { parseCase, serializeCase, type CaseData } from '../../src/advocate/caseFile';

const data: CaseData = {
  answers: { audience: 'supporter', nation: 'england', care: 'maternity', collectors: ['letters', 'calls'], billAmount: 640000 },
  path: ['start', 'audience', 'nation', 'care'],
  log: [{ date: '2026-11-01', time: '10:00', who: 'Trust', how: 'letter', what: 'Invoice' }],
  sheet: { earnings: '1,000', rent: '£450' },
};

test('a saved case opens to exactly the same case', () => {
  const text = serializeCase(data, new Date('2026-11-23T10:00:00Z'));
  expect(JSON.parse(text)).toMatchObject({ schemaVersion: 1, savedAt: '2026-11-23T10:00:00.000Z' });
  expect(parseCase(text)).toEqual({ ok: true, data });
});

const bad = (change: Record<string, unknown>) => JSON.stringify({ schemaVersion: 1, ...data, ...change });

test.each([
  ['not JSON', 'this is not json', 'not-json'],
  ['a JSON list', '[1,2]', 'not-json'],
  ['another version', bad({ schemaVersion: 2 }), 'wrong-version'],
  ['no version', JSON.stringify(data), 'wrong-version'],
  ['a missing field', JSON.stringify({ schemaVersion: 1, answers: {}, path: [], log: [] }), 'missing-field'],
  ['an unknown answer', bad({ answers: { care: 'dentist' } }), 'invalid-answer'],
  ['an answer to no question', bad({ answers: { result: 'exempt' } }), 'invalid-answer'],
  ['a broken log', bad({ log: [{ date: 'yesterday' }] }), 'invalid-log'],
  ['a broken sheet', bad({ sheet: { salary: '100' } }), 'invalid-sheet'],
  ['a file that is too large', bad({ padding: 'x'.repeat(210_000) }), 'too-large'],
])('refuses %s', (_name, text, error) => {
  expect(parseCase(text)).toEqual({ ok: false, error });
});
