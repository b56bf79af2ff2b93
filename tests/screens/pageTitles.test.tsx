/**
 * Every page names itself in the browser's title (the page's heading, then the guide's name), and
 * a page that shows an error says so first, as GOV.UK pages do; each question says exactly what
 * to choose, in the voice of the mode.
 */
import '@testing-library/jest-dom/vitest';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { answer, missingKeys, pressContinue, renderApp } from '../support/renderApp';
import { ADVOCATE_JOURNEYS } from '../support/advocateJourneys';
import { endJourney, resumeAt, walk } from '../support/walk';

const APP = 'NHS charges: check, get support, plan, act';

beforeEach(() => {
  missingKeys.length = 0;
});
afterEach(async () => {
  await endJourney();
  expect(missingKeys).toEqual([]);
});

test('the title follows the page, and says "Error:" while the page shows one', async () => {
  const { user } = await renderApp();
  expect(document.title).toBe(`Check if you have to pay for NHS care – ${APP}`);
  await pressContinue(user);
  expect(document.title).toBe(`Who are you checking for? – ${APP}`);

  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(document.title).toBe(`Error: Who are you checking for? – ${APP}`);
  const summary = screen.getByRole('alert');
  expect(within(summary).getByRole('link', { name: 'Select who you are checking for' })).toBeInTheDocument();
  // The same words beside the question.
  expect(document.querySelector('.error-message')).toHaveTextContent('Select who you are checking for');

  await answer(user, 'Someone I support');
  expect(document.title).toBe(`Where in the UK is your member's care? – ${APP}`);
});

test("an advocate's error speaks of the member; the title drops \"Error:\" once it is put right", async () => {
  await resumeAt(ADVOCATE_JOURNEYS['a refused asylum seeker on section 4 support, debt collectors writing']!, 'status', () => renderApp());
  screen.getByRole('button', { name: 'Continue' }).click();
  await screen.findByRole('alert');
  expect(screen.getByRole('alert')).toHaveTextContent("Select your member's immigration status");
  expect(document.title).toBe(`Error: What is your member's immigration status? – ${APP}`);
  await walk(ADVOCATE_JOURNEYS['a refused asylum seeker on section 4 support, debt collectors writing']!, 'asylumStage');
  expect(document.title).toBe(`Where is the asylum claim now? – ${APP}`);
});

test('a checkbox question names its "none" answer in its error', async () => {
  await resumeAt(ADVOCATE_JOURNEYS['a refused asylum seeker on section 4 support, debt collectors writing']!, 'collectors', () => renderApp());
  screen.getByRole('button', { name: 'Continue' }).click();
  expect(await screen.findByRole('alert')).toHaveTextContent('Select how debt collectors have been in touch, or "No, not debt collectors"');
});

test('a page whose heading states a finding is named by its step, so the browser history never keeps the finding', async () => {
  const answers = ADVOCATE_JOURNEYS["a member's £7,000 bill, a plan advisable"]!;
  await resumeAt(answers, 'result', () => renderApp());
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your member is likely to be charged for this care');
  expect(document.title).toBe(`Step 1 of 4: Check – ${APP}`);
  await walk(answers, 'supportAdvice');
  expect(document.title).toBe(`Step 2 of 4: Support – ${APP}`);
  await walk(answers, 'planResult');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A payment plan is a good idea');
  expect(document.title).toBe(`Step 3 of 4: Plan – ${APP}`);
  await walk(answers, 'signposting');
  expect(document.title).toBe(`Organisations that can help – ${APP}`);
});

test('in Arabic, the title and its "Error:" are Arabic', async () => {
  const { user } = await renderApp('ar');
  await user.click(screen.getByRole('button', { name: 'البدء الآن' }));
  const heading = screen.getByRole('heading', { level: 1 }).textContent!;
  await user.click(screen.getByRole('button', { name: 'متابعة' }));
  await screen.findByRole('alert');
  // The heading is a value inside a right-to-left text, so it comes wrapped in Unicode isolates.
  expect(document.title).toMatch(new RegExp(`^خطأ: \u2068?${heading}\u2069? – `));
  expect(screen.getByRole('alert')).not.toHaveTextContent(/[A-Za-z]/);
});
