/**
 * A double click on Continue presses once. The second click of a double click lands on whatever
 * the first one brought up, often the next page's own Continue button: it must not submit that
 * page's question empty.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { answer, answerPages, pressContinue, renderApp } from '../support/renderApp';

afterEach(cleanup);

const heading = () => screen.getByRole('heading', { level: 1 });
/** The second click of a double click: the browser counts it in `detail`. */
const secondClick = (name: string) => fireEvent.click(screen.getByRole('button', { name }), { detail: 2 });

test('on an information page, the second click of a double click does not submit the next question empty', async () => {
  const { user } = await renderApp();
  await pressContinue(user);
  await answerPages(user, ['Myself', 'England', 'Other hospital treatment', 'No', /A visa or permission to stay/, /A visit visa/, 'None of these']);
  await pressContinue(user);
  await answer(user, /Yes, I have a bill/);
  await answer(user, 'Letters');
  expect(heading()).toHaveTextContent('What to do about the bill');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(heading()).toHaveTextContent('Have you agreed a payment plan with the hospital for this bill?');
  secondClick('Continue');
  expect(screen.queryByText('There is a problem')).toBeNull();
  expect(heading()).toHaveTextContent('Have you agreed a payment plan with the hospital for this bill?');
});

test('on the start page and on a question, the second click of a double click is ignored too', async () => {
  const { user } = await renderApp();
  await user.click(screen.getByRole('button', { name: 'Start now' }));
  secondClick('Continue');
  expect(screen.queryByText('There is a problem')).toBeNull();
  await user.click(screen.getByLabelText('Myself'));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(heading()).toHaveTextContent('Where in the UK is the care?');
  secondClick('Continue');
  expect(screen.queryByText('There is a problem')).toBeNull();
  // A single press still works, by mouse (detail 1) or keyboard (detail 0).
  fireEvent.click(screen.getByRole('button', { name: 'Continue' }), { detail: 0 });
  expect(await screen.findByText('There is a problem')).toBeInTheDocument();
});
