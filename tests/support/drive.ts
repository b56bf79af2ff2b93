/**
 * Drives the real machine with a set of answers, the way a person would: answer each question the
 * machine asks, press Continue on each page, until signposting. Reports the steps it passed, the
 * questions it asked that the case did not answer, and the answers the machine never asked for.
 */
import { createActor, type Actor } from 'xstate';
import { flowMachine } from '../../src/flow/machine';
import { STEPS, isQuestion, type AnswerValue, type StepId } from '../../src/questions/steps';

export interface DriveResult {
  steps: StepId[];
  missing: string | null;
  unused: string[];
  stuckAt: StepId | null;
  actor: Actor<typeof flowMachine>;
}

export function drive(answers: Record<string, AnswerValue>, stopAt: StepId = 'signposting'): DriveResult {
  const actor = createActor(flowMachine, { input: {} }).start();
  const steps: StepId[] = [];
  const used = new Set<string>();
  for (let i = 0; i < 100; i++) {
    const step = actor.getSnapshot().value as StepId;
    steps.push(step);
    if (step === stopAt) break;
    if (isQuestion(step)) {
      if (!(step in answers)) return { steps, missing: step, unused: [], stuckAt: null, actor };
      used.add(step);
      actor.send({ type: 'answer', step, value: answers[step]! });
    } else if (STEPS[step].kind !== 'signposting') {
      actor.send({ type: 'next' });
    }
    if (actor.getSnapshot().value === step) return { steps, missing: null, unused: [], stuckAt: step, actor };
  }
  const unused = Object.keys(answers).filter((k) => !used.has(k));
  return { steps, missing: null, unused, stuckAt: null, actor };
}
