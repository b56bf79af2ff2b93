/** Plan: is a payment plan advisable, given the outcome, the bill and the debt-reporting rules? */
import type { Answers } from '../questions/steps';
import { DEBT_THRESHOLDS } from './thresholds';
import { isUndocumented } from './exemptions';
import type { OutcomeId } from './types';

export type PlanDecisionId = 'advisable' | 'not-needed' | 'check-risk-first';

export interface PlanDecision {
  decision: PlanDecisionId;
  basis: string;
  /** The threshold that applies, in pence, when one does. */
  thresholdPence?: number;
  /** Further rules to show with the decision. */
  notes: string[];
}

/** The toolkit: a plan is only worth considering when no exemption applies and a bill has come. */
export function isPaymentPlanRelevant(a: Answers, outcome: OutcomeId): boolean {
  return outcome === 'charged' && a.bill === 'yes';
}

/** EEA/EFTA citizens' debts count only for treatment from 1 July 2021. */
export function asksAboutEeaCitizenship(a: Answers): boolean {
  return a.treatmentDate === 'between-2016-2021' || a.treatmentDate === 'between-2011-2016';
}

const PERIOD_START: Record<string, string> = {
  'since-2021': '2021-07-01',
  'between-2016-2021': '2016-04-06',
  'between-2011-2016': '2011-11-01',
  unsure: '2021-07-01',
};

/** The threshold that applies to treatment in this period, or undefined when no debt counts. */
export function thresholdFor(a: Answers) {
  const start = a.treatmentDate ? PERIOD_START[a.treatmentDate] : undefined;
  if (!start) return undefined;
  const eea = a.eeaNational === 'yes';
  return DEBT_THRESHOLDS.find(
    (t) => t.appliesToEea === eea && t.from <= start && (t.to === null || start <= t.to),
  );
}

export function planDecision(a: Answers): PlanDecision {
  if (isUndocumented(a)) return { decision: 'check-risk-first', basis: 'debt-undocumented-risk', notes: [] };
  const threshold = thresholdFor(a);
  const notNeeded: PlanDecision = { decision: 'not-needed', basis: 'debt-not-counted', notes: ['debt-plan-reduces-risk'] };
  // EEA/EFTA citizens' debts for treatment before July 2021 do not count: say why.
  if (!threshold) return a.eeaNational === 'yes' ? { ...notNeeded, basis: 'debt-500-eea-since-2021' } : notNeeded;
  const amount = a.billAmount ?? 0;
  return amount >= threshold.thresholdPence
    ? { decision: 'advisable', basis: threshold.ruleId, thresholdPence: threshold.thresholdPence, notes: ['debt-two-months', 'debt-plan-reduces-risk'] }
    : { ...notNeeded, thresholdPence: threshold.thresholdPence };
}
