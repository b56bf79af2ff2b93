import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { STORAGE_KEY } from '../../src/privacy/savedProgress';
import { answer, pressContinue, renderApp } from '../support/renderApp';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

test('nothing is stored until the person asks; then progress is kept, resumed and forgotten', async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answer(user, 'Myself');
  await answer(user, 'England');
  expect(localStorage.length).toBe(0);
  expect(sessionStorage.length).toBe(0);
  expect(document.cookie).toBe('');

  await user.click(screen.getByRole('button', { name: 'Your answers' }));
  await user.click(screen.getByRole('button', { name: 'Save my progress on this device' }));
  expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).path).toEqual(['start', 'audience', 'nation', 'care']);
  await user.click(screen.getByRole('button', { name: 'Return to where you were' }));
  await answer(user, /A GP/);
  expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).answers.care).toBe('gp');

  // A later visit offers to continue.
  cleanup();
  const second = await renderApp();
  await second.user.click(screen.getByRole('button', { name: 'Continue where I left off' }));
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This care is free for everyone');
  await second.user.click(screen.getByRole('button', { name: 'Your answers' }));
  await second.user.click(screen.getByRole('button', { name: 'Forget my saved progress' }));
  expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
});

describe('saved progress that no longer fits the flow (saved before a question was added, say)', () => {
  // Saved before the guide asked who the check is for: it went from the start straight to "nation".
  const stale = JSON.stringify({ version: 1, answers: { nation: 'england', care: 'gp' }, path: ['start', 'nation', 'care', 'result'] });

  test('is offered as "could not restore", and "forget" removes it for good', async () => {
    localStorage.setItem(STORAGE_KEY, stale);
    const { user } = await renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'We could not restore your saved progress' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue where I left off' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Forget my saved progress' }));
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(screen.queryByText('We could not restore your saved progress')).toBeNull();
    cleanup();
    await renderApp();
    expect(screen.queryByText('We could not restore your saved progress')).toBeNull();
    expect(screen.queryByText('You saved your progress on this device')).toBeNull();
  });

  test('"start again" removes it and goes to the first question', async () => {
    localStorage.setItem(STORAGE_KEY, stale);
    const { user } = await renderApp();
    await screen.findByText('We could not restore your saved progress');
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Who are you checking for?');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('a record that cannot even be read is said to be gone, not silently dropped', async () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"answers":');
    await renderApp();
    expect(await screen.findByText('We could not restore your saved progress')).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });
});
