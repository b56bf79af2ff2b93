import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { answer, pressContinue, renderApp } from '../support/renderApp';

afterEach(cleanup);

test("an advocate can show each question and outcome in the member's language, in its own direction, spoken to the member", async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answer(user, 'Someone I support');
  await user.selectOptions(screen.getByLabelText("Show the questions in your member's language too"), 'ar');
  // The member reads the question as "you" (the care), not as the advocate does ("your member's care").
  const arabicTitle = await screen.findByText('في أي جزء من المملكة المتحدة الرعاية؟');
  expect(screen.queryByText('في أي جزء من المملكة المتحدة رعاية الشخص الذي تدعمونه؟')).toBeNull();
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

test("with a member's language chosen, the hospital card's second half is in the member's language", async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answer(user, 'Someone I support');
  await user.selectOptions(screen.getByLabelText("Show the questions in your member's language too"), 'ar');
  await answer(user, /England/);
  await answer(user, /Other hospital treatment/);
  await answer(user, /^No/);
  await answer(user, /Claimed asylum/);
  await answer(user, /Waiting for a decision/);
  await user.click(await screen.findByRole('button', { name: 'Hospital card' }));
  const staff = await screen.findByRole('heading', { level: 2, name: 'For hospital staff' });
  expect(staff.closest('section')).toHaveAttribute('lang', 'en');
  const member = document.querySelector('.hospital-card section[lang="ar"]');
  expect(member).toHaveAttribute('dir', 'rtl');
  expect(member!.textContent).not.toMatch(/\b(This person|They are exempt)\b/);
});
