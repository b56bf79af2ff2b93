import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { serializeCase } from '../../src/advocate/caseFile';
import { renderApp } from '../support/renderApp';
import { walk } from '../support/walk';

// The letters and tools page and the case file page are fetched when first opened: load them once
// for the file, as renderApp does the later pages, so that no test carries those imports.
// Then one walk to the letters, thrown away: the first drawing of the outcome and the letters
// costs twice a later one (the code is not yet compiled), and no single test should carry that.
beforeAll(async () => {
  await Promise.all([import('../../src/advocate/ToolkitScreen'), import('../../src/advocate/CaseFileScreen')]);
  await toExemptOutcome();
  cleanup();
  window.history.replaceState(null, '');
});

// Each test starts as a first visit: otherwise the app would first go back through the entries
// the last test left in jsdom's history, and that move could land after this test's first click.
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '');
});

/** A button by its text (getByRole works out every element's role and name: slow on a long page). */
const button = (text: string) => screen.getByText((_, el) => el?.tagName === 'BUTTON' && el.textContent?.trim() === text);

/** An advocate's member who has claimed asylum and waits for a decision: exempt, reg 15(b). */
const EXEMPT = { audience: 'supporter', nation: 'england', care: 'hospital', cause: 'no', status: 'asylum', asylumStage: 'pending' } as const;

async function toExemptOutcome() {
  const r = await renderApp();
  await walk(EXEMPT, 'result');
  fireEvent.click(button('Letters and tools'));
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
  await user.click(button('Undo my changes to this letter'));
  expect(letter.value.endsWith('Thank you.')).toBe(false);
});

test('the income sheet keeps what was typed, explains a bad amount beside the field, and works out the surplus', async () => {
  const { user } = await toExemptOutcome();
  await user.type(screen.getByLabelText('Earnings from work'), '£1,200.50');
  await user.type(screen.getByLabelText('Rent or mortgage'), '-650');
  await user.click(button('Work it out'));
  expect(screen.getAllByText('Rent or mortgage: the amount cannot be less than £0')).toHaveLength(2);
  expect(screen.getByLabelText('Rent or mortgage')).toHaveValue('-650');
  // An amount that reads is kept, and shown back in the page's language.
  expect(screen.getByLabelText('Earnings from work')).toHaveValue('1,200.50');
  await user.clear(screen.getByLabelText('Rent or mortgage'));
  await user.type(screen.getByLabelText('Rent or mortgage'), '650');
  await user.click(button('Work it out'));
  const result = document.querySelector('.sheet [role=status]') as HTMLElement;
  expect(result).toHaveTextContent('Left each month: £550.50');
  expect(result).toHaveTextContent(/at most: £550\./);
});

test('the contact log refuses an incomplete entry, adds a complete one, and can change and delete it', async () => {
  const { user } = await toExemptOutcome();
  await user.click(button('Add to the log'));
  expect(screen.getAllByText('Enter who contacted you').length).toBeGreaterThan(0);
  await user.type(screen.getByLabelText('Date'), '2026-11-20');
  await user.type(screen.getByLabelText('Time'), '09:30');
  fireEvent.change(screen.getByLabelText('Who contacted'), { target: { value: 'ABC Collections' } });
  await user.selectOptions(screen.getByLabelText('How'), 'phone');
  fireEvent.change(screen.getByLabelText('What was said'), { target: { value: 'Asked me to pay today' } });
  await user.click(button('Add to the log'));
  const entries = () => document.querySelector('.log-entries') as HTMLElement;
  expect(entries()).toHaveTextContent('ABC Collections');
  expect(screen.getByLabelText('What was said')).toHaveAttribute('maxlength', '2000');

  await user.click(button('Change contact 1'));
  expect(screen.getByLabelText('Who contacted')).toHaveValue('ABC Collections');
  fireEvent.change(screen.getByLabelText('Who contacted'), { target: { value: 'XYZ Recoveries' } });
  await user.click(button('Save the change'));
  expect(entries()).toHaveTextContent('XYZ Recoveries');
  expect(entries()).not.toHaveTextContent('ABC Collections');
  expect(entries().querySelectorAll('li')).toHaveLength(1);

  await user.click(button('Delete contact 1'));
  expect(entries()).toBeNull();
  expect(screen.getByText('The contact was deleted.')).toBeInTheDocument();
  await user.click(button('Undo'));
  expect(entries()).toHaveTextContent('XYZ Recoveries');
});

test('a case is not saved without a name, and the save says why', async () => {
  const { user } = await toExemptOutcome();
  await user.click(button('Save this case to a file'));
  expect(await screen.findByText(/Enter a name for this case/, { selector: '[role=alert], [role=alert] *' })).toBeInTheDocument();
});

test('opening a bad case file says why and changes nothing; a good one restores the case', async () => {
  const { user } = await toExemptOutcome();
  const input = screen.getByLabelText('Open a case file') as HTMLInputElement;
  await user.upload(input, new File(['{"schemaVersion": 9}'], 'case.json', { type: 'application/json' }));
  expect(await screen.findByText(/different version/, { selector: '[role=alert]' })).toBeInTheDocument();
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
  await user.click(button('Back'));
  expect(document.querySelector('h1')).toHaveTextContent('This care is free for everyone');
});

test('a saved case can be opened from the start page', async () => {
  const { user } = await renderApp();
  await user.click(button('Open a saved case file'));
  await screen.findByText('Open a saved case', { selector: 'h1' });
  const good = serializeCase({
    label: 'GP case',
    answers: { audience: 'supporter', nation: 'scotland', care: 'gp' },
    path: ['start', 'audience', 'nation', 'care', 'result'],
    log: [],
    sheet: {},
    bill: {},
    memberLanguage: 'ar',
    letters: {},
  });
  await user.upload(screen.getByLabelText('Open a case file'), new File([good], 'case.json', { type: 'application/json' }));
  await user.click(await screen.findByText('Go to the case', { selector: 'button' }));
  expect(document.querySelector('h1')).toHaveTextContent('This care is free for everyone');
  // The member's language came back with the case.
  expect(screen.getByLabelText("Show the questions in your member's language too")).toHaveValue('ar');
});
