import type { TFunction } from 'i18next';
import { STEPS, type AnswerValue, type StepId } from '../questions/steps';
import { formatMoney } from '../lib/format';

/** How an answer reads back to the person: the option's label, or the amount. */
export function answerLabel(t: TFunction, step: StepId, value: AnswerValue, person: { context?: string }, locale: string): string {
  if (STEPS[step].kind === 'money' && typeof value === 'number') return formatMoney(value, locale);
  const values = Array.isArray(value) ? value : [String(value)];
  return values.map((v) => t(`questions:${step}.options.${v}.label`, person)).join(', ');
}
