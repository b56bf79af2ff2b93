/**
 * A page that fails to load (offline, or its file replaced by an update) or to draw leaves the
 * header with quick exit and the answers in place, and says, in the person's language, what failed
 * and what they can do.
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { answerPages, pressContinue, renderApp } from '../support/renderApp';
import { walk } from '../support/walk';

// Each lazily loaded page's file fails to arrive the first time it is asked for (after its count
// is set to 0), as it does offline or after an update removed it. (A module that did arrive stays
// loaded for the file.)
const loads = vi.hoisted(() => ({ toolkit: 0, summary: 0 }));
vi.mock('../../src/advocate/ToolkitScreen', async (importOriginal) => {
  if (++loads.toolkit === 1) throw new TypeError('Failed to fetch dynamically imported module: assets/ToolkitScreen-old.js');
  return importOriginal();
});
vi.mock('../../src/screens/SummaryScreen', async (importOriginal) => {
  if (++loads.summary === 1) throw new TypeError('Failed to fetch dynamically imported module: assets/SummaryScreen-old.js');
  return importOriginal();
});
// The language switcher stands for any part of the layout that throws while drawing.
const switcher = vi.hoisted(() => ({ broken: false }));
vi.mock('../../src/components/LanguageSwitcher', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/components/LanguageSwitcher')>();
  const { Flow } = await import('../../src/session/flowActor');
  return {
    LanguageSwitcher: () => {
      // Drawn again on every step, like any part of the layout that follows the flow.
      Flow.useSelector((s) => s.value);
      if (switcher.broken) throw new Error('a bug');
      return real.LanguageSwitcher();
    },
  };
});

// What the two pages' files import is loaded once for the file (the pages' own files are not:
// they must fail the first time), so the tests time the pages rather than Vitest compiling them.
beforeAll(async () => {
  await Promise.all([
    import('../../src/advocate/CaseFileControls'),
    import('../../src/advocate/ContactLog'),
    import('../../src/advocate/IncomeSheet'),
    import('../../src/advocate/LetterEditor'),
    import('../../src/advocate/BillDetailsForm'),
    import('../../src/advocate/LogEntries'),
    import('../../src/advocate/SheetStatement'),
    import('../../src/screens/SummaryNextSteps'),
    import('../../src/screens/signposting/ContactSummary'),
  ]);
});

afterEach(async () => {
  cleanup();
  switcher.broken = false;
  await i18next.changeLanguage('en');
});

/** The page's heading (a role query works out every element's role on the long outcome page). */
const heading = () => document.querySelector('main h1');
const button = (text: string) => screen.getByText(text, { selector: 'button' });

/** Walks to an outcome (by firing the pages' events: the failed page is what these tests are about) and opens the letters. */
async function openLettersFromOutcome() {
  const { user } = await renderApp();
  await walk({ audience: 'self', nation: 'england', care: 'gp' }, 'result');
  expect(heading()).toHaveTextContent('This care is free for everyone');
  await user.click(button('Letters and tools'));
  return user;
}

test('a lazily loaded page that cannot be fetched keeps the header, quick exit and answers', async () => {
  loads.toolkit = 0;
  const user = await openLettersFromOutcome();
  // The heading takes focus in an effect just after it is drawn: wait for that, not only for the heading.
  const problem = await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' });
  await waitFor(() => expect(problem).toHaveFocus());
  expect(screen.getByText('Your answers are still here, in this tab.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  expect(screen.getByText('Reload the page. Your answers will be lost unless you save them first.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Save my progress on this device' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Exit this page' })).toBeVisible();
  expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument();

  // Back to the questions: the outcome, with the answers that led to it, is still there.
  await user.click(button('Back to the questions'));
  expect(heading()).toHaveTextContent('This care is free for everyone');
  expect(screen.getByText(/You said "A GP/)).toBeInTheDocument();
});

test('a page that could not be fetched is asked for again when reopened, and then arrives', async () => {
  loads.toolkit = 0;
  const user = await openLettersFromOutcome();
  await screen.findByText('This page could not be shown', { selector: 'h1' });
  await user.click(button('Back to the questions'));
  await user.click(button('Letters and tools'));
  expect(await screen.findByText('Letters and tools', { selector: 'h1' })).toBeInTheDocument();
  expect(loads.toolkit).toBe(2);
});

test('in Arabic the message is in Arabic, and "Try again" fetches the page again', async () => {
  const { user } = await renderApp('ar');
  await walk({ audience: 'self', nation: 'england', care: 'gp' }, 'result');
  await user.click(button('ملخص الحالة للطباعة'));
  expect(await screen.findByRole('heading', { level: 1, name: 'تعذّر عرض هذه الصفحة' })).toBeInTheDocument();
  expect(screen.getByText('إجاباتكم ما زالت هنا، في هذه النافذة.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'المحاولة مرة أخرى' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'ملخص الحالة' })).toBeInTheDocument();
  expect(loads.summary).toBe(2);
});

test('if the layout itself fails, the root boundary still shows the header with quick exit and keeps the answers', async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answerPages(user, ['Myself', 'England']);
  switcher.broken = true;
  await user.click(screen.getByLabelText(/A GP/));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  // The fallback's header is a smaller one, without the part that failed.
  switcher.broken = false;
  expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeInTheDocument();
  expect(screen.getByText('Something went wrong while showing this page.')).toBeInTheDocument();
  expect(screen.getByRole('banner')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Exit this page' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(heading()).toHaveTextContent('This care is free for everyone');
});
