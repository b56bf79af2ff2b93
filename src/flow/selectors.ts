/** Reading the machine's state for the screens, without repeating any guard or rule. */
import { decide, planDecision, type Decision, type PlanDecision } from '../rules';
import { seekerOf, type Seeker } from '../organisations/match';
import { answersOnPath, type FlowContext } from './context';
import type { Answers } from '../questions/steps';

/** The answers on the path that led to the current step, the current step's own answer excluded. */
export function pathAnswers(context: FlowContext): Answers {
  return answersOnPath(context.answers, context.history);
}

export function decisionOf(context: FlowContext): Decision {
  return decide(pathAnswers(context));
}

export function planOf(context: FlowContext): PlanDecision {
  return planDecision(pathAnswers(context));
}

/** Where the person is and what their answers show they need: what organisations are chosen by. */
export function signpostingOf(context: FlowContext): Seeker {
  const answers = pathAnswers(context);
  return seekerOf(answers, decide(answers).outcome);
}
