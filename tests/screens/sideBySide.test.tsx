import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { answer, pressContinue, renderApp } from '../support/renderApp';

afterEach(cleanup);

test("an advocate can show each question and outcome in the member's language, in its own direction", async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answer(user, 'Someone I support');
  await user.selectOptions(screen.getByLabelText("Show the questions in your member's language too"), 'ar');
  const arabicTitle = await screen.findByText('في أي جزء من المملكة المتحدة رعاية الشخص الذي تدعمونه؟');
  expect(arabicTitle).toHaveAttribute('lang', 'ar');
  expect(arabicTitle).toHaveAttribute('dir', 'rtl');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("Where in the UK is your member's care?");
  // Option labels carry both languages; the page itself stays English, left to right.
  expect(screen.getByLabelText(/England/)).toBeInTheDocument();
  expect(screen.getByText('إنجلترا')).toHaveAttribute('dir', 'rtl');
  expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  await answer(user, /England/);
  await answer(user, /A GP/);
  expect(screen.getByText('هذه الرعاية مجانية للجميع')).toHaveAttribute('lang', 'ar');
});

test('the control is not offered to someone checking for themselves', async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answer(user, 'Myself');
  expect(screen.queryByLabelText("Show the questions in your member's language too")).toBeNull();
});
