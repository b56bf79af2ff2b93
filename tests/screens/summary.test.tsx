import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { answerPages, pressContinue, renderApp } from '../support/renderApp';

afterEach(cleanup);

test('the case summary holds the outcome with its regulation, the answers, next steps and organisations, in English then the member\'s language', async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answerPages(user, ['Someone I support', 'England', 'Other hospital treatment', 'No', 'Claimed asylum', 'Waiting for a decision, or appealing']);
  await user.click(screen.getByRole('button', { name: 'Case summary to print' }));
  await screen.findByRole('heading', { level: 1, name: 'Case summary' });
  const english = document.querySelector('section[lang="en"]') as HTMLElement;
  expect(within(english).getByRole('heading', { level: 1 })).toHaveTextContent('Case summary');
  expect(english).toHaveTextContent('Your member is exempt from NHS charges');
  expect(english).toHaveTextContent('Basis: reg 15(b) and (ba) of SI 2015/238');
  expect(english).toHaveTextContent('Immigration status');
  expect(english).toHaveTextContent('https://www.doctorsoftheworld.org.uk/');
  // The printed summary carries every way to reach each organisation, and where it was read.
  const dotw = english.querySelector('[data-organisation="doctors-of-the-world"]') as HTMLElement;
  expect(within(dotw).getByRole('link', { name: '0808 1647 686' })).toHaveAttribute('href', 'tel:+448081647686');
  expect(dotw).toHaveTextContent('Monday to Friday, 10:00 to 12:00');
  expect(dotw).toHaveTextContent('Read on informationnow.org.uk. The page has no date.');
  const migrantHelp = english.querySelector('[data-organisation="migrant-help"]') as HTMLElement;
  expect(within(migrantHelp).getByRole('link', { name: '0808 801 0503' })).toHaveAttribute('href', 'tel:+448088010503');
  expect(english).toHaveTextContent('No one has checked them with the organisations yet.');
  expect(english).toHaveTextContent(/checked these rules on \d{4}-\d{2}-\d{2}, against the law, or against official guidance where we could not read the law. No lawyer has reviewed/);
  expect(english).toHaveTextContent('The law says (reg 15(b) and (ba), SI 2015/238)');
  expect(english).toHaveTextContent(/Printed on/);
  expect(document.querySelector('section[lang="ar"]')).toBeNull();
  // The bill's details, filled in here, and the sheet and log from the letters and tools page.
  await user.type(screen.getByLabelText('NHS trust that sent the bill'), 'Royal Example NHS Trust');
  await user.type(screen.getByLabelText('Invoice number'), 'INV-4471');
  await user.type(screen.getByLabelText('Amount of the bill'), '3200');
  await user.tab();
  expect(screen.getByLabelText('Amount of the bill')).toHaveValue('3,200');
  expect(english).toHaveTextContent('Royal Example NHS Trust');
  expect(english).toHaveTextContent('INV-4471');
  expect(english).toHaveTextContent('£3,200');
  expect(english).toHaveTextContent('Income and expenditure');
  expect(english).toHaveTextContent('No amounts entered.');
  expect(english).toHaveTextContent('Contact log');
  expect(english).toHaveTextContent('Nothing recorded yet.');
  await user.selectOptions(screen.getByLabelText("Add the member's language after the English"), 'ar');
  const arabic = await screen.findByText('ملخص الحالة');
  expect(arabic.closest('section')).toHaveAttribute('dir', 'rtl');
});
