// @vitest-environment jsdom
import { afterEach, expect, test } from 'vitest';
import { forgetProgress, loadProgress, parseProgress, saveProgress, STORAGE_KEY } from '../../src/privacy/savedProgress';

afterEach(() => localStorage.clear());

test('saves, loads and forgets', () => {
  const saved = { answers: { audience: 'self', nation: 'wales' } as const, path: ['start', 'audience', 'nation', 'care'] as const };
  expect(saveProgress({ answers: saved.answers, path: [...saved.path] })).toBe(true);
  expect(loadProgress()).toEqual({ answers: saved.answers, path: saved.path });
  forgetProgress();
  expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
});

test.each([
  ['not JSON', '{'],
  ['another version', JSON.stringify({ version: 2, answers: {}, path: ['start'] })],
  ['an unknown step', JSON.stringify({ version: 1, answers: {}, path: ['start', 'elsewhere'] })],
  ['an answer outside the vocabulary', JSON.stringify({ version: 1, answers: { care: '<img src=x>' }, path: ['start'] })],
  ['an answer to something that is not a question', JSON.stringify({ version: 1, answers: { result: 'x' }, path: ['start'] })],
  ['a prototype trick', '{"version":1,"answers":{"__proto__":{"x":1}},"path":["start"]}'],
  ['too much', JSON.stringify({ version: 1, answers: {}, path: ['start'], pad: 'x'.repeat(30_000) })],
])('refuses %s', (_name, text) => {
  expect(parseProgress(text)).toBeNull();
});

test('nothing saved reads as nothing', () => {
  expect(loadProgress()).toBeNull();
});

test('a damaged saved value is removed rather than trusted, and reported as unreadable', () => {
  localStorage.setItem(STORAGE_KEY, '{"version":1}');
  expect(loadProgress()).toBe('unreadable');
  expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
});
