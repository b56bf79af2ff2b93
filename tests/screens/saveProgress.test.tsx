import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
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
