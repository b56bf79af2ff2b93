/** Amounts typed in the digits a person's keyboard gives them are read, not refused. */
import { cleanup, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, expect, test } from 'vitest';
import { renderApp } from '../support/renderApp';
import { pageArrived, walk } from '../support/walk';
import type { AnswerValue } from '../../src/questions/steps';

afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

type User = Awaited<ReturnType<typeof renderApp>>['user'];
const heading = () => screen.getByRole('heading', { level: 1 });

/**
 * Likely to be charged, with a bill and debt collectors: the plan asks for the bill's amount. The
 * pages before it are walked by firing their events (tests/support/walk): the digits are what these
 * tests are about, and a dozen user-event pages took most of each test's time.
 */
async function toBillAmount(_user: User) {
  const visitor: Record<string, AnswerValue> = { audience: 'self', nation: 'england', care: 'hospital', cause: 'no', status: 'visa', visaType: 'visit', special: 'none', bill: 'yes', collectors: ['letters'], planAgreed: 'no' };
  await walk(visitor, 'billAmount');
  expect(heading()).toHaveTextContent('How much is the bill?');
}

test.each([
  ['Arabic-Indic', '١٢٥٠'],
  ['Persian', '۱۲۵۰'],
  ['Devanagari', '१,२५०'],
  ['Bengali', '১২৫০.০০'],
])('the bill amount reads %s digits (%s)', async (_script, typed) => {
  const { user } = await renderApp();
  await toBillAmount(user);
  await user.type(screen.getByRole('textbox'), typed);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(heading()).toHaveTextContent('When was the invoice sent?');
  await user.click(screen.getByRole('button', { name: 'Your answers' }));
  expect(screen.getByText('£1,250')).toBeInTheDocument();
});

test('an ambiguous amount is refused with a clear message and examples that work, and kept as typed', async () => {
  const { user } = await renderApp();
  await toBillAmount(user);
  await user.type(screen.getByRole('textbox'), '١٢ ٥٠');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(screen.getByRole('alert')).toHaveTextContent('We could not tell where the pounds end and the pence start. Write the amount like 1,250.50 or 1,250');
  expect(screen.getByRole('textbox')).toHaveValue('١٢ ٥٠');
  expect(heading()).toHaveTextContent('How much is the bill?');
});

test('an amount once accepted is shown back in the page language after Back, and after a language switch', async () => {
  const { user } = await renderApp();
  await toBillAmount(user);
  await user.type(screen.getByRole('textbox'), '1250,50');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(heading()).toHaveTextContent('When was the invoice sent?');
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByRole('textbox')).toHaveValue('1,250.50');
  await i18next.changeLanguage('fr');
  await screen.findByRole('button', { name: 'Continuer' });
  expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe(new Intl.NumberFormat('fr', { minimumFractionDigits: 2 }).format(1250.5));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  expect(screen.queryByRole('alert')).toBeNull();
});

test('the income sheet reads Persian digits with the Arabic separators', async () => {
  const { user } = await renderApp('ar');
  // An advocate's member who has claimed asylum and waits for a decision, walked to the outcome.
  await walk({ audience: 'supporter', nation: 'england', care: 'hospital', cause: 'no', status: 'asylum', asylumStage: 'pending' }, 'result');
  await user.click(screen.getByRole('button', { name: 'الرسائل والأدوات' }));
  await screen.findByRole('heading', { level: 1, name: 'الرسائل والأدوات' });
  // Typed before the heading's focus effect has run, the first keys were lost to the heading
  // (1 run in 12 on a busy machine).
  await pageArrived();
  const fields = screen.getAllByRole('textbox').filter((el) => el.id.startsWith('sheet-'));
  await user.type(fields[0]!, '۱٬۲۰۰٫۵۰');
  expect(fields[0]).toHaveValue('۱٬۲۰۰٫۵۰');
  await user.type(screen.getByLabelText(/الإيجار/), '٦٥٠');
  await user.click(screen.getByRole('button', { name: 'الحساب' }));
  expect(document.querySelector('.sheet [role=status]')).toHaveTextContent('550.50');
});
