import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { backTranslationSummary, recordProblems } from '../../scripts/backTranslation';
import { hashOf } from '../../scripts/translationSources';
import { LANGUAGE_CODES } from '../../src/i18n/languages';

describe.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('%s', (code) => {
  test('every back-translation check names a real text, a verdict, and what was wrong where it was fixed', () => {
    expect(recordProblems(code)).toEqual([]);
  });
});

test('a check counts only while the English and the translation are as they were checked', () => {
  const root = mkdtempSync(join(tmpdir(), 'backcheck-'));
  cpSync(join(process.cwd(), 'locales'), join(root, 'locales'), { recursive: true });
  mkdirSync(join(root, 'docs', 'back-translation'), { recursive: true });
  const english = JSON.parse(readFileSync(join(root, 'locales', 'en', 'common.json'), 'utf8'));
  const french = JSON.parse(readFileSync(join(root, 'locales', 'fr', 'common.json'), 'utf8'));
  const record = (text: unknown) => ({ 'common:skipLink': { back: 'Skip to the content', verdict: 'ok', en: hashOf(english.skipLink), text: hashOf(text), by: 'test', on: '2026-12-06' } });
  writeFileSync(join(root, 'docs', 'back-translation', 'fr.json'), JSON.stringify(record(french.skipLink)));
  expect(backTranslationSummary('fr', root).checked).toBe(1);
  // The translation changed after its check: no longer counted.
  writeFileSync(join(root, 'docs', 'back-translation', 'fr.json'), JSON.stringify(record('Aller au contenu principal !')));
  expect(backTranslationSummary('fr', root).checked).toBe(0);
});

test('a fix without a note, or a key that does not exist, is a problem', () => {
  const root = mkdtempSync(join(tmpdir(), 'backcheck-'));
  cpSync(join(process.cwd(), 'locales'), join(root, 'locales'), { recursive: true });
  mkdirSync(join(root, 'docs', 'back-translation'), { recursive: true });
  writeFileSync(
    join(root, 'docs', 'back-translation', 'fr.json'),
    JSON.stringify({
      'common:skipLink': { back: 'Skip', verdict: 'fixed', en: 'x', text: 'y', by: 'test', on: '2026-12-06' },
      'common:noSuchText': { back: 'Nothing', verdict: 'ok', en: 'x', text: 'y', by: 'test', on: '2026-12-06' },
    }),
  );
  expect(recordProblems('fr', root)).toEqual(['common:skipLink: a fix must say what was wrong', 'common:noSuchText: no such text']);
});
