/** Which step a machine state is, and its phase's number: small enough for the start page to carry. */
import { isStepId, type Phase, type StepId } from '../questions/steps';

export const PHASE_NUMBER: Partial<Record<Phase, number>> = { check: 1, support: 2, plan: 3, act: 4 };

export function stepOf(value: unknown): StepId {
  return isStepId(value) ? value : 'start';
}
