import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { serializeCase } from '../../src/advocate/caseFile';
import { answerPages, pressContinue, renderApp } from '../support/renderApp';

afterEach(cleanup);

async function toExemptOutcome() {
  const r = await renderApp();
  await pressContinue(r.user);
  await answerPages(r.user, ['Someone I support', 'England', 'Other hospital treatment', 'No', 'Claimed asylum', 'Waiting for a decision, or appealing']);
  await r.user.click(screen.getByRole('button', { name: 'Letters and tools' }));
  await screen.findByLabelText('The letter, in English');
  return r;
}

test('the dispute letter comes first for an exempt member, says why, and keeps its edits when another letter is chosen', async () => {
  const { user } = await toExemptOutcome();
  const letter = (await screen.findByLabelText('The letter, in English')) as HTMLTextAreaElement;
  await waitFor(() => expect(letter.value).toContain('reg 15(b) and (ba) of SI 2015/238'));
  expect(screen.getByLabelText('Which letter?')).toHaveAccessibleDescription(/^Why this letter first: the patient is exempt from charges/);
  // The plan letter is not offered: no plan is advisable for someone who should not be charged.
  expect(within(screen.getByLabelText('Which letter?')).queryByRole('option', { name: /payment plan/ })).toBeNull();
  await user.type(letter, ' Thank you.');
  expect(letter.value.endsWith('Thank you.')).toBe(true);
  await user.selectOptions(screen.getByLabelText('Which letter?'), 'collector');
  await waitFor(() => expect(letter.value).toContain('put this account on hold'));
  await user.selectOptions(screen.getByLabelText('Which letter?'), 'ovm');
  expect(letter.value.endsWith('Thank you.')).toBe(true);
  await user.click(screen.getByRole('button', { name: 'Undo my changes to this letter' }));
  expect(letter.value.endsWith('Thank you.')).toBe(false);
});

test('the income sheet keeps what was typed, explains a bad amount beside the field, and works out the surplus', async () => {
  const { user } = await toExemptOutcome();
  await user.type(screen.getByLabelText('Earnings from work'), '£1,200.50');
  await user.type(screen.getByLabelText('Rent or mortgage'), '-650');
  await user.click(screen.getByRole('button', { name: 'Work it out' }));
  expect(screen.getAllByText('Rent or mortgage: the amount cannot be less than £0')).toHaveLength(2);
  expect(screen.getByLabelText('Rent or mortgage')).toHaveValue('-650');
  // An amount that reads is kept, and shown back in the page's language.
  expect(screen.getByLabelText('Earnings from work')).toHaveValue('1,200.50');
  await user.clear(screen.getByLabelText('Rent or mortgage'));
  await user.type(screen.getByLabelText('Rent or mortgage'), '650');
  await user.click(screen.getByRole('button', { name: 'Work it out' }));
  const result = document.querySelector('.sheet [role=status]') as HTMLElement;
  expect(result).toHaveTextContent('Left each month: £550.50');
  expect(result).toHaveTextContent(/at most: £550\./);
});

test('the contact log refuses an incomplete entry, adds a complete one, and can change and delete it', async () => {
  const { user } = await toExemptOutcome();
  await user.click(screen.getByRole('button', { name: 'Add to the log' }));
  expect(screen.getAllByText('Enter who contacted you').length).toBeGreaterThan(0);
  await user.type(screen.getByLabelText('Date'), '2026-11-20');
  await user.type(screen.getByLabelText('Time'), '09:30');
  await user.type(screen.getByLabelText('Who contacted'), 'ABC Collections');
  await user.selectOptions(screen.getByLabelText('How'), 'phone');
  await user.type(screen.getByLabelText('What was said'), 'Asked me to pay today');
  await user.click(screen.getByRole('button', { name: 'Add to the log' }));
  const entries = () => document.querySelector('.log-entries') as HTMLElement;
  expect(entries()).toHaveTextContent('ABC Collections');
  expect(screen.getByLabelText('What was said')).toHaveAttribute('maxlength', '2000');

  await user.click(screen.getByRole('button', { name: 'Change contact 1' }));
  expect(screen.getByLabelText('Who contacted')).toHaveValue('ABC Collections');
  await user.clear(screen.getByLabelText('Who contacted'));
  await user.type(screen.getByLabelText('Who contacted'), 'XYZ Recoveries');
  await user.click(screen.getByRole('button', { name: 'Save the change' }));
  expect(entries()).toHaveTextContent('XYZ Recoveries');
  expect(entries()).not.toHaveTextContent('ABC Collections');
  expect(entries().querySelectorAll('li')).toHaveLength(1);

  await user.click(screen.getByRole('button', { name: 'Delete contact 1' }));
  expect(entries()).toBeNull();
  expect(screen.getByText('The contact was deleted.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(entries()).toHaveTextContent('XYZ Recoveries');
});

test('a case is not saved without a name, and the save says why', async () => {
  const { user } = await toExemptOutcome();
  await user.click(screen.getByRole('button', { name: 'Save this case to a file' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Enter a name for this case');
});

test('opening a bad case file says why and changes nothing; a good one restores the case', async () => {
  const { user } = await toExemptOutcome();
  const input = screen.getByLabelText('Open a case file') as HTMLInputElement;
  await user.upload(input, new File(['{"schemaVersion": 9}'], 'case.json', { type: 'application/json' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('different version');
  const good = serializeCase({
    label: 'GP case',
    answers: { audience: 'self', nation: 'scotland', care: 'gp' },
    path: ['start', 'audience', 'nation', 'care', 'result'],
    log: [{ date: '2026-11-01', time: '10:00', who: 'Trust', how: 'letter', what: 'Invoice' }],
    sheet: { earnings: 90000 },
    bill: {},
    memberLanguage: null,
    letters: {},
  });
  await user.upload(input, new File([good], 'case.json', { type: 'application/json' }));
  expect(await screen.findByText('The case file was opened.')).toBeInTheDocument();
  expect(document.querySelector('.log-entries')).toHaveTextContent('Trust');
  expect(screen.getByLabelText('Earnings from work')).toHaveValue('900');
  expect(screen.getByLabelText('Name of this case')).toHaveValue('GP case');
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This care is free for everyone');
});

test('a saved case can be opened from the start page', async () => {
  const { user } = await renderApp();
  await user.click(screen.getByRole('button', { name: 'Open a saved case file' }));
  await screen.findByRole('heading', { level: 1, name: 'Open a saved case' });
  const good = serializeCase({
    label: 'GP case',
    answers: { audience: 'supporter', nation: 'wales', care: 'gp' },
    path: ['start', 'audience', 'nation', 'care', 'result'],
    log: [],
    sheet: {},
    bill: {},
    memberLanguage: 'ar',
    letters: {},
  });
  await user.upload(screen.getByLabelText('Open a case file'), new File([good], 'case.json', { type: 'application/json' }));
  await user.click(await screen.findByRole('button', { name: 'Go to the case' }));
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This care is free for everyone');
  // The member's language came back with the case.
  expect(screen.getByLabelText("Show the questions in your member's language too")).toHaveValue('ar');
});
