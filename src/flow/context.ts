/** What the machine remembers: the answers by question id, and the steps visited, for Back. */
import type { AnswerValue, Answers, QuestionId, StepId } from '../questions/steps';

export interface FlowContext {
  answers: Answers;
  /** Steps visited before the current one, oldest first. Back pops from here. */
  history: StepId[];
  /** Where "Your answers" returns to. */
  returnTo: StepId | null;
}

export type FlowEvent =
  | { type: 'answer'; step: QuestionId; value: AnswerValue }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'review.open'; from: StepId }
  | { type: 'review.close' }
  | { type: 'change'; step: QuestionId }
  | { type: 'restart' };

export const initialContext = (answers: Answers = {}): FlowContext => ({ answers, history: [], returnTo: null });

/** The answers as they stand once this event's answer, if any, is taken. */
export function answersAfter(context: FlowContext, event: FlowEvent): Answers {
  return event.type === 'answer' ? { ...context.answers, [event.step]: event.value } : context.answers;
}

/**
 * Only the answers to questions on the path the person actually took. Answers to questions they
 * left behind after changing an earlier answer are kept (to prefill if they come back) but never
 * reach the rules.
 */
export function answersOnPath(answers: Answers, path: readonly StepId[]): Answers {
  const kept: Record<string, AnswerValue> = {};
  for (const step of path) {
    const value = (answers as Record<string, AnswerValue | undefined>)[step];
    if (value !== undefined) kept[step] = value;
  }
  return kept as Answers;
}

/** The answers on the path, including the question being answered by this event. */
export function pathAnswersAfter(context: FlowContext, event: FlowEvent): Answers {
  const path = event.type === 'answer' ? [...context.history, event.step] : context.history;
  return answersOnPath(answersAfter(context, event), path);
}
