/** Plan: is a payment plan advisable, given the outcome, the bill and the debt-reporting rules? */
import type { Answers } from '../questions/steps';
import { DEBT_THRESHOLDS } from './thresholds';
import { isUndocumented } from './exemptions';
import { decide } from './decide';
import type { OutcomeId } from './types';

export type PlanDecisionId = 'advisable' | 'not-needed' | 'check-risk-first' | 'keep-paying' | 'missed-payment';

export interface PlanDecision {
  decision: PlanDecisionId;
  basis: string;
  /** The threshold that applies, in pence, when one does. */
  thresholdPence?: number;
  /** Further rules to show with the decision. */
  notes: string[];
  /** The Check outcome was "get advice": whether the person must pay at all is still to be found out. */
  chargeUncertain?: boolean;
}

/**
 * The toolkit: a plan is only worth considering when no exemption applies and a bill has come. When
 * the Check could not say (get advice), the person with a bill still gets the Plan step, in every
 * nation: told first to find out whether they must pay at all.
 */
export function isPaymentPlanRelevant(a: Answers, outcome: OutcomeId): boolean {
  return (outcome === 'charged' || outcome === 'advice') && a.bill === 'yes';
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

/** Whether the nation's health bodies report unpaid bills to the Home Office is confirmed only for England. */
function nationNotes(a: Answers): string[] {
  return a.nation && a.nation !== 'england' ? ['debt-devolved-reporting'] : [];
}

export function planDecision(a: Answers): PlanDecision {
  const uncertain = decide(a).outcome === 'advice' ? { chargeUncertain: true } : {};
  // An agreed plan, kept to: GOV.UK says the debt then comes off the immigration record.
  if (a.planAgreed === 'keeping') return { decision: 'keep-paying', basis: 'debt-plan-reduces-risk', notes: nationNotes(a), ...uncertain };
  const threshold = thresholdFor(a);
  const counts = threshold !== undefined && (a.billAmount ?? 0) >= threshold.thresholdPence;
  const thresholdNote = threshold ? [threshold.ruleId] : [];
  const notes = (extra: string[]) => [...new Set([...extra, ...nationNotes(a)])];
  if (a.planAgreed === 'missed') {
    return { decision: 'missed-payment', basis: 'debt-plan-missed', ...(threshold ? { thresholdPence: threshold.thresholdPence } : {}), notes: notes(counts ? [...thresholdNote, 'debt-two-months'] : []), ...uncertain };
  }
  if (isUndocumented(a)) {
    return { decision: 'check-risk-first', basis: 'debt-undocumented-risk', ...(threshold ? { thresholdPence: threshold.thresholdPence } : {}), notes: notes(counts ? [...thresholdNote, 'debt-two-months'] : []), ...uncertain };
  }
  const notNeeded: PlanDecision = { decision: 'not-needed', basis: 'debt-not-counted', notes: notes(['debt-plan-reduces-risk']), ...uncertain };
  // EEA/EFTA citizens' debts for treatment before July 2021 do not count: say why.
  if (!threshold) return a.eeaNational === 'yes' ? { ...notNeeded, basis: 'debt-500-eea-since-2021' } : notNeeded;
  return counts
    ? { decision: 'advisable', basis: threshold.ruleId, thresholdPence: threshold.thresholdPence, notes: notes(['debt-two-months', 'debt-plan-reduces-risk']), ...uncertain }
    : { ...notNeeded, thresholdPence: threshold.thresholdPence };
}
