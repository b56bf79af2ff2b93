/** Which care is free for everyone, whatever their immigration status, in each nation. */
import type { Answers } from '../questions/steps';
import { conditionRule } from './conditions';
import type { Nation } from './types';

type Care = NonNullable<Answers['care']>;

const FREE_IN_ENGLAND: Partial<Record<Care, string>> = {
  gp: 'primary-care-free',
  nhs111: 'reg9-nhs111',
  'family-planning': 'reg9c-family-planning',
  sti: 'reg9e-sti',
  palliative: 'reg9-palliative-care',
};
const FREE_IN_SCOTLAND: Partial<Record<Care, string>> = {
  gp: 'scotland-gp-free',
  'family-planning': 'scotland-free-services-unread',
  sti: 'scotland-free-services-unread',
};
/** Wales: GP care is outside the hospital charging rules, but the practice decides (WHC/2025/025): not free for everyone. */
const FREE_IN_WALES: Partial<Record<Care, string>> = {
  'family-planning': 'wales-free-services-unread',
  sti: 'wales-free-services-unread',
};
/** Northern Ireland, reg 4(1): free unless the person travelled to Northern Ireland to get it (reg 4(2)). */
const FREE_IN_NORTHERN_IRELAND: Partial<Record<Care, string>> = {
  community: 'ni-outside-hospital',
  'family-planning': 'ni-family-planning',
  sti: 'ni-sti',
};
const FREE: Record<Nation, Partial<Record<Care, string>>> = {
  england: FREE_IN_ENGLAND,
  scotland: FREE_IN_SCOTLAND,
  wales: FREE_IN_WALES,
  'northern-ireland': FREE_IN_NORTHERN_IRELAND,
};
const AE_FREE: Record<Nation, string> = {
  england: 'reg9a-accident-emergency',
  scotland: 'scotland-accident-emergency',
  wales: 'wales-accident-emergency',
  'northern-ireland': 'ni-accident-emergency',
};

export function nationOf(a: Answers): Nation | null {
  return a.nation && a.nation !== 'unsure' ? a.nation : null;
}

export function isAccidentAndEmergencyVisit(a: Answers): boolean {
  return a.care === 'ae';
}

export function asksWhichCondition(a: Answers): boolean {
  return a.care === 'infectious-disease';
}

/** Torture, FGM, domestic abuse or sexual violence: only England's regulations were found to free such care (reg 9(f)). */
export function asksAboutViolence(a: Answers): boolean {
  return a.nation === 'england' || a.nation === 'unsure';
}

export function isCausedByViolence(a: Answers): boolean {
  return asksAboutViolence(a) && (a.cause === 'yes' || a.cause === 'fgm');
}

/** England, reg 8(2)(b): pregnancy care is covered by reg 9(f) only where FGM caused the need. */
function violenceRule(a: Answers): string | null {
  if (!isCausedByViolence(a)) return null;
  if (a.care === 'maternity') return a.cause === 'fgm' ? 'reg8-fgm-maternity' : null;
  return 'reg9f-violence';
}

/** Care that is free unless the person came (to the UK, or to Northern Ireland) to get it. */
function freeUnlessCameForIt(a: Answers): string | null {
  if (a.nation === 'england') return violenceRule(a);
  if (a.nation === 'northern-ireland') return nationFreeRule('northern-ireland', a);
  return null;
}

function nationFreeRule(nation: Nation, a: Answers): string | null {
  if (!a.care) return null;
  if (a.care === 'ae') return a.aeAdmitted === 'no' ? AE_FREE[nation] : null;
  if (a.care === 'infectious-disease') return conditionRule(nation, a.condition);
  return FREE[nation][a.care] ?? null;
}

/** Whether the next question is "did you come here to get this care?", because the answer decides it. */
export function asksIfCameForTreatment(a: Answers): boolean {
  return a.cameForTreatment === undefined && freeUnlessCameForIt(a) !== null;
}

/** The rule that makes this care free for everyone, or null when it can be charged. */
export function freeServiceRule(a: Answers): string | null {
  const nation = nationOf(a);
  // A&E (not admitted) is free in all four nations, so the nation need not be known.
  if (!nation) return a.care === 'ae' && a.aeAdmitted === 'no' ? 'ae-free-in-every-nation' : null;
  const conditional = freeUnlessCameForIt(a);
  if (conditional) return a.cameForTreatment === 'no' ? conditional : null;
  if (nation === 'northern-ireland') return null;
  return nationFreeRule(nation, a);
}

export function isCareFreeForEveryone(a: Answers): boolean {
  return freeServiceRule(a) !== null;
}

/** The rules that explain how this care is charged (or why it can be), with the step each belongs to, for the reasoning. */
export function chargeableCareRules(a: Answers): Array<{ ruleId: string; step: keyof Answers }> {
  const out: Array<{ ruleId: string; step: keyof Answers }> = [];
  if (a.nation === 'northern-ireland') {
    if (a.care === 'ae' && a.aeAdmitted === 'yes') out.push({ ruleId: 'ni-ae-after-admission', step: 'aeAdmitted' });
    if (a.cameForTreatment === 'yes') out.push({ ruleId: 'ni-travelled-for-care', step: 'cameForTreatment' });
    return out;
  }
  if (a.nation === 'wales') {
    if (a.care === 'ae' && a.aeAdmitted === 'yes') out.push({ ruleId: 'wales-ae-admitted', step: 'aeAdmitted' });
    // GP care is outside the hospital charging rules; the practice decides (the outcome says so).
    if (a.care === 'gp') out.push({ ruleId: 'wales-primary-care-free', step: 'care' });
    return out;
  }
  if (a.nation !== 'england') return out;
  const care: Partial<Record<Care, string>> = {
    termination: 'termination-chargeable',
    community: 'community-chargeable',
    hospital: 'hospital-chargeable',
    maternity: 'hospital-chargeable',
    'mental-health': 'hospital-chargeable',
    fertility: 'hospital-chargeable',
  };
  if (a.care === 'ae' && a.aeAdmitted === 'yes') out.push({ ruleId: 'ae-after-admission', step: 'aeAdmitted' });
  else if (a.care === 'infectious-disease' && a.condition === 'not-listed') out.push({ ruleId: 'reg9d-not-listed', step: 'condition' });
  else if (a.care && care[a.care]) out.push({ ruleId: care[a.care]!, step: 'care' });
  if (a.care === 'maternity' && a.cause === 'yes') out.push({ ruleId: 'reg8-pregnancy-not-covered', step: 'cause' });
  if (isCausedByViolence(a) && a.cameForTreatment === 'yes') out.push({ ruleId: 'reg9f-came-for-treatment', step: 'cameForTreatment' });
  return out;
}

/** Wales: for GP care the practice decides (NHS Wales guidance), so the exemptions need not be asked. */
export function isGpCareLeftToThePractice(a: Answers): boolean {
  return a.nation === 'wales' && a.care === 'gp';
}
