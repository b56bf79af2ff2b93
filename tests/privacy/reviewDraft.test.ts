// @vitest-environment jsdom
/** A reviewer's saved check is read back mark by mark: anything that is not what was saved is dropped. */
import { afterEach, expect, test } from 'vitest';
import { draftKey, forgetDraft, loadDraft, saveDraft } from '../../src/privacy/reviewDraft';

afterEach(() => localStorage.clear());

test('nothing is there until saved; what is saved comes back; forgetting removes it', () => {
  expect(loadDraft('fa')).toBeNull();
  expect(saveDraft('fa', { name: 'Shirin', marks: { 'common:skipLink': { verdict: 'change', suggestion: 'پرش' }, 'common:appName': { verdict: 'right' } } })).toBe(true);
  expect(loadDraft('fa')).toEqual({ name: 'Shirin', marks: { 'common:skipLink': { verdict: 'change', suggestion: 'پرش' }, 'common:appName': { verdict: 'right' } } });
  expect(loadDraft('ps')).toBeNull();
  forgetDraft('fa');
  expect(localStorage.length).toBe(0);
});

test('a changed or broken save is not trusted', () => {
  localStorage.setItem(draftKey('fa'), '{not json');
  expect(loadDraft('fa')).toBeNull();
  localStorage.setItem(draftKey('fa'), JSON.stringify({ version: 2, name: 'x', marks: {} }));
  expect(loadDraft('fa')).toBeNull();
  localStorage.setItem(draftKey('fa'), JSON.stringify({ version: 1, name: 7, marks: { a: { verdict: 'right' }, b: { verdict: 'maybe' }, c: { verdict: 'change', suggestion: 5 }, d: null } }));
  expect(loadDraft('fa')).toEqual({ name: '', marks: { a: { verdict: 'right' } } });
});
