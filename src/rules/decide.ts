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
  'relativeExemption',
  'babyBornHere',
  'babyLeftUk',
  'dependant',
  'agreement',
  'careTiming',
] as const satisfies readonly QuestionId[];

/** Each nation's own charging provision: the basis of "likely to be charged" there. */
const CHARGED_IN: Record<Exclude<Nation, 'england'>, string> = {
  scotland: 'scotland-charged',
  wales: 'wales-charged',
  'northern-ireland': 'ni-charged',
};
/** Care whose charging a nation's text we could read does not settle (community care in Scotland, say). */
const CARE_UNREAD: Record<Exclude<Nation, 'england'>, string> = {
  scotland: 'scotland-free-services-unread',
  wales: 'wales-free-services-unread',
  'northern-ireland': 'ni-not-modelled',
};
/** Hospital care, which every nation's own rules or guidance say is charged to a visitor with no exemption. */
const HOSPITAL_CARE = new Set<string>(['hospital', 'maternity', 'termination', 'fertility', 'mental-health', 'ae']);

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
  const free = freeServiceRule(a);
  if (free) return certainOr(free, 'free-service');
  if (!nation) return { outcome: 'advice', basis: 'nation-unknown' };

  const careRules = chargeableCareRules(a);
  for (const { ruleId, step } of careRules) attach(chain, ruleId, step);

  const resident = residenceRule(a);
  if (resident) return certainOr(resident, 'not-overseas-visitor');

  // Wales: the GP practice decides whether a visitor is seen as an NHS or a private patient.
  if (nation === 'wales' && a.care === 'gp') return certainOr('wales-gp-practice-decides', 'charged');

  const exempt = exemptionRule(a);
  if (exempt) return certainOr(exempt, OUTCOME_OF_GROUP[RULE_FACTS[exempt].group] ?? 'exempt');

  // A reason the care may stay chargeable that we could not settle (the came-for-treatment
  // exception; pregnancy after violence other than FGM) sends the person to advice, never "charged".
  const doubt = careRules.find(({ ruleId }) => !RULE_FACTS[ruleId].settled);
  if (doubt) return { outcome: 'advice', basis: doubt.ruleId };

  if (hasUncertainAnswer(a)) return { outcome: 'advice', basis: 'status-decides' };
  return chargedIn(nation, a);
}

/** No exemption applies and every answer was definite: charged, under the nation's own provision. */
function chargedIn(nation: Nation, a: Answers): { outcome: OutcomeId; basis: string } {
  if (nation === 'england') return { outcome: 'charged', basis: chargedBasis(a) };
  if (nation === 'northern-ireland' && a.care === 'gp') return certainOr('ni-gp-not-exempt', 'charged');
  // Northern Ireland, reg 3: every service is charged to a visitor, subject to the exemptions of regs 4 to 23.
  const charged = nation === 'northern-ireland' ? a.care !== 'palliative' && a.care !== 'nhs111' : !!a.care && HOSPITAL_CARE.has(a.care);
  if (charged) return certainOr(CHARGED_IN[nation], 'charged');
  return { outcome: 'advice', basis: CARE_UNREAD[nation] };
}

/** The notes on urgent care each nation's own rules or guidance give, for an outcome that may bring a bill. */
const URGENT_NOTES: Record<Exclude<Nation, 'england'>, string[]> = {
  scotland: ['scotland-urgent-care'],
  wales: ['wales-clinical-priority'],
  'northern-ireland': ['ni-upfront-non-urgent'],
};

function notesFor(a: Answers, outcome: OutcomeId): string[] {
  const notes: string[] = [];
  const nation = nationOf(a);
  if (outcome === 'charged' || outcome === 'advice') {
    if (nation === 'england') {
      if (a.care === 'maternity') notes.push('maternity-immediately-necessary');
      notes.push('urgent-care-not-withheld', a.care === 'termination' ? 'termination-urgent' : 'upfront-non-urgent', 'charge-150');
      if (a.asylumSupport === 'children-act') notes.push('reg15-section-17-not-listed');
    } else if (nation) {
      notes.push(...URGENT_NOTES[nation]);
      if (nation === 'northern-ireland' && a.care === 'maternity') notes.push('ni-maternity-chargeable');
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
  if (nation === 'northern-ireland') return ['ni-accident-emergency', 'ni-outside-hospital', 'ni-upfront-non-urgent'];
  if (nation === 'scotland') return ['scotland-gp-free', 'scotland-accident-emergency', 'scotland-urgent-care'];
  if (nation === 'wales') return ['wales-primary-care-free', 'wales-accident-emergency', 'wales-clinical-priority'];
  if (nation === 'england') return ['primary-care-free', 'reg9a-accident-emergency', 'urgent-care-not-withheld', 'maternity-immediately-necessary'];
  return [];
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
