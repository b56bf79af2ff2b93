/**
 * The Check step's decision: not an overseas visitor / free service / exempt / likely to be charged /
 * get advice, with the rule it rests on and the chain of answers that led there.
 *
 * `answers` must hold only the questions the person was actually asked (the flow passes the answers
 * on its path), so a changed answer never leaves a stale one behind in the reasoning.
 */
import type { Answers, QuestionId } from '../questions/steps';
import { ruleById } from './catalogue';
import { exemptionRule } from './exemptions';
import { residenceRule } from './residence';
import { chargeableCareRule, freeServiceRule } from './services';
import type { Decision, Nation, OutcomeId, ReasonLink } from './types';

/** The Check questions, in the order they are asked. */
export const CHECK_QUESTIONS = [
  'nation',
  'care',
  'aeAdmitted',
  'cause',
  'cameForTreatment',
  'status',
  'livesInUk',
  'visaType',
  'asylumStage',
  'asylumSupport',
  'special',
] as const satisfies readonly QuestionId[];

const NOT_MODELLED: Record<Exclude<Nation, 'england'>, string> = {
  scotland: 'scotland-not-modelled',
  wales: 'wales-not-modelled',
  'northern-ireland': 'ni-not-modelled',
};

function hasUncertainAnswer(a: Answers): boolean {
  return CHECK_QUESTIONS.some((q) => a[q] === 'unsure') || a.status === 'other';
}

function chargedBasis(a: Answers): string {
  if (a.status === 'visa' && a.visaType === 'visit') return 'visit-not-exempt';
  if (a.status === 'asylum') return 'refused-unsupported';
  return 'not-resident';
}

/** Where in the chain the deciding rule is shown: the last answer given. */
function attach(chain: ReasonLink[], ruleId: string, step?: QuestionId): void {
  const link = step ? chain.find((l) => l.step === step) : chain[chain.length - 1];
  if (link && !link.ruleId) link.ruleId = ruleId;
}

function outcomeFor(a: Answers, chain: ReasonLink[]): { outcome: OutcomeId; basis: string } {
  const settled = (id: string, outcome: OutcomeId) => ({ outcome: ruleById(id).settled ? outcome : 'advice', basis: id }) as const;

  if (!a.nation || a.nation === 'unsure') return { outcome: 'advice', basis: 'nation-unknown' };

  const free = freeServiceRule(a);
  if (free) return settled(free, 'free-service');

  const careRule = chargeableCareRule(a);
  if (careRule && a.nation === 'england') attach(chain, careRule, a.care === 'ae' ? 'aeAdmitted' : 'care');
  if (a.cameForTreatment === 'yes') attach(chain, 'reg9f-came-for-treatment', 'cameForTreatment');

  const resident = residenceRule(a);
  if (resident) return settled(resident, 'not-overseas-visitor');

  const exempt = exemptionRule(a);
  if (exempt) return settled(exempt, 'exempt');

  if (a.nation !== 'england') return { outcome: 'advice', basis: NOT_MODELLED[a.nation] };
  if (hasUncertainAnswer(a)) return { outcome: 'advice', basis: 'status-decides' };
  return { outcome: 'charged', basis: chargedBasis(a) };
}

function notesFor(a: Answers, outcome: OutcomeId): string[] {
  const notes: string[] = [];
  if (outcome === 'charged' || outcome === 'advice') {
    if (a.nation === 'england') {
      if (a.care === 'maternity') notes.push('maternity-immediately-necessary');
      notes.push('urgent-care-not-withheld', 'upfront-non-urgent', 'charge-150');
    } else {
      if (a.nation === 'northern-ireland' && a.care === 'gp') notes.push('ni-gp-chargeable');
      notes.push('urgent-care-other-nations');
    }
    if (a.cause === 'prefer-not' || a.cause === 'unsure') notes.push('reg9f-violence');
  }
  if (outcome === 'exempt' || outcome === 'free-service' || outcome === 'not-overseas-visitor') {
    if (a.nation === 'england') notes.push('refund-when-exempt');
  }
  return notes;
}

export function decide(a: Answers): Decision {
  const chain: ReasonLink[] = CHECK_QUESTIONS.filter((q) => a[q] !== undefined).map((q) => ({
    step: q,
    value: String(a[q]),
  }));
  const { outcome, basis } = outcomeFor(a, chain);
  attach(chain, basis);
  return { outcome, basis, chain, notes: notesFor(a, outcome) };
}

/**
 * Facts that hold whatever the answers, shown on every outcome: where GP and A&E are free, and that
 * urgent and maternity care are never refused or delayed for payment.
 */
export function alwaysTrue(nation: Answers['nation']): string[] {
  // England's urgency rules are not applied to the other nations: their note says what is checked.
  if (nation === 'northern-ireland') return ['ni-gp-chargeable', 'urgent-care-other-nations'];
  if (nation === 'scotland') return ['scotland-free-services', 'urgent-care-other-nations'];
  if (nation === 'wales') return ['wales-primary-care-free', 'urgent-care-other-nations'];
  return ['primary-care-free', 'reg9a-accident-emergency', 'urgent-care-not-withheld', 'maternity-immediately-necessary'];
}
