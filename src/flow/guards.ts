/**
 * The machine's guards, each named after the question it decides. Every one reads the answers on
 * the person's path (including the answer being given) and asks the rules; none repeats a rule.
 */
import * as rules from '../rules';
import { asksForRegion } from '../organisations/match';
import { pathAnswersAfter, type FlowContext, type FlowEvent } from './context';
import { isValidAnswer, type Answers, type QuestionId, type StepId } from '../questions/steps';

type Args = { context: FlowContext; event: FlowEvent };
const on = (ask: (a: Answers) => boolean) => ({ context, event }: Args) => ask(pathAnswersAfter(context, event));

const outcomeOf = (a: Answers) => rules.decide(a).outcome;

export const guards = {
  /** The event answers this question with an allowed value. */
  isAnswerTo: ({ event }: Args, params: { step: QuestionId }) =>
    event.type === 'answer' && event.step === params.step && isValidAnswer(params.step, event.value),
  /** A plain routing choice: the question's answer is one of these values. */
  answerIs: ({ context, event }: Args, params: { question: QuestionId; values: readonly string[] }) =>
    params.values.includes(String(pathAnswersAfter(context, event)[params.question])),

  isAccidentAndEmergencyVisit: on(rules.isAccidentAndEmergencyVisit),
  asksWhichCondition: on(rules.asksWhichCondition),
  asksIfCameForTreatment: on(rules.asksIfCameForTreatment),
  isCareFreeForEveryone: on(rules.isCareFreeForEveryone),
  asksAboutViolence: on(rules.asksAboutViolence),
  hasCitizenOrSettledStatus: on(rules.hasCitizenOrSettledStatus),
  isAsylumExemptInThisNation: on(rules.isAsylumExemptInThisNation),
  asksAboutSurcharge: on(rules.asksAboutSurcharge),
  hasVisaExemption: on(rules.hasVisaExemption),
  asksWhyInTheUk: on(rules.asksWhyInTheUk),
  asksAboutLawfulResidence: on(rules.asksAboutLawfulResidence),
  hasExemption: on((a) => rules.exemptionRule(a) !== null),
  hasPendingAsylumClaim: on(rules.hasPendingAsylumClaim),
  asksAboutAsylumSupport: on(rules.asksAboutAsylumSupport),
  hasAsylumSupportExemption: on(rules.hasAsylumSupportExemption),
  asksWhyRelativeIsExempt: on(rules.asksWhyRelativeIsExempt),
  asksAboutBaby: on(rules.asksAboutBaby),
  asksIfBabyLeftUk: on(rules.asksIfBabyLeftUk),
  asksIfDependant: on(rules.asksIfDependant),
  isGpCareLeftToThePractice: on(rules.isGpCareLeftToThePractice),
  asksWhichAgreement: on(rules.asksWhichAgreement),
  asksWhenNeedArose: on(rules.asksWhenNeedArose),
  isPaymentPlanRelevant: on((a) => rules.isPaymentPlanRelevant(a, outcomeOf(a))),
  asksAboutEeaCitizenship: on(rules.asksAboutEeaCitizenship),
  asksForRegion: on(asksForRegion),

  hasHistory: ({ context }: Args) => context.history.length > 0,
  isPreviousStep: ({ context }: Args, params: { step: StepId }) => context.history.at(-1) === params.step,
  isStepInHistory: ({ context, event }: Args, params: { step: StepId }) =>
    event.type === 'change' && event.step === params.step && context.history.includes(params.step),
  isReturnStep: ({ context }: Args, params: { step: StepId }) => context.returnTo === params.step,
};
