/**
 * The events a person can send at each step, for walking the machine's graph: every option of a
 * question (checkboxes one at a time, money as amounts either side of the thresholds) and Continue
 * on pages. Back, "Your answers" and Start again are tested separately: they only go backwards.
 */
import type { SnapshotFrom } from 'xstate';
import type { FlowEvent } from '../../src/flow/context';
import type { flowMachine } from '../../src/flow/machine';
import { STEPS, isQuestion, optionsOf, type StepId } from '../../src/questions/steps';

export const MONEY_SAMPLES = [0, 499_99, 500_00, 1000_00];

export function eventsAt(snapshot: SnapshotFrom<typeof flowMachine>): FlowEvent[] {
  const step = snapshot.value as StepId;
  if (isQuestion(step)) {
    if (STEPS[step].kind === 'money') return MONEY_SAMPLES.map((value) => ({ type: 'answer', step, value }));
    if (STEPS[step].kind === 'checkboxes') return optionsOf(step).map((o) => ({ type: 'answer', step, value: [o] }));
    return optionsOf(step).map((value) => ({ type: 'answer', step, value }));
  }
  return STEPS[step].kind === 'signposting' || step === 'review' ? [] : [{ type: 'next' }];
}
