// @vitest-environment node
/**
 * Complete or absent, honest, and never silently stale: every language the guide offers has every
 * text, no text left in English, and remembers which English each text was made from.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error a plain ES module script, without types
import { checkLanguage } from '../../scripts/check-translation.mjs';
import { englishHashes, LOCALES, staleKeys } from '../../scripts/translationSources';
import { LANGUAGES, LANGUAGE_CODES } from '../../src/i18n/languages';
import { TRANSLATIONS } from '../../src/i18n/translations';

const OTHERS = LANGUAGE_CODES.filter((c) => c !== 'en');
/** The English as it is now, hashed once for every language's check. */
const ENGLISH = englishHashes();

describe.each(OTHERS)('%s', (code) => {
  test('has every text, with its placeholders and plural forms, and none left identical to the English', () => {
    expect(checkLanguage(code, process.cwd())).toEqual([]);
  });

  test('names itself in its own script, as the language menu does', () => {
    const common = JSON.parse(readFileSync(join(process.cwd(), 'locales', code, 'common.json'), 'utf8'));
    expect(common.languageName).toBe(LANGUAGES[code].name);
  });

  test('is not stale: every text was made from the English as it is now', () => {
    expect(staleKeys(code, LOCALES, ENGLISH), `run: npx tsx scripts/translations.ts stale ${code}`).toEqual([]);
  });

  test('says how it was made, and claims no review that did not happen', () => {
    const t = TRANSLATIONS[code];
    expect(['machine', 'reviewed']).toContain(t.method);
    expect(t.reviewedShare).toBeGreaterThanOrEqual(0);
    expect(t.reviewedShare).toBeLessThanOrEqual(1);
    if (t.method === 'reviewed' || t.reviewedShare > 0) expect(t.reviewedBy && t.reviewedOn).toBeTruthy();
    if (!t.reviewedBy) expect(t.reviewedShare).toBe(0);
  });
});

describe('the checks fail when broken', () => {
  function sandbox() {
    const root = mkdtempSync(join(tmpdir(), 'translations-'));
    cpSync(join(process.cwd(), 'locales', 'en'), join(root, 'locales', 'en'), { recursive: true });
    cpSync(join(process.cwd(), 'locales', 'ar'), join(root, 'locales', 'ar'), { recursive: true });
    return root;
  }
  const edit = (root: string, ns: string, change: (d: Record<string, any>) => void) => {
    const file = join(root, 'locales', 'ar', `${ns}.json`);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    change(data);
    writeFileSync(file, JSON.stringify(data));
  };

  test('a missing key', () => {
    const root = sandbox();
    edit(root, 'embed', (d) => delete d[Object.keys(d)[0]]);
    expect(checkLanguage('ar', root).some((p: string) => p.includes('missing'))).toBe(true);
  });

  test('a text left identical to the English, but not NHS or GP', () => {
    const root = sandbox();
    const en = JSON.parse(readFileSync(join(root, 'locales', 'en', 'common.json'), 'utf8'));
    edit(root, 'common', (d) => (d.skipLink = en.skipLink));
    expect(checkLanguage('ar', root)).toEqual([`common:skipLink: identical to the English`]);
  });

  test('a translation whose English changed is named as stale', () => {
    const root = sandbox();
    const file = join(root, 'locales', 'en', 'common.json');
    const en = JSON.parse(readFileSync(file, 'utf8'));
    en.skipLink = `${en.skipLink} now`;
    writeFileSync(file, JSON.stringify(en));
    expect(staleKeys('ar', join(root, 'locales'))).toEqual(['common:skipLink']);
    mkdirSync(join(root, 'locales', 'xx'));
    expect(staleKeys('xx', join(root, 'locales')).length).toBeGreaterThan(900);
  });
});

test('docs/translations.md is up to date (run `npm run docs`)', async () => {
  const { translationsDocument } = await import('../../scripts/translations');
  expect(readFileSync(join(process.cwd(), 'docs', 'translations.md'), 'utf8')).toBe(translationsDocument());
});
