/**
 * The whole decision flow as one XState machine. This file holds routing only: which step follows
 * which, under which named guard. Policy lives in src/rules, wording in locales/.
 */
import { assign, setup } from 'xstate';
import { initialContext, type FlowContext, type FlowEvent } from './context';
import { guards } from './guards';
import { careRoutes, page, question, toAnyStep, when } from './routes';
import type { Answers, StepId } from '../questions/steps';

export const flowMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as { answers?: Answers } | undefined,
  },
  guards,
  actions: {
    saveAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer') return {};
      return {
        answers: { ...context.answers, [event.step]: event.value },
        history: [...context.history, event.step],
      };
    }),
    recordVisit: assign(({ context }, params: { step: StepId }) => ({ history: [...context.history, params.step] })),
    popHistory: assign(({ context }) => ({ history: context.history.slice(0, -1) })),
    rewindTo: assign(({ context }, params: { step: StepId }) => ({
      history: context.history.slice(0, context.history.indexOf(params.step)),
      returnTo: null,
    })),
    openReview: assign(({ event }) => (event.type === 'review.open' ? { returnTo: event.from } : {})),
    closeReview: assign({ returnTo: null }),
    reset: assign(() => initialContext()),
  },
}).createMachine({
  id: 'flow',
  context: ({ input }) => initialContext(input?.answers),
  initial: 'start',
  on: {
    back: toAnyStep('isPreviousStep', 'popHistory'),
    change: toAnyStep('isStepInHistory', 'rewindTo'),
    'review.open': { target: '.review', actions: 'openReview' },
    restart: { target: '.start', actions: 'reset' },
  },
  states: {
    start: page('start', [{ target: 'audience' }]),

    // Step 1: Check
    audience: question('audience', [{ target: 'nation' }]),
    nation: question('nation', [{ target: 'care' }]),
    care: question('care', careRoutes(['aeAdmitted', 'condition'])),
    aeAdmitted: question('aeAdmitted', careRoutes([])),
    condition: question('condition', careRoutes([])),
    cause: question('cause', [{ target: 'cameForTreatment', guard: 'asksIfCameForTreatment' }, { target: 'status' }]),
    cameForTreatment: question('cameForTreatment', [
      { target: 'result', guard: 'isCareFreeForEveryone' },
      { target: 'status' },
    ]),
    status: question('status', [
      { target: 'livesInUk', guard: 'hasCitizenOrSettledStatus' },
      { target: 'result', guard: 'isGpCareLeftToThePractice' },
      { target: 'visaType', guard: 'asksAboutSurcharge' },
      { target: 'result', guard: 'isAsylumExemptInThisNation' },
      { target: 'asylumStage', guard: when('status', 'asylum') },
      { target: 'result', guard: when('status', 'protection') },
      { target: 'ukPurpose', guard: 'asksWhyInTheUk' },
      { target: 'special' },
    ]),
    livesInUk: question('livesInUk', [
      { target: 'result', guard: when('livesInUk', 'yes') },
      { target: 'result', guard: 'isGpCareLeftToThePractice' },
      { target: 'ukPurpose', guard: 'asksWhyInTheUk' },
      { target: 'special' },
    ]),
    visaType: question('visaType', [{ target: 'result', guard: 'hasVisaExemption' }, { target: 'special' }]),
    asylumStage: question('asylumStage', [
      { target: 'asylumSupport', guard: 'asksAboutAsylumSupport' },
      { target: 'result' },
    ]),
    asylumSupport: question('asylumSupport', [
      { target: 'result', guard: 'hasAsylumSupportExemption' },
      { target: 'special' },
    ]),
    ukPurpose: question('ukPurpose', [
      { target: 'result', guard: 'hasExemption' },
      { target: 'lawfulYear', guard: 'asksAboutLawfulResidence' },
      { target: 'special' },
    ]),
    lawfulYear: question('lawfulYear', [{ target: 'result', guard: 'hasExemption' }, { target: 'special' }]),
    special: question('special', [
      { target: 'relativeExemption', guard: 'asksWhyRelativeIsExempt' },
      { target: 'agreement', guard: 'asksWhichAgreement' },
      { target: 'careTiming', guard: 'asksWhenNeedArose' },
      { target: 'result' },
    ]),
    relativeExemption: question('relativeExemption', [
      { target: 'babyBornHere', guard: 'asksAboutBaby' },
      { target: 'dependant', guard: 'asksIfDependant' },
      { target: 'result' },
    ]),
    babyBornHere: question('babyBornHere', [{ target: 'babyLeftUk', guard: 'asksIfBabyLeftUk' }, { target: 'result' }]),
    babyLeftUk: question('babyLeftUk', [{ target: 'result' }]),
    dependant: question('dependant', [{ target: 'result' }]),
    agreement: question('agreement', [{ target: 'careTiming', guard: 'asksWhenNeedArose' }, { target: 'result' }]),
    careTiming: question('careTiming', [{ target: 'result' }]),
    result: page('result', [{ target: 'bill' }]),

    // Step 2: Support
    bill: question('bill', [
      { target: 'collectors', guard: when('bill', 'yes') },
      { target: 'supportAdvice', guard: when('bill', 'upfront') },
      { target: 'act' },
    ]),
    collectors: question('collectors', [{ target: 'supportAdvice' }]),
    supportAdvice: page('supportAdvice', [{ target: 'planAgreed', guard: 'isPaymentPlanRelevant' }, { target: 'act' }]),

    // Step 3: Plan. A plan already agreed and kept settles it; otherwise the bill's amount and dates
    // decide whether the debt can count, for everyone (an undocumented person is also told to check
    // the risk of giving the hospital their details before any plan).
    planAgreed: question('planAgreed', [{ target: 'planResult', guard: when('planAgreed', 'keeping') }, { target: 'billAmount' }]),
    billAmount: question('billAmount', [{ target: 'invoiceAge' }]),
    invoiceAge: question('invoiceAge', [{ target: 'treatmentDate' }]),
    treatmentDate: question('treatmentDate', [
      { target: 'eeaNational', guard: 'asksAboutEeaCitizenship' },
      { target: 'planResult' },
    ]),
    eeaNational: question('eeaNational', [{ target: 'planResult' }]),
    planResult: page('planResult', [{ target: 'act' }]),

    // Step 4: Act, then signposting
    act: question('act', [{ target: 'region', guard: 'asksForRegion' }, { target: 'signposting' }]),
    region: question('region', [{ target: 'signposting' }]),
    signposting: {},

    review: { on: { 'review.open': {}, 'review.close': toAnyStep('isReturnStep', 'closeReview') } },
  },
});
