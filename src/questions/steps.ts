/**
 * Every step of the wizard, in one place: its id (which is also the machine's state name, the
 * translation key prefix and the name used in scenario tables), the kind of screen that shows it,
 * which of the four parts it belongs to, and, for questions, the answers it accepts.
 */

import { MAX_PENCE } from '../lib/money';

export type Phase = 'start' | 'check' | 'support' | 'plan' | 'act' | 'signpost';

export type StepKind =
  | 'start'
  | 'radios'
  | 'checkboxes'
  | 'money'
  | 'outcome'
  | 'info'
  | 'signposting'
  | 'review';

interface StepDef {
  kind: StepKind;
  phase: Phase;
  /** For radios and checkboxes: the allowed answers, in display order. */
  options?: readonly string[];
  /** For checkboxes: an option that cannot be combined with the others. */
  exclusive?: string;
  /** Options shown after a divider ("or"), e.g. "I'm not sure". */
  dividerBefore?: string;
}

export const STEPS = {
  start: { kind: 'start', phase: 'start' },
  audience: { kind: 'radios', phase: 'check', options: ['self', 'supporter'] },
  nation: {
    kind: 'radios',
    phase: 'check',
    options: ['england', 'scotland', 'wales', 'northern-ireland', 'unsure'],
    dividerBefore: 'unsure',
  },
  care: {
    kind: 'radios',
    phase: 'check',
    options: [
      'gp',
      'ae',
      'nhs111',
      'family-planning',
      'infectious-disease',
      'sti',
      'maternity',
      'termination',
      'fertility',
      'mental-health',
      'palliative',
      'hospital',
      'community',
      'unsure',
    ],
    dividerBefore: 'unsure',
  },
  condition: {
    kind: 'radios',
    phase: 'check',
    options: [
      'tb',
      'hiv',
      'hepatitis',
      'malaria',
      'measles-mumps-rubella',
      'whooping-cough',
      'strep-a',
      'meningitis',
      'food-poisoning',
      'covid',
      'mpox',
      'pandemic-flu',
      'other-listed',
      'testing',
      'not-listed',
    ],
    dividerBefore: 'testing',
  },
  aeAdmitted: { kind: 'radios', phase: 'check', options: ['no', 'yes', 'unsure'] },
  cause: {
    kind: 'radios',
    phase: 'check',
    options: ['fgm', 'yes', 'no', 'unsure', 'prefer-not'],
  },
  cameForTreatment: { kind: 'radios', phase: 'check', options: ['no', 'yes', 'unsure'] },
  status: {
    kind: 'radios',
    phase: 'check',
    options: ['british', 'irish', 'ilr', 'settled', 'visa', 'asylum', 'protection', 'no-leave', 'other', 'unsure'],
    dividerBefore: 'unsure',
  },
  livesInUk: { kind: 'radios', phase: 'check', options: ['yes', 'no', 'unsure'] },
  ukPurpose: {
    kind: 'radios',
    phase: 'check',
    options: ['work', 'volunteer', 'settle', 'study', 'none', 'unsure'],
    dividerBefore: 'none',
  },
  lawfulYear: { kind: 'radios', phase: 'check', options: ['yes', 'no', 'unsure'] },
  visaType: {
    kind: 'radios',
    phase: 'check',
    options: ['surcharge', 'pre-2015', 'visit', 'unsure'],
    dividerBefore: 'unsure',
  },
  asylumStage: {
    kind: 'radios',
    phase: 'check',
    options: ['pending', 'fresh-claim', 'further-submissions', 'refused', 'unsure'],
    dividerBefore: 'unsure',
  },
  asylumSupport: {
    kind: 'radios',
    phase: 'check',
    options: ['s95', 's4', 'council', 'children-act', 'none', 'unsure'],
    dividerBefore: 'unsure',
  },
  special: {
    kind: 'radios',
    phase: 'check',
    options: [
      'trafficking',
      'immigration-detention',
      'prison',
      'mental-health-act',
      'looked-after-child',
      'crown',
      'war-pension',
      'reciprocal',
      'ukraine',
      'humanitarian',
      'family-of-exempt',
      'social-charter',
      'none',
      'unsure',
    ],
    dividerBefore: 'none',
  },
  /** Family of an exempt person: why the husband, wife, civil partner or parent does not have to pay. */
  relativeExemption: {
    kind: 'radios',
    phase: 'check',
    options: ['refugee', 'asylum', 'trafficking', 'forces', 'war-pension', 's1', 'ukraine', 'work', 'study', 'surcharge', 'pre-2015', 'other', 'unsure'],
    dividerBefore: 'unsure',
  },
  /** England reg 25(3), Wales reg 4I(3): a baby born in the UK, by age. */
  babyBornHere: { kind: 'radios', phase: 'check', options: ['young', 'older', 'no', 'unsure'], dividerBefore: 'unsure' },
  babyLeftUk: { kind: 'radios', phase: 'check', options: ['no', 'yes', 'unsure'] },
  /** England reg 15(aa), (ba): a dependant of a refugee or of an asylum seeker. */
  dependant: { kind: 'radios', phase: 'check', options: ['yes', 'born-here', 'no', 'unsure'], dividerBefore: 'unsure' },
  agreement: {
    kind: 'radios',
    phase: 'check',
    options: ['s1', 'ehic', 's2', 'bilateral', 'unsure'],
    dividerBefore: 'unsure',
  },
  careTiming: { kind: 'radios', phase: 'check', options: ['during-visit', 'planned', 'unsure'] },
  result: { kind: 'outcome', phase: 'check' },
  bill: { kind: 'radios', phase: 'support', options: ['yes', 'upfront', 'no'] },
  collectors: {
    kind: 'checkboxes',
    phase: 'support',
    options: ['letters', 'calls', 'visits', 'work', 'none'],
    exclusive: 'none',
  },
  supportAdvice: { kind: 'info', phase: 'support' },
  /** Whether a payment plan has been agreed and is being kept: it decides whether the debt is on the immigration record. */
  planAgreed: { kind: 'radios', phase: 'plan', options: ['keeping', 'missed', 'no', 'unsure'], dividerBefore: 'unsure' },
  billAmount: { kind: 'money', phase: 'plan' },
  invoiceAge: {
    kind: 'radios',
    phase: 'plan',
    options: ['under-two-months', 'over-two-months', 'unsure'],
    dividerBefore: 'unsure',
  },
  treatmentDate: {
    kind: 'radios',
    phase: 'plan',
    options: ['since-2021', 'between-2016-2021', 'between-2011-2016', 'before-2011', 'unsure'],
    dividerBefore: 'unsure',
  },
  eeaNational: { kind: 'radios', phase: 'plan', options: ['no', 'yes', 'unsure'] },
  planResult: { kind: 'info', phase: 'plan' },
  act: { kind: 'radios', phase: 'act', options: ['casework', 'campaign', 'both', 'not-now'] },
  region: {
    kind: 'radios',
    phase: 'signpost',
    options: [
      'london',
      'west-midlands',
      'bristol',
      'england-other',
      'scotland',
      'wales',
      'northern-ireland',
    ],
  },
  signposting: { kind: 'signposting', phase: 'signpost' },
  review: { kind: 'review', phase: 'signpost' },
} as const satisfies Record<string, StepDef>;

export type StepId = keyof typeof STEPS;
export const STEP_IDS = Object.keys(STEPS) as StepId[];

type QuestionKinds = 'radios' | 'checkboxes' | 'money';
export type QuestionId = {
  [K in StepId]: (typeof STEPS)[K]['kind'] extends QuestionKinds ? K : never;
}[StepId];
export const QUESTION_IDS = STEP_IDS.filter((id) =>
  ['radios', 'checkboxes', 'money'].includes(STEPS[id].kind),
) as QuestionId[];

/** The allowed answers of a radios or checkboxes question. */
export type OptionOf<Q extends StepId> = (typeof STEPS)[Q] extends { options: readonly (infer O)[] }
  ? O
  : never;

/**
 * Answers, stored by question id, never by position, so changing one answer keeps the others.
 * Money answers are stored as whole pence (an integer) to avoid rounding errors.
 */
export type Answers = Partial<{
  [Q in QuestionId]: (typeof STEPS)[Q]['kind'] extends 'checkboxes'
    ? OptionOf<Q>[]
    : (typeof STEPS)[Q]['kind'] extends 'money'
      ? number
      : OptionOf<Q>;
}>;

export type AnswerValue = string | string[] | number;

export function isQuestion(step: string): step is QuestionId {
  return (QUESTION_IDS as string[]).includes(step);
}

export function isStepId(step: unknown): step is StepId {
  return typeof step === 'string' && Object.prototype.hasOwnProperty.call(STEPS, step);
}

export function optionsOf(step: StepId): readonly string[] {
  const def: StepDef = STEPS[step];
  return def.options ?? [];
}


/** Whether a value is an acceptable answer to a question: the machine ignores anything else. */
export function isValidAnswer(step: StepId, value: unknown): value is AnswerValue {
  const def: StepDef = STEPS[step];
  if (def.kind === 'radios') return typeof value === 'string' && optionsOf(step).includes(value);
  if (def.kind === 'checkboxes') {
    if (!Array.isArray(value) || value.length === 0) return false;
    if (!value.every((v) => typeof v === 'string' && optionsOf(step).includes(v))) return false;
    if (new Set(value).size !== value.length) return false;
    return !(def.exclusive && value.includes(def.exclusive) && value.length > 1);
  }
  if (def.kind === 'money') {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_PENCE;
  }
  return false;
}
