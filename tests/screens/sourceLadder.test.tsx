/**
 * The source ladder on screen: a rule settled on the law says "The law says"; a rule settled on
 * official guidance, because the law's own words could not be read, says whose guidance it is, that
 * we could not read the regulation itself, and the page's title and date. Both on the outcome page
 * and in the printed case summary.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { answerPages, pressContinue, renderApp } from '../support/renderApp';

afterEach(cleanup);

const GUIDANCE = 'NHS guidance says (we could not read the regulation itself)';

test('a rule settled on NHS guidance says so on the outcome page and in the case summary', async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answerPages(user, ['Myself', 'England', 'NHS 111 (phone or online)']);
  const outcome = await screen.findByRole('heading', { level: 1, name: 'This care is free for everyone' });
  const page = outcome.closest('[data-outcome]') as HTMLElement;
  expect(page).toHaveAttribute('data-basis', 'reg9-nhs111');
  // The quote under the verdict is the basis's: the other notes below it may rest on the law.
  const quote = page.querySelector('.law-quote') as HTMLElement;
  expect(quote).toHaveAttribute('data-rung', 'guidance');
  expect(quote).toHaveTextContent(GUIDANCE);
  expect(quote).toHaveTextContent('How to access NHS services in England (nhs.uk), undated');
  expect(quote).toHaveTextContent('the NHS 111 telephone service');

  await user.click(screen.getByRole('button', { name: 'Case summary to print' }));
  await screen.findByRole('heading', { level: 1, name: 'Case summary' });
  const english = document.querySelector('section[lang="en"]') as HTMLElement;
  expect(english.querySelector('.law-quote')).toHaveTextContent(GUIDANCE);
});

test('a rule settled on the law says "The law says", never that it is guidance', async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answerPages(user, ['Myself', 'England', 'Family planning or contraception']);
  const page = (await screen.findByRole('heading', { level: 1, name: 'This care is free for everyone' })).closest('[data-outcome]') as HTMLElement;
  expect(page).toHaveAttribute('data-basis', 'reg9c-family-planning');
  const quote = page.querySelector('.law-quote') as HTMLElement;
  expect(quote).toHaveAttribute('data-rung', 'law');
  expect(quote).toHaveTextContent('The law says (reg 9(c), SI 2015/238)');
  expect(page).not.toHaveTextContent(GUIDANCE);
});
