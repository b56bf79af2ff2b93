/**
 * Renders the real app with the real texts (react-i18next is never mocked: that would hide missing
 * translations). Any text key a screen asks for that the locale lacks is recorded in `missingKeys`.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { App } from '../../src/App';
import { initI18n, loadRemainingTexts } from '../../src/i18n/init';
import { preloadLaterPages } from '../../src/screens/laterPages';

export const missingKeys: string[] = [];

export async function renderApp(language: 'en' | 'ar' = 'en') {
  if (!i18next.isInitialized) {
    await initI18n(language, (lngs, ns, key) => missingKeys.push(`${lngs.join(',')}:${ns}:${key}`));
  }
  await i18next.changeLanguage(language);
  await loadRemainingTexts();
  // As the app does just after its first page: the later pages are fetched in the background.
  await preloadLaterPages();
  const user = userEvent.setup();
  const utils = render(<App />);
  return { user, ...utils };
}

/** Chooses a radio or checkbox by its label and presses Continue. */
export async function answer(user: ReturnType<typeof userEvent.setup>, ...labels: (string | RegExp)[]) {
  for (const label of labels) await user.click(screen.getByLabelText(label));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

/** Answers several question pages in turn: one label (radio) per page. */
export async function answerPages(user: ReturnType<typeof userEvent.setup>, labels: (string | RegExp)[]) {
  for (const label of labels) await answer(user, label);
}

export async function pressContinue(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /^(Continue|Start now)$/ }));
}
