// @vitest-environment node
/**
 * A native speaker's check comes back as a file; `translations.ts import` applies it: better
 * translations are written, who checked what is recorded, and the language's reviewedShare follows.
 * Nothing is written for a text whose English (or translation) changed since it was checked, and a
 * bad file changes nothing and says why.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { replaceJsonValue } from '../../scripts/jsonEdit';
import { importReview, reviewSummary, textsOf } from '../../scripts/translationReview';
import { hashOf } from '../../scripts/translationSources';
import { REVIEW_FORMAT, textHash, type ReviewFile } from '../../src/i18n/review';
import { TRANSLATIONS } from '../../src/i18n/translations';

const TODAY = '2026-12-05';

function sandbox() {
  const root = mkdtempSync(join(tmpdir(), 'review-'));
  for (const code of ['en', 'fa']) cpSync(join(process.cwd(), 'locales', code), join(root, 'locales', code), { recursive: true });
  mkdirSync(join(root, 'src', 'i18n'), { recursive: true });
  cpSync(join(process.cwd(), 'src', 'i18n', 'translations.ts'), join(root, 'src', 'i18n', 'translations.ts'));
  return root;
}

/** A file as the review page makes it, for the texts and verdicts given. */
function reviewOf(root: string, marks: Record<string, { verdict: 'right' | 'change'; suggestion?: string | string[] }>, extra: Partial<ReviewFile> = {}): string {
  const english = textsOf('en', root);
  const fa = textsOf('fa', root);
  const texts = Object.fromEntries(
    Object.entries(marks).map(([key, mark]) => [key, { englishHash: hashOf(english.get(key)), translationHash: textHash(fa.get(key)), ...mark }]),
  );
  return JSON.stringify({ format: REVIEW_FORMAT, version: 1, language: 'fa', reviewer: 'Shirin Test', date: TODAY, texts, ...extra });
}

const faText = (root: string, ns: string) => JSON.parse(readFileSync(join(root, 'locales', 'fa', `${ns}.json`), 'utf8'));
const faLine = (root: string) => readFileSync(join(root, 'src', 'i18n', 'translations.ts'), 'utf8').split('\n').find((l) => l.startsWith('  fa: '));

describe('importing a check', () => {
  test('three texts marked: the changes are written, the check recorded, and reviewedShare counts them', () => {
    const root = sandbox();
    const before = readFileSync(join(root, 'locales', 'fa', 'common.json'), 'utf8');
    const report = importReview(
      reviewOf(root, {
        'common:actions.back': { verdict: 'right' },
        'common:translations.link': { verdict: 'change', suggestion: 'ترجمه‌های این راهنما' },
        'rules:charge-150.title': { verdict: 'change', suggestion: 'مبلغ صورت‌حساب (charge)' },
      }),
      { root, today: TODAY },
    );
    expect(report.errors).toEqual([]);
    expect(report.confirmed).toEqual(['common:actions.back']);
    expect(report.changed).toEqual(['common:translations.link', 'rules:charge-150.title']);
    expect(faText(root, 'common').translations.link).toBe('ترجمه‌های این راهنما');
    // An English gloss in a right-to-left suggestion is isolated, as every text of the language is.
    expect(faText(root, 'rules')['charge-150'].title).toBe('مبلغ صورت‌حساب (\u2068charge\u2069)');
    // Only the changed line of the file changed: its layout is kept.
    const after = readFileSync(join(root, 'locales', 'fa', 'common.json'), 'utf8');
    expect(after.split('\n').filter((line, i) => line !== before.split('\n')[i])).toEqual(['    "link": "ترجمه‌های این راهنما",']);
    const reviewed = JSON.parse(readFileSync(join(root, 'locales', 'fa', '_reviewed.json'), 'utf8'));
    expect(Object.keys(reviewed)).toEqual(['common:actions.back', 'common:translations.link', 'rules:charge-150.title']);
    expect(reviewed['common:actions.back']).toMatchObject({ by: 'Shirin Test', on: TODAY });
    const total = textsOf('en', root).size;
    expect(faLine(root)).toBe(
      `  fa: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedBy: "Shirin Test", reviewedOn: '${TODAY}', reviewedShare: ${Math.round((3 / total) * 10_000) / 10_000} },`,
    );
  });

  test('a text whose English changed since is not written and not counted; a later English change uncounts it', () => {
    const root = sandbox();
    const file = reviewOf(root, { 'common:actions.back': { verdict: 'right' }, 'common:translations.link': { verdict: 'change', suggestion: 'ترجمه‌ها!' } });
    const enFile = join(root, 'locales', 'en', 'common.json');
    const en = JSON.parse(readFileSync(enFile, 'utf8'));
    en.translations.link = 'Languages';
    writeFileSync(enFile, JSON.stringify(en, null, 2));
    const report = importReview(file, { root, today: TODAY });
    expect(report.changed).toEqual([]);
    expect(report.skipped).toEqual([{ key: 'common:translations.link', reason: expect.stringContaining('English changed') }]);
    expect(faText(root, 'common').translations.link).not.toBe('ترجمه‌ها!');
    expect(reviewSummary('fa', root).share).toBeGreaterThan(0);
    en.actions.back = 'Go back';
    writeFileSync(enFile, JSON.stringify(en, null, 2));
    expect(reviewSummary('fa', root)).toEqual({ share: 0 });
  });

  test('a translation changed since it was checked, or a suggestion that loses a placeholder, is reported, not written', () => {
    const root = sandbox();
    const file = reviewOf(root, {
      'common:actions.back': { verdict: 'right' },
      'common:footer.rulesChecked': { verdict: 'change', suggestion: 'قانون‌ها بررسی شدند.' },
    });
    writeFileSync(join(root, 'locales', 'fa', 'common.json'), replaceJsonValue(readFileSync(join(root, 'locales', 'fa', 'common.json'), 'utf8'), 'actions.back', 'برگشت')!);
    const report = importReview(file, { root, today: TODAY });
    expect(report.skipped.map((s) => [s.key, s.reason.split(':')[0]])).toEqual([
      ['common:actions.back', 'its translation changed since it was checked'],
      ['common:footer.rulesChecked', 'the suggestion must keep the placeholders {{date}}'],
    ]);
    expect(report.confirmed).toEqual([]);
  });

  test.each([
    ['not JSON', '{"format": ', /not JSON/],
    ['another kind of file', JSON.stringify({ format: 'something-else' }), /not a file from the review page/],
    ['English', JSON.stringify({ format: REVIEW_FORMAT, version: 1, language: 'en', reviewer: 'A', date: TODAY, texts: {} }), /"language" must be one of/],
    ['no name and a date in the future', JSON.stringify({ format: REVIEW_FORMAT, version: 1, language: 'fa', reviewer: ' \u202e ', date: '2099-01-01', texts: {} }), /reviewer[\s\S]*future/],
    ['a change without a suggestion', JSON.stringify({ format: REVIEW_FORMAT, version: 1, language: 'fa', reviewer: 'A', date: TODAY, texts: { 'common:actions.back': { englishHash: '0123456789ab', translationHash: '0123456789abcd', verdict: 'change' } } }), /needs the better translation/],
  ])('a bad file (%s) changes nothing and says why', (_name, content, message) => {
    const root = sandbox();
    const before = readFileSync(join(root, 'src', 'i18n', 'translations.ts'), 'utf8');
    const report = importReview(content, { root, today: TODAY });
    expect(report.errors.join('\n')).toMatch(message);
    expect(readFileSync(join(root, 'src', 'i18n', 'translations.ts'), 'utf8')).toBe(before);
  });
});

test('replacing a value keeps a file that writes small objects on one line', () => {
  const text = '{\n  "a": { "b": "x", "c": "y" },\n  "d": ["p", "q"]\n}\n';
  expect(replaceJsonValue(text, 'a.c', 'z "quoted"')).toBe('{\n  "a": { "b": "x", "c": "z \\"quoted\\"" },\n  "d": ["p", "q"]\n}\n');
  expect(JSON.parse(replaceJsonValue(text, 'd', ['r', 's'])!).d).toEqual(['r', 's']);
  expect(replaceJsonValue(text, 'a.e', 'x')).toBeNull();
});

describe.each(Object.keys(TRANSLATIONS))('%s', (code) => {
  test('claims the review share its _reviewed.json gives for the English as it is now', () => {
    const { share, by, on } = reviewSummary(code);
    const t = TRANSLATIONS[code as keyof typeof TRANSLATIONS];
    expect({ share: t.reviewedShare, by: t.reviewedBy, on: t.reviewedOn }, 'run: npx tsx scripts/translations.ts reviewed').toEqual({ share, by, on });
  });
});
