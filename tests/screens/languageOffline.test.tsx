/**
 * Offline (before the service worker has a copy), the other language's texts cannot be fetched:
 * the page stays in its language and says why, and never shows text keys.
 */
import { cleanup, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { answerPages, pressContinue, renderApp } from '../support/renderApp';

// While `offline.on`, the Arabic texts fail to arrive, as a fetch does with no connection.
const offline = vi.hoisted(() => ({ on: false }));
vi.mock('../../locales/ar/common.json', async (importOriginal) => {
  if (offline.on) throw new TypeError('Failed to fetch dynamically imported module: assets/locale-ar-common.js');
  return importOriginal();
});

// Vitest turns each Arabic text file into a module the first time it is imported (about two seconds
// for all of them): done once here, so the switch itself is timed as the page would see it.
beforeAll(async () => {
  await Promise.all(['questions', 'outcomes', 'rules', 'organisations', 'advocate', 'letters'].map((ns) => import(`../../locales/ar/${ns}.json`)));
});

afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

/** Text that looks like a translation key ("care.title", "result.titles_supporter.charged"). */
const keysShown = () =>
  [...document.querySelectorAll('h1, h2, p, label, legend, button, li')]
    .map((el) => el.textContent?.trim() ?? '')
    .filter((text) => /^[a-z][A-Za-z]*(\.[A-Za-z_-]+)+$/.test(text));

test('switching language offline stays in English, says why, and works once the texts can be fetched', async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answerPages(user, ['Myself', 'England']);
  offline.on = true;
  await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ar');
  expect(await screen.findByRole('alert')).toHaveTextContent('العربية could not be loaded, so the page stays as it was. You may be offline');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What care is this about?');
  expect(document.documentElement).toHaveAttribute('lang', 'en');
  expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  expect(keysShown()).toEqual([]);

  offline.on = false;
  await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ar');
  expect(await screen.findByRole('heading', { level: 1, name: 'بأي رعاية يتعلق الأمر؟' })).toBeInTheDocument();
  expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  expect(screen.queryByRole('alert')).toBeNull();
  expect(keysShown()).toEqual([]);
});
