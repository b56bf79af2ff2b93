import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup } from '@testing-library/react';
import { answer, answerPages, missingKeys, pressContinue, renderApp } from '../support/renderApp';

beforeEach(() => {
  missingKeys.length = 0;
});
afterEach(() => {
  cleanup();
  expect(missingKeys).toEqual([]);
});

const heading = () => screen.getByRole('heading', { level: 1 });

async function startCheck(user: Awaited<ReturnType<typeof renderApp>>['user'], who = 'Myself', nation = 'England') {
  await pressContinue(user);
  await answer(user, who);
  await answer(user, nation);
}

describe('a journey to each outcome', () => {
  test('free service: GP care, straight to the outcome', async () => {
    const { user } = await renderApp();
    await startCheck(user);
    await answer(user, /A GP/);
    expect(heading()).toHaveTextContent('This care is free for everyone');
    expect(screen.getByText(/Basis: reg 2/)).toBeInTheDocument();
    expect(screen.getByText(/You said "A GP/)).toBeInTheDocument();
  });

  test('not an overseas visitor: British citizen living in the UK', async () => {
    const { user } = await renderApp();
    await startCheck(user);
    await answerPages(user, ['Other hospital treatment', 'No', 'British citizen', 'Yes']);
    expect(heading()).toHaveTextContent('You should not be charged: you are not an overseas visitor');
  });

  test('exempt: asylum claim waiting for a decision, with its regulation', async () => {
    const { user } = await renderApp();
    await startCheck(user);
    await answerPages(user, ['Other hospital treatment', 'No', 'Claimed asylum', 'Waiting for a decision, or appealing']);
    expect(heading()).toHaveTextContent('You are exempt from NHS charges');
    expect(screen.getByText('Basis: reg 15(b) and (ba) of SI 2015/238')).toBeInTheDocument();
    const reasons = [...document.querySelectorAll('.reasons li')].map((li) => li.textContent);
    expect(reasons.at(-1)).toMatch(/You said "Waiting for a decision, or appealing".*claimed asylum.*\(reg 15\(b\) and \(ba\)\)/);
  });

  test("the outcome quotes the law it rests on, and keeps the notes' quotes one tap away", async () => {
    const { user } = await renderApp();
    await startCheck(user);
    await answerPages(user, ['Other hospital treatment', 'No', 'Claimed asylum', 'Waiting for a decision, or appealing']);
    const quote = document.querySelector('figure.law-quote blockquote')!;
    expect(quote).toHaveTextContent('has made an application, which has not yet been determined');
    expect(quote).toHaveAttribute('lang', 'en');
    const folded = document.querySelectorAll('details.law-quote--folded');
    expect(folded.length).toBeGreaterThan(0);
    for (const d of folded) expect(d).not.toHaveAttribute('open');
  });

  test('flu is not on the list: the person is asked which disease, and flu goes on to the immigration questions', async () => {
    const { user } = await renderApp();
    await startCheck(user);
    await answer(user, 'Tests or treatment for an infectious disease');
    expect(heading()).toHaveTextContent('Which infectious disease is it?');
    await answer(user, /normal flu, pneumonia or a chest infection/);
    expect(heading()).toHaveTextContent(/violence or abuse/);
  });

  test('Scotland: an unsettled outcome says plainly it is not sure, keeps what is missing in "Why we think this", and no note appears twice', async () => {
    const { user } = await renderApp();
    await startCheck(user, 'Myself', 'Scotland');
    await answerPages(user, ['Other hospital treatment', 'No permission to be in the UK at the moment', 'None of these', 'I am in prison']);
    expect(heading()).toHaveTextContent('Get advice before you decide anything');
    expect(screen.getByText('We are not sure. An adviser can check.')).toBeInTheDocument();
    const why = document.querySelector('details[data-why]') as HTMLDetailsElement;
    expect(why.open).toBe(false);
    expect(within(why).getAllByText(/Not certain:/).length).toBeGreaterThan(0);
    const titles = [...document.querySelectorAll('.rule-note__title')].map((h) => h.textContent);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toContain('Scotland: urgent care');
  });

  test('Scotland: a visitor with no exemption is likely to be charged, from Scotland\'s own rules', async () => {
    const { user } = await renderApp();
    await startCheck(user, 'Myself', 'Scotland');
    await answerPages(user, ['Other hospital treatment', 'No permission to be in the UK at the moment', 'None of these', 'None of these']);
    expect(heading()).toHaveTextContent('You are likely to be charged for this care');
    const actions = screen.getByRole('region', { name: 'What to do now' });
    expect(actions).toHaveTextContent('In Scotland, urgent care is given whatever you can pay.');
  });

  test('likely to be charged: a visitor needing maternity care, told it is never delayed', async () => {
    const { user } = await renderApp();
    await startCheck(user);
    await answerPages(user, ['Pregnancy, birth or care after birth', 'No', /A visa or permission to stay/, /A visit visa/, 'None of these']);
    expect(heading()).toHaveTextContent('You are likely to be charged for this care');
    expect(screen.getAllByText(/must never be refused or delayed because of payment/).length).toBeGreaterThan(0);
  });

  test('get advice: not sure of the immigration situation', async () => {
    const { user } = await renderApp();
    await startCheck(user);
    await answerPages(user, ['Other hospital treatment', 'No', "I'm not sure", "I'm not sure"]);
    expect(heading()).toHaveTextContent('Get advice before you decide anything');
  });
});

describe('through Support, Plan and Act to signposting', () => {
  test('a charged person with a bill and debt collectors gets a plan decision and organisations', async () => {
    const { user } = await renderApp();
    await startCheck(user, 'Someone I support');
    expect(heading()).toHaveTextContent("What care does your member need, or have they had?");
    await answerPages(user, ['Pregnancy, birth or care after birth', 'No', /A visa or permission to stay/, /A visit visa/, 'None of these']);
    // What to do now comes first: the urgent-care rule, and an adviser to call, with a number to tap.
    const actions = screen.getByRole('region', { name: 'What to do now' });
    expect(actions).toHaveTextContent('Your member should not put off urgent care or maternity care.');
    expect(within(actions).getByRole('link', { name: 'Doctors of the World UK: 0808 1647 686' })).toHaveAttribute('href', 'tel:+448081647686');
    // The reasoning is open for an advocate.
    expect((document.querySelector('details[data-why]') as HTMLDetailsElement).open).toBe(true);
    await pressContinue(user);
    expect(screen.getByText('Step 2 of 4: Support')).toBeInTheDocument();
    await answer(user, /Yes, they have a bill/);
    await answer(user, 'Letters', 'Visits to the home');
    expect(heading()).toHaveTextContent("What to do about your member's bill");
    expect(screen.getByText(/put the account on hold/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What to do now' })).toHaveTextContent('Write to the debt collector.');
    await pressContinue(user);
    expect(screen.getByText('Step 3 of 4: Plan')).toBeInTheDocument();
    await answer(user, 'No');
    await user.type(screen.getByLabelText(/How much is your member's bill/), '£6,400');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await answerPages(user, ['Two months ago or more', 'On or after 1 July 2021']);
    expect(heading()).toHaveTextContent('A payment plan is a good idea');
    expect(screen.getByText(/already due and may be reported at any time/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'What to do now' })).toHaveTextContent('Ask the hospital, in writing, to let your member pay in small amounts.');
    await pressContinue(user);
    expect(screen.getByText('Step 4 of 4: Act')).toBeInTheDocument();
    await answer(user, 'Both');
    await answer(user, 'London');
    await screen.findByRole('heading', { level: 1, name: 'Organisations that can help' });
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    await screen.findByRole('heading', { level: 2, name: 'StepChange Debt Charity' });
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    // A pregnant woman sees Maternity Action first, offered with its website: no number could be sourced.
    const orgs = [...document.querySelectorAll('[data-organisation]')].map((li) => li.getAttribute('data-organisation'));
    expect(orgs[0]).toBe('maternity-action');
    for (const org of ['Maternity Action', 'Doctors of the World UK', 'StepChange Debt Charity', 'Praxis']) expect(names).toContain(org);

    // Each organisation says why it was suggested, how to reach it, and where each detail was read.
    const stepchange = screen.getByRole('heading', { level: 2, name: 'StepChange Debt Charity' }).closest('li')!;
    expect(stepchange).toHaveTextContent('Suggested because there is a bill and it works across the UK.');
    expect(within(stepchange).getByRole('link', { name: '0800 138 1111' })).toHaveAttribute('href', 'tel:+448001381111');
    expect(stepchange).toHaveTextContent('Free to call.');
    expect(stepchange).toHaveTextContent(/Read on stepchange\.org/);
    const docsNotCops = document.querySelector('[data-organisation="docs-not-cops"]') as HTMLElement;
    expect(within(docsNotCops).getByRole('link', { name: 'docsnotcops@gmail.com' })).toHaveAttribute('href', 'mailto:docsnotcops@gmail.com');

    // Groups from the campaign guide with no sourced contact are offered with their website, never a number.
    const maternityAction = screen.getByRole('heading', { level: 2, name: 'Maternity Action' }).closest('li')!;
    expect(within(maternityAction).queryAllByRole('link').every((a) => !a.getAttribute('href')!.startsWith('tel:'))).toBe(true);
    expect(maternityAction).toHaveTextContent('Their website is the way to reach them.');
    // A detention charity is never shown to someone who is not detained.
    expect(names).not.toContain('Medical Justice');

    // No claim of a check that no one made.
    expect(screen.getByText(/No one has checked them with the organisations yet/)).toBeInTheDocument();
    expect(screen.queryByText(/Web address checked|Checked with the organisation/)).toBeNull();
    expect(screen.getByText(/Only act if the person it is about clearly agrees/)).toBeInTheDocument();
  });

  test('an undocumented person is told to check the risk before a payment plan', async () => {
    const { user } = await renderApp();
    await startCheck(user);
    await answerPages(user, ['Other hospital treatment', 'No', /No permission to be in the UK/, 'None of these']);
    await pressContinue(user);
    await answer(user, /Yes, I have a bill/);
    await answer(user, 'No, not debt collectors');
    await pressContinue(user);
    await answer(user, 'No');
    await user.type(screen.getByLabelText(/How much is the bill/), '3200');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await answerPages(user, ['Two months ago or more', 'On or after 1 July 2021']);
    expect(heading()).toHaveTextContent('Talk to an adviser before setting up a payment plan');
    expect(screen.getByRole('region', { name: 'What to do now' })).toHaveTextContent('Do not give the hospital your address or agree a plan until an adviser says it is safe.');
  });
});

describe('errors, Back and changing answers', () => {
  test('Continue with nothing chosen shows an error summary that takes focus, and an inline error', async () => {
    const { user } = await renderApp();
    await pressContinue(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(within(summary).getByRole('link', { name: 'Select who you are checking for' })).toBeInTheDocument();
    expect(summary).toHaveFocus();
    expect(heading()).toHaveTextContent('Who are you checking for?');
  });

  test('a bad amount keeps what was typed and explains the problem', async () => {
    const { user } = await renderApp();
    await startCheck(user);
    await answerPages(user, ['Other hospital treatment', 'No', /A visa or permission/, /A visit visa/, 'None of these']);
    await pressContinue(user);
    await answer(user, /Yes, I have a bill/);
    await answer(user, 'Letters');
    await pressContinue(user);
    await answer(user, 'No');
    const field = screen.getByLabelText(/How much is the bill/);
    await user.type(field, '-40');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getAllByText('The amount cannot be less than £0')).toHaveLength(2);
    expect(field).toHaveValue('-40');
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  test('Back returns to the previous question with its answer kept', async () => {
    const { user } = await renderApp();
    await startCheck(user);
    expect(heading()).toHaveTextContent('What care is this about?');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(heading()).toHaveTextContent('Where in the UK is the care?');
    expect(screen.getByLabelText('England')).toBeChecked();
    expect(heading()).toHaveFocus();
  });

  test('changing an answer from "Your answers" keeps the answers that still apply', async () => {
    const { user } = await renderApp();
    await startCheck(user);
    await answerPages(user, ['Other hospital treatment', 'No', 'Claimed asylum', 'Waiting for a decision, or appealing']);
    expect(heading()).toHaveTextContent('You are exempt');
    await user.click(screen.getByRole('button', { name: 'Your answers' }));
    expect(heading()).toHaveTextContent('Your answers');
    await user.click(screen.getByRole('button', { name: /Change your answer to: Nation/ }));
    expect(heading()).toHaveTextContent('Where in the UK is the care?');
    await answer(user, 'Wales');
    // Later answers are kept and shown selected.
    expect(screen.getByLabelText('Other hospital treatment')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByLabelText('Claimed asylum')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent('You are exempt');
    expect(screen.getByText(/Basis: .*WSI 2009\/1512/)).toBeInTheDocument();
  });

  test('Start again clears the answers', async () => {
    const { user } = await renderApp();
    await startCheck(user);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(heading()).toHaveTextContent('Check if you have to pay for NHS care');
    await pressContinue(user);
    expect(screen.getByLabelText('Myself')).not.toBeChecked();
  });
});

describe('the exemptions page', () => {
  test('is reachable from the start page, lists every rule, and can be searched', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'See all exemptions' }));
    expect(heading()).toHaveTextContent('All exemptions');
    const { RULES } = await import('../../src/rules/catalogue');
    expect(document.querySelectorAll('[data-rule]')).toHaveLength(RULES.length);
    await user.type(screen.getByLabelText('Search the rules'), 'trafficking');
    // Each nation's own rule: England's reg 16, Wales's reg 4(1)(r), Northern Ireland's reg 10.
    // The list may be drawn a moment after the last key (a CI run under load found it not yet
    // there); the search text must still be there, and the list must come to exactly these.
    expect(screen.getByLabelText('Search the rules')).toHaveValue('trafficking');
    await waitFor(() =>
      expect([...document.querySelectorAll('[data-rule]')].map((li) => li.getAttribute('data-rule'))).toEqual(['reg16-modern-slavery', 'wales-trafficking', 'ni-family', 'ni-trafficking']),
    );
    expect(screen.getByText('Victims of modern slavery or trafficking')).toBeInTheDocument();
    // A settled rule shows the words of the law; an unsettled one says what is missing.
    const slavery = document.querySelector('[data-rule="reg16-modern-slavery"]')!;
    expect(slavery.querySelector('blockquote')).toHaveTextContent('exempt from charges under regulation 16 (victims of modern slavery)');
  });
});
