/**
 * The Check step's decision: not an overseas visitor / free service / exempt / likely to be charged /
 * get advice, with the rule it rests on and the chain of answers that led there.
 *
 * `answers` must hold only the questions the person was actually asked (the flow passes the answers
 * on its path), so a changed answer never leaves a stale one behind in the reasoning.
 */
import type { Answers, QuestionId } from '../questions/steps';
import { RULE_FACTS } from './facts';
import { exemptionRule } from './exemptions';
import { residenceRule } from './residence';
import { chargeableCareRules, freeServiceRule, nationOf } from './services';
import type { Decision, Nation, OutcomeId, ReasonLink } from './types';

/** The Check questions, in the order they are asked. */
export const CHECK_QUESTIONS = [
  'nation',
  'care',
  'condition',
  'aeAdmitted',
  'cause',
  'cameForTreatment',
  'status',
  'livesInUk',
  'visaType',
  'asylumStage',
  'asylumSupport',
  'ukPurpose',
  'lawfulYear',
  'special',
  'agreement',
  'careTiming',
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

/** Where in the chain a rule is shown: at its step, or at the last answer given. */
function attach(chain: ReasonLink[], ruleId: string, step?: string): void {
  const link = step ? chain.find((l) => l.step === step) : chain[chain.length - 1];
  if (link && !link.ruleId) link.ruleId = ruleId;
}

/** What a rule reached through the immigration questions means: an exemption, a free service, or a reason to charge. */
const OUTCOME_OF_GROUP: Partial<Record<string, OutcomeId>> = { chargeable: 'charged', 'free-service': 'free-service' };

/** An unsettled rule never gives a certain outcome: it sends the person to an adviser. */
function certainOr(id: string, outcome: OutcomeId) {
  return { outcome: RULE_FACTS[id].settled ? outcome : ('advice' as const), basis: id };
}

function outcomeFor(a: Answers, chain: ReasonLink[]): { outcome: OutcomeId; basis: string } {
  const nation = nationOf(a);
  if (!nation) return { outcome: 'advice', basis: 'nation-unknown' };

  const free = freeServiceRule(a);
  if (free) return certainOr(free, 'free-service');

  const careRules = chargeableCareRules(a);
  for (const { ruleId, step } of careRules) attach(chain, ruleId, step);

  const resident = residenceRule(a);
  if (resident) return certainOr(resident, 'not-overseas-visitor');

  const exempt = exemptionRule(a);
  if (exempt) return certainOr(exempt, OUTCOME_OF_GROUP[RULE_FACTS[exempt].group] ?? 'exempt');

  // A reason the care may stay chargeable that we could not settle (the came-for-treatment
  // exception; pregnancy after violence other than FGM) sends the person to advice, never "charged".
  const doubt = careRules.find(({ ruleId }) => !RULE_FACTS[ruleId].settled);
  if (doubt) return { outcome: 'advice', basis: doubt.ruleId };

  if (nation === 'northern-ireland' && a.care === 'gp') return { outcome: 'advice', basis: 'ni-gp-not-exempt' };
  if (nation !== 'england') return { outcome: 'advice', basis: NOT_MODELLED[nation] };
  if (hasUncertainAnswer(a)) return { outcome: 'advice', basis: 'status-decides' };
  return { outcome: 'charged', basis: chargedBasis(a) };
}

function notesFor(a: Answers, outcome: OutcomeId): string[] {
  const notes: string[] = [];
  if (outcome === 'charged' || outcome === 'advice') {
    if (a.nation === 'england') {
      if (a.care === 'maternity') notes.push('maternity-immediately-necessary');
      notes.push('urgent-care-not-withheld', a.care === 'termination' ? 'termination-urgent' : 'upfront-non-urgent', 'charge-150');
      if (a.asylumSupport === 'children-act') notes.push('reg15-section-17-not-listed');
    } else {
      notes.push('urgent-care-other-nations');
    }
    if (a.cause === 'prefer-not' || a.cause === 'unsure') notes.push('reg9f-violence');
  }
  if (outcome === 'exempt' || outcome === 'free-service' || outcome === 'not-overseas-visitor') {
    if (a.nation === 'england') notes.push('refund-when-exempt');
  }
  return notes;
}

/**
 * Facts that hold whatever the answers: where GP and A&E are free, and how urgent and maternity
 * care are treated. Each nation's own rules; England's are never shown for another nation.
 */
export function alwaysTrue(nation: Answers['nation']): string[] {
  if (nation === 'northern-ireland') return ['ni-accident-emergency', 'ni-outside-hospital', 'urgent-care-other-nations'];
  if (nation === 'scotland') return ['scotland-gp-free', 'scotland-accident-emergency', 'urgent-care-other-nations'];
  if (nation === 'wales') return ['wales-primary-care-free', 'wales-accident-emergency', 'urgent-care-other-nations'];
  return ['primary-care-free', 'reg9a-accident-emergency', 'urgent-care-not-withheld', 'maternity-immediately-necessary'];
}

export function decide(a: Answers): Decision {
  const chain: ReasonLink[] = CHECK_QUESTIONS.filter((q) => a[q] !== undefined).map((q) => ({
    step: q,
    value: String(a[q]),
  }));
  const { outcome, basis } = outcomeFor(a, chain);
  if (!chain.some((l) => l.ruleId === basis)) attach(chain, basis);
  const notes = notesFor(a, outcome).filter((id) => id !== basis && !chain.some((l) => l.ruleId === id));
  const shown = new Set([basis, ...notes, ...chain.flatMap((l) => (l.ruleId ? [l.ruleId] : []))]);
  return { outcome, basis, chain, notes, always: alwaysTrue(a.nation).filter((id) => !shown.has(id)) };
}
