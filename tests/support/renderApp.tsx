/**
 * Renders the real app with the real texts (react-i18next is never mocked: that would hide missing
 * translations). Any text key a screen asks for that the locale lacks is recorded in `missingKeys`.
 */
import { render, screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import i18next from 'i18next';
import { beforeAll } from 'vitest';
import { App } from '../../src/App';
import { initI18n, loadRemainingTexts } from '../../src/i18n/init';
import { preloadLaterPages } from '../../src/screens/laterPages';

export const missingKeys: string[] = [];

async function prepare(language: string) {
  if (!i18next.isInitialized) {
    await initI18n('en', (lngs, ns, key) => missingKeys.push(`${lngs.join(',')}:${ns}:${key}`));
  }
  await i18next.changeLanguage(language);
  await loadRemainingTexts();
  // As the app does just after its first page: the later pages are fetched in the background.
  await preloadLaterPages();
}

// Every file that renders the app first loads the English texts and the later pages once, as the
// app does in the background after its first page, so no single test pays for those imports.
beforeAll(async () => {
  await prepare('en');
  // One first drawing of the app, thrown away: the first drawing of a file costs several times a
  // later one (the code is not yet compiled), and no test should carry that.
  render(<App />).unmount();
});

export async function renderApp(language: 'en' | 'ar' = 'en') {
  await prepare(language);
  // Nothing in jsdom is styled (Vitest does not load the CSS), so user-event's check of the
  // computed 'pointer-events' of every element on every click can find nothing: it cost about a
  // quarter of the screen tests' time.
  // delay: null: no pause (a timer) between the events of one click or key press, which on a busy
  // machine waits behind everything else.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null });
  const utils = render(<App />);
  return { user, ...utils };
}

/** Chooses a radio or checkbox by its label and presses Continue. */
/**
 * The page's button with this text. (By its text rather than by role: working out the role and
 * accessible name of every element on the page, as getByRole does, was most of the time of a long
 * journey in jsdom. The accessibility tests in the browser check the roles and names.)
 */
const button = (text: string | RegExp) => screen.getByText(text, { selector: 'button' });

export async function answer(user: ReturnType<typeof userEvent.setup>, ...labels: (string | RegExp)[]) {
  for (const label of labels) await user.click(screen.getByLabelText(label));
  await user.click(button('Continue'));
}

/** Answers several question pages in turn: one label (radio) per page. */
export async function answerPages(user: ReturnType<typeof userEvent.setup>, labels: (string | RegExp)[]) {
  for (const label of labels) await answer(user, label);
}

export async function pressContinue(user: ReturnType<typeof userEvent.setup>) {
  await user.click(button(/^(Continue|Start now)$/));
}
