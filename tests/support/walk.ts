/**
 * Walks the real app in jsdom from wherever it is, the way a person does: on each question page it
 * picks the answer the case gives for that question (by value, so wording changes do not break
 * it), on every other page it presses Continue, until `stopAt`. `onPage` runs on every page first.
 * It fires the events directly (React hears a click on a radio as a change), which keeps a journey
 * of twenty pages well inside a test's time on a busy machine.
 */
import { cleanup, fireEvent, waitFor } from '@testing-library/react';
import { currentPath } from '../../src/flow/savedPath';
import { forgetProgress, saveProgress } from '../../src/privacy/savedProgress';
import { STEPS, isQuestion, type AnswerValue, type StepId } from '../../src/questions/steps';
import { drive } from './drive';

export const currentStep = () => document.querySelector('[data-step]')?.getAttribute('data-step') as StepId | null;

/** The page's main button: Continue, or "Start now" on the first page. (Plain DOM queries: role queries are slow.) */
const mainButton = () => document.querySelector<HTMLButtonElement>('main .button:not(.button--secondary)')!;

/** Waits until the current page has drawn its heading (the later pages load lazily). */
export async function pageDrawn() {
  await waitFor(() => {
    if (!document.querySelector('main h1')) throw new Error('no heading yet');
  });
}

/**
 * Waits until a page has arrived: drawn, and (past the start page) its heading has taken focus.
 * The focus is given in an effect React may run a moment after the heading appears; a test that
 * typed before it would lose its keys to the heading.
 */
export async function pageArrived() {
  await pageDrawn();
  if (currentStep() === 'start') return;
  await waitFor(() => {
    if (document.activeElement !== document.querySelector('main h1')) throw new Error('the heading has not taken focus yet');
  });
}

export async function walk(answers: Record<string, AnswerValue>, stopAt: StepId, onPage?: (step: StepId) => Promise<void> | void) {
  const visited: StepId[] = [];
  for (let i = 0; i < 60; i++) {
    const step = currentStep();
    if (!step) throw new Error('the app is not running');
    await pageDrawn();
    visited.push(step);
    await onPage?.(step);
    if (step === stopAt) return visited;
    if (STEPS[step].kind === 'signposting') throw new Error(`reached signposting before ${stopAt}: ${visited.join(' > ')}`);
    if (isQuestion(step)) {
      const value = answers[step];
      if (value === undefined) throw new Error(`the case does not answer ${step} (${visited.join(' > ')})`);
      if (STEPS[step].kind === 'money') {
        fireEvent.change(document.getElementById(step)!, { target: { value: String(Number(value) / 100) } });
      } else {
        for (const v of Array.isArray(value) ? value : [value]) {
          const input = document.querySelector<HTMLInputElement>(`input[name="${step}"][value="${String(v)}"]`);
          if (!input) throw new Error(`${step} has no option ${String(v)}`);
          if (!input.checked) fireEvent.click(input);
        }
      }
    }
    fireEvent.click(mainButton());
    await pageArrived();
    if (currentStep() === step) throw new Error(`stuck at ${step}`);
  }
  throw new Error(`no ${stopAt} after 60 pages: ${visited.join(' > ')}`);
}

/**
 * Starts the app part-way through a case, the way a person who saved their progress does: the case
 * is driven through the real machine to `step`, saved, and resumed from the start page. A long
 * journey is then tested in parts, each well inside a test's time. The app goes on saving: call
 * `forgetProgress()` after the test.
 */
export async function resumeAt(answers: Record<string, AnswerValue>, step: StepId, render: () => Promise<unknown>) {
  const driven = drive(answers, step);
  if (driven.missing || driven.stuckAt) throw new Error(`the case does not reach ${step}: ${driven.steps.join(' > ')}`);
  saveProgress(currentPath(driven.actor.getSnapshot()));
  await render();
  // The offer appears once the app has read what was saved, just after its first render.
  const resume = await waitFor(() => {
    const button = [...document.querySelectorAll('main button')].find((b) => b.textContent === 'Continue where I left off');
    if (!button) throw new Error('no offer to resume');
    return button;
  });
  fireEvent.click(resume);
  await pageArrived();
  if (currentStep() !== step) throw new Error(`resumed at ${currentStep()}, not ${step}`);
}

/**
 * The end of a test that walked or resumed a journey: the app is taken down and what it saved
 * forgotten; then, once a Back of the test has arrived (jsdom delivers it as a task), the guide's
 * history entries are forgotten too, so the next test starts as a new visit.
 */
export async function endJourney() {
  cleanup();
  forgetProgress();
  await new Promise((resolve) => setTimeout(resolve, 0));
  window.history.replaceState(null, '');
}
