import { cleanup, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, expect, test, vi } from 'vitest';
import { preferredLanguage } from '../../src/components/LanguageOffer';
import { languageHref } from '../../src/components/LanguageLinks';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { pressContinue, renderApp } from '../support/renderApp';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
});

test('a machine-made language says so, in that language, on the start page, with one tap back to English', async () => {
  const { user } = await renderApp('ar');
  const notice = screen.getByRole('note');
  expect(notice).toHaveTextContent('ترجم حاسوبٌ هذه الصفحة');
  expect(notice).toHaveTextContent('النسخة الإنجليزية هي المعتمدة');
  await user.click(within(notice).getByRole('button', { name: 'القراءة بالإنجليزية' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Check if you have to pay for NHS care' })).toBeInTheDocument();
  expect(screen.queryByRole('note')).toBeNull(); // English is the original: no notice
});

test('the notice is on the outcome too', async () => {
  const { user } = await renderApp('ar');
  await pressContinueAr(user);
  for (const label of ['لنفسي', 'إنجلترا', 'طبيب عام (\u2068GP\u2069']) {
    await user.click(screen.getByLabelText(label, { exact: false }));
    await user.click(screen.getByRole('button', { name: 'متابعة' }));
  }
  expect(screen.getByRole('note')).toHaveTextContent('ترجم حاسوبٌ هذه الصفحة');
});

async function pressContinueAr(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(screen.getByRole('button', { name: 'البدء الآن' }));
}

test('the start page links every other language’s own start page, named in its own script', async () => {
  await renderApp();
  const nav = screen.getByRole('navigation', { name: 'Read this guide in another language' });
  const links = within(nav).getAllByRole('link');
  expect(links).toHaveLength(LANGUAGE_CODES.length - 1);
  const arabic = within(nav).getByRole('link', { name: 'العربية' });
  expect(arabic).toHaveAttribute('lang', 'ar');
  expect(arabic).toHaveAttribute('href', './ar/');
  expect(languageHref('en', '/ar/')).toBe('../');
});

test('the Translations page says how each language was made, and that none is checked yet', async () => {
  const { user } = await renderApp();
  await user.click(screen.getByRole('button', { name: 'Translations' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Translations' })).toBeInTheDocument();
  const arabic = document.querySelector('[data-language="ar"]') as HTMLElement;
  expect(arabic).toHaveTextContent('A computer translated it on 23 November 2026. A native speaker has not checked it yet.');
  expect(document.querySelector('[data-language="en"]')).toHaveTextContent('The original text.');
});

test('the browser’s preferred language is offered in one line, in that language, and never chosen without asking', async () => {
  expect(preferredLanguage(['ar-EG', 'en'], 'en')).toBe('ar');
  expect(preferredLanguage(['en-GB', 'ar'], 'en')).toBeUndefined();
  expect(preferredLanguage(['xx', 'de'], 'en')).toBeUndefined();
  vi.stubGlobal('navigator', { ...navigator, languages: ['ar-SA', 'en'] });
  const { user } = await renderApp();
  // The language's name is a value inside a right-to-left text: it comes isolated (U+2068 … U+2069).
  const offer = await screen.findByText('هذا الدليل متوفر أيضًا بـ\u2068العربية\u2069.', { exact: false });
  expect(offer.closest('p')).toHaveAttribute('lang', 'ar');
  expect(document.documentElement).toHaveAttribute('lang', 'en');
  await user.click(screen.getByRole('button', { name: 'القراءة بـ\u2068العربية\u2069' }));
  expect(await screen.findByRole('heading', { level: 1, name: /تحقّقوا إن كان عليكم أن تدفعوا/ })).toBeInTheDocument();
  expect(document.documentElement).toHaveAttribute('lang', 'ar');
});

test('pressing Continue in English still starts the check', async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Check if you have to pay');
});
