import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { serializeCase } from '../../src/advocate/caseFile';
import { answerPages, pressContinue, renderApp } from '../support/renderApp';

afterEach(cleanup);

async function toExemptOutcome() {
  const r = await renderApp();
  await pressContinue(r.user);
  await answerPages(r.user, ['Someone I support', 'England', 'Other hospital treatment', 'No', 'Claimed asylum', 'Waiting for a decision, or appealing']);
  await r.user.click(screen.getByRole('button', { name: 'Letters and tools' }));
  return r;
}

test('the letter to the Overseas Visitors Manager is pre-filled with the exemption and can be edited', async () => {
  const { user } = await toExemptOutcome();
  const letter = (await screen.findByLabelText('The letter, in English')) as HTMLTextAreaElement;
  await waitFor(() => expect(letter.value).toContain('reg 15(b) and (ba) of SI 2015/238'));
  await user.type(letter, ' Thank you.');
  expect(letter.value.endsWith('Thank you.')).toBe(true);
  await user.selectOptions(screen.getByLabelText('Which letter?'), 'collector');
  await waitFor(() => expect(letter.value).toContain('put this account on hold'));
});

test('the income sheet keeps what was typed, explains a bad amount beside the field, and works out the surplus', async () => {
  const { user } = await toExemptOutcome();
  await user.type(screen.getByLabelText('Earnings from work'), '£1,200.50');
  await user.type(screen.getByLabelText('Rent or mortgage'), '-650');
  await user.click(screen.getByRole('button', { name: 'Work it out' }));
  expect(screen.getAllByText('Rent or mortgage: the amount cannot be less than £0')).toHaveLength(2);
  expect(screen.getByLabelText('Rent or mortgage')).toHaveValue('-650');
  await user.clear(screen.getByLabelText('Rent or mortgage'));
  await user.type(screen.getByLabelText('Rent or mortgage'), '650');
  await user.click(screen.getByRole('button', { name: 'Work it out' }));
  expect(screen.getByText('Left each month: £550.50')).toBeInTheDocument();
  expect(screen.getByText(/at most: £550\./)).toBeInTheDocument();
});

test('the contact log refuses an incomplete entry and adds a complete one', async () => {
  const { user } = await toExemptOutcome();
  await user.click(screen.getByRole('button', { name: 'Add to the log' }));
  expect(screen.getAllByText('Enter who contacted you').length).toBeGreaterThan(0);
  await user.type(screen.getByLabelText('Date'), '2026-11-20');
  await user.type(screen.getByLabelText('Time'), '09:30');
  await user.type(screen.getByLabelText('Who contacted'), 'ABC Collections');
  await user.selectOptions(screen.getByLabelText('How'), 'phone');
  await user.type(screen.getByLabelText('What was said'), 'Asked me to pay today');
  await user.click(screen.getByRole('button', { name: 'Add to the log' }));
  expect(screen.getByRole('cell', { name: 'ABC Collections' })).toBeInTheDocument();
});

test('opening a bad case file says why and changes nothing; a good one restores the case', async () => {
  const { user } = await toExemptOutcome();
  const input = screen.getByLabelText('Open a case file') as HTMLInputElement;
  await user.upload(input, new File(['{"schemaVersion": 9}'], 'case.json', { type: 'application/json' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('different version');
  const good = serializeCase({
    answers: { audience: 'self', nation: 'scotland', care: 'gp' },
    path: ['start', 'audience', 'nation', 'care', 'result'],
    log: [{ date: '2026-11-01', time: '10:00', who: 'Trust', how: 'letter', what: 'Invoice' }],
    sheet: { earnings: '900' },
  });
  await user.upload(input, new File([good], 'case.json', { type: 'application/json' }));
  expect(await screen.findByText('The case file was opened.')).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: 'Trust' })).toBeInTheDocument();
  expect(screen.getByLabelText('Earnings from work')).toHaveValue('900');
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This care is free for everyone');
});
