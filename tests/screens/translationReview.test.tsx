/**
 * The review page for a native speaker, end to end: three texts marked, the file downloaded and
 * imported, and the language's texts and reviewedShare change. It opens from the Translations
 * page, names what is missing, and stores nothing on the device until the reviewer asks.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { importReview } from '../../scripts/translationReview';
import { initI18n } from '../../src/i18n/init';
import { draftKey } from '../../src/privacy/reviewDraft';
import { TranslationReviewScreen } from '../../src/screens/translationReview/TranslationReviewScreen';
import { termsOf } from '../../src/screens/translationReview/texts';
import { renderApp } from '../support/renderApp';

// Vitest turns each text file into a module the first time it is imported (seconds for the
// languages' files, their source hashes and term bases on a busy machine): done once here, so the
// tests time the page itself.
beforeAll(async () => {
  const files = import.meta.glob(['../../locales/{en,fa,ti}/*.json']);
  await Promise.all(Object.values(files).map((load) => load()));
  // One first drawing of the page, thrown away, as renderApp does for the app: the first drawing
  // of a thousand texts' page costs several times a later one (the code is not yet compiled).
  if (!i18next.isInitialized) await initI18n('en');
  await i18next.changeLanguage('en');
  const { unmount } = render(<TranslationReviewScreen code="fa" onClose={() => {}} />);
  await progress();
  unmount();
}, 30_000);

let restore = () => {};
afterEach(() => {
  cleanup();
  localStorage.clear();
  restore();
});

/** What the page hands to the browser to download. */
function captureDownloads() {
  const files: Blob[] = [];
  const { createObjectURL, revokeObjectURL } = URL;
  URL.createObjectURL = (blob: Blob) => (files.push(blob), 'blob:review');
  URL.revokeObjectURL = () => {};
  restore = () => Object.assign(URL, { createObjectURL, revokeObjectURL });
  return files;
}

// The page holds a thousand texts' headings and buttons: found by their text (a role query would
// work out the accessibility tree of all of them each time, which takes seconds here).
const button = (name: string) => screen.getByText(name, { selector: 'button' });
const item = (key: string) => document.querySelector(`[data-key="${key}"]`) as HTMLElement;
/** The error summary, which takes focus when it appears. */
const alert = () => {
  expect(document.activeElement).toHaveAttribute('role', 'alert');
  return document.activeElement;
};
const progress = () => screen.findByText(/^You have checked \d+ of \d+ texts\.$/, { selector: 'p' });
/** The field a label names (by the label's `for`: getByLabelText works out the labels of the page's hundreds of buttons). */
const field = (label: string) => document.getElementById(screen.getByText(label, { selector: 'label' }).getAttribute('for')!)!;

test('three texts marked, downloaded and imported: the texts and reviewedShare of the language change', async () => {
  const files = captureDownloads();
  if (!i18next.isInitialized) await initI18n('en');
  await i18next.changeLanguage('en');
  // As in renderApp: checking pointer-events works out the style of every ancestor on each click.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null });
  render(<TranslationReviewScreen code="fa" onClose={() => {}} />);
  expect(await progress()).toBeInTheDocument();
  expect(screen.getByText('Check the translation: فارسی', { selector: 'h1' })).toBeInTheDocument();
  expect(screen.getByText('Start page, menus and footer', { selector: 'h2' })).toBeInTheDocument();

  await user.click(field('Your name'));
  await user.paste('Shirin Test');
  // Several parts have a page called 'actions': open the start page's one.
  for (const page of ['actions', 'translations', 'skipLink']) await user.click(screen.getByText(page, { selector: `button[aria-controls="review-page-common:${page}"]` }));
  await user.click(within(item('common:actions.back')).getByLabelText('Yes, it is right'));
  await user.click(within(item('common:translations.link')).getByLabelText('No, it needs a change'));
  const link = within(item('common:translations.link')).getByLabelText('Your better translation');
  expect(link).toHaveValue('ترجمه‌ها');
  expect(link).toHaveAttribute('dir', 'rtl');
  await user.clear(link);
  await user.paste('زبان‌های این راهنما');
  await user.click(within(item('common:skipLink')).getByLabelText('No, it needs a change'));
  await user.clear(within(item('common:skipLink')).getByLabelText('Your better translation'));
  await user.paste('رفتن به محتوای اصلی صفحه');
  expect(screen.getByText(/^You have checked 3 of \d+ texts\.$/)).toBeInTheDocument();

  await user.click(button('Download my check'));
  expect(screen.getByText('Your file is downloaded. Send it to the group that asked you.')).toBeInTheDocument();
  expect(files).toHaveLength(1);
  const content = await files[0]!.text();
  expect(Object.keys(JSON.parse(content).texts)).toEqual(['common:skipLink', 'common:actions.back', 'common:translations.link']);

  // The team imports the file.
  const root = mkdtempSync(join(tmpdir(), 'review-page-'));
  for (const code of ['en', 'fa']) cpSync(join(process.cwd(), 'locales', code), join(root, 'locales', code), { recursive: true });
  mkdirSync(join(root, 'src', 'i18n'), { recursive: true });
  cpSync(join(process.cwd(), 'src', 'i18n', 'translations.ts'), join(root, 'src', 'i18n', 'translations.ts'));
  const report = importReview(content, { root, today: JSON.parse(content).date });
  expect(report).toMatchObject({ errors: [], skipped: [], confirmed: ['common:actions.back'], changed: ['common:skipLink', 'common:translations.link'] });
  const common = JSON.parse(readFileSync(join(root, 'locales', 'fa', 'common.json'), 'utf8'));
  expect(common.translations.link).toBe('زبان‌های این راهنما');
  expect(common.skipLink).toBe('رفتن به محتوای اصلی صفحه');
  const line = readFileSync(join(root, 'src', 'i18n', 'translations.ts'), 'utf8').split('\n').find((l) => l.startsWith('  fa: '))!;
  expect(line).toMatch(/reviewedBy: "Shirin Test", reviewedOn: '\d{4}-\d{2}-\d{2}', reviewedShare: 0\.00[1-9]\d* \},$/);
});

test('opened from the Translations page, it names what is missing, and keeps progress on the device only when asked', async () => {
  const files = captureDownloads();
  const { user } = await renderApp();
  await user.click(button('Translations'));
  await user.selectOptions(await screen.findByLabelText('Language to check'), 'ti');
  await user.click(button('Check this translation'));
  await progress();
  expect(screen.getByText('Check the translation: ትግርኛ', { selector: 'h1' })).toBeInTheDocument();

  await user.click(button('Download my check'));
  expect(alert()).toHaveTextContent('Enter your name');
  await user.click(field('Your name'));
  await user.paste('Abeba');
  await user.click(button('visaType'));
  const [first, second] = document.querySelectorAll<HTMLElement>('[data-key^="questions:visaType."]');
  await user.click(within(first!).getByLabelText('Yes, it is right'));
  await user.click(within(second!).getByLabelText('No, it needs a change'));
  await user.clear(within(second!).getByLabelText('Your better translation'));
  await user.click(button('Download my check'));
  expect(alert()).toHaveTextContent('Write your better translation, or mark the text as right');
  expect(files).toEqual([]);

  expect(localStorage.length).toBe(0);
  await user.click(button('Save my progress on this device'));
  expect(JSON.parse(localStorage.getItem(draftKey('ti'))!)).toMatchObject({ name: 'Abeba', marks: { [first!.dataset.key!]: { verdict: 'right' } } });
  await user.click(button('Delete it from this device'));
  expect(localStorage.getItem(draftKey('ti'))).toBeNull();
});

test('the term base is shown as the translation team writes it, and an entry of another shape is left out', () => {
  const terms = termsOf(
    {
      trust: { rendering: 'سازمان بیمارستانی NHS', forms: ['سازمان'], explanation: 'سازمان دولتی NHS که بیمارستان را اداره می‌کند.' },
      exempt: { rendering: 'معاف', forms: ['معاف'] },
      broken: { forms: ['x'] },
    },
    { trust: { patterns: ['\\btrusts?\\b'], definition: 'the NHS body that runs the hospital and sends the bill' } },
  );
  expect(terms).toEqual([
    { id: 'trust', rendering: 'سازمان بیمارستانی NHS', explanation: 'سازمان دولتی NHS که بیمارستان را اداره می‌کند.', english: 'the NHS body that runs the hospital and sends the bill' },
    { id: 'exempt', rendering: 'معاف', explanation: undefined, english: undefined },
  ]);
});
