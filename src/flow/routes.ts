/**
 * Small builders that keep the machine readable as a graph: a question state lists only where each
 * answer leads; "back", "change" and "return from Your answers" are generated from the step list
 * instead of being written by hand for every state.
 */
import { and } from 'xstate';
import type { guards } from './guards';
import { STEP_IDS, type QuestionId, type StepId } from '../questions/steps';

type NamedGuard = Exclude<keyof typeof guards, 'isAnswerTo' | 'answerIs' | 'isPreviousStep' | 'isStepInHistory' | 'isReturnStep'>;
type AnswerIs = { type: 'answerIs'; params: { question: QuestionId; values: readonly string[] } };
export type RouteGuard = NamedGuard | AnswerIs;
export interface Route {
  target: StepId;
  guard?: RouteGuard;
}

export const when = (question: QuestionId, ...values: string[]): RouteGuard => ({
  type: 'answerIs',
  params: { question, values },
});

/** A question: every answer is validated, saved, and routed by the first matching route. */
export function question(step: QuestionId, routes: Route[]) {
  const valid = { type: 'isAnswerTo', params: { step } } as const;
  return {
    on: {
      answer: routes.map(({ target, guard }) => ({
        target,
        // The cast only widens the guard names for and(); setup() checks them when the machine is built.
        guard: guard ? and([valid, guard] as never) : valid,
        actions: { type: 'saveAnswer' as const },
      })),
    },
  };
}

/** A page with a Continue button (start, outcome, guidance): "next" routes like an answer. */
export function page(step: StepId, routes: Route[]) {
  return {
    on: {
      next: routes.map(({ target, guard }) => ({
        target,
        ...(guard ? { guard } : {}),
        actions: { type: 'recordVisit' as const, params: { step } },
      })),
    },
  };
}

/** One transition per step, taken when the guard (given that step) holds. */
export function toAnyStep(
  guard: 'isPreviousStep' | 'isStepInHistory' | 'isReturnStep',
  action: 'popHistory' | 'rewindTo' | 'closeReview',
) {
  return STEP_IDS.map((step) => ({
    target: `#flow.${step}`,
    guard: { type: guard, params: { step } },
    actions: { type: action, params: { step } },
  }));
}

/**
 * Where the care questions lead: the follow-up that decides the care (A&E admission, which
 * condition), then "did you come here for it?" where that decides it, then the outcome if the care
 * is free for everyone, then the violence question (England) or the immigration questions.
 */
export function careRoutes(followUps: Array<'aeAdmitted' | 'condition'>): Route[] {
  const first: Record<'aeAdmitted' | 'condition', Route> = {
    aeAdmitted: { target: 'aeAdmitted', guard: 'isAccidentAndEmergencyVisit' },
    condition: { target: 'condition', guard: 'asksWhichCondition' },
  };
  return [
    ...followUps.map((f) => first[f]),
    { target: 'cameForTreatment', guard: 'asksIfCameForTreatment' },
    { target: 'result', guard: 'isCareFreeForEveryone' },
    { target: 'cause', guard: 'asksAboutViolence' },
    { target: 'status' },
  ];
}
