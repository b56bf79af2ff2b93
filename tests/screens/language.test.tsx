import { cleanup, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, expect, test } from 'vitest';
import { answer, answerPages, pressContinue, renderApp } from '../support/renderApp';

afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

test('switching to Arabic mid-journey keeps the place and the answers, and turns the page right to left', async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answerPages(user, ['Myself', 'England']);
  await answer(user, 'Other hospital treatment');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Is the care needed because of violence or abuse');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ar');
  expect(await screen.findByRole('heading', { level: 1, name: /هل الرعاية لازمة بسبب عنف أو إساءة/ })).toBeInTheDocument();
  expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  expect(document.documentElement).toHaveAttribute('lang', 'ar');
  await user.click(screen.getByRole('button', { name: 'رجوع' }));
  expect(screen.getByLabelText('علاج آخر في المستشفى')).toBeChecked();
  await user.selectOptions(screen.getByRole('combobox', { name: 'اللغة' }), 'en');
  expect(await screen.findByLabelText('Other hospital treatment')).toBeChecked();
  expect(document.documentElement).toHaveAttribute('dir', 'ltr');
});
