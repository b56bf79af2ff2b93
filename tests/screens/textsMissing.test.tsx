/**
 * Texts that could not be fetched (offline before the worker had a copy) never show as text keys:
 * the page says what failed, and "Try again" fetches them.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { answerPages, pressContinue, renderApp } from '../support/renderApp';

// The outcomes' texts fail to arrive the first time they are asked for.
const outcomes = vi.hoisted(() => ({ failures: 1 }));
vi.mock('../../locales/en/outcomes.json', async (importOriginal) => {
  if (outcomes.failures-- > 0) throw new TypeError('Failed to fetch dynamically imported module: assets/locale-en-outcomes.js');
  return importOriginal();
});

afterEach(cleanup);

test('an outcome whose texts could not be fetched says so instead of showing keys, and "Try again" fetches them', async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answerPages(user, ['Myself', 'England', /A GP/]);
  expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be shown' })).toBeInTheDocument();
  expect(screen.queryByText(/result\.titles/)).toBeNull();
  expect(screen.getByText('Your answers are still here, in this tab.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'This care is free for everyone' })).toBeInTheDocument();
});
