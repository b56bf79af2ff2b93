/** Which care is free for everyone, whatever their immigration status. */
import type { Answers } from '../questions/steps';

/** Care that is free in England, and the rule that makes it free. */
const FREE_IN_ENGLAND: Partial<Record<NonNullable<Answers['care']>, string>> = {
  gp: 'primary-care-free',
  nhs111: 'reg9-nhs111',
  'family-planning': 'reg9c-family-planning',
  'infectious-disease': 'reg9d-infectious-disease',
  sti: 'reg9e-sti',
};

/** Scotland: GP, A&E until admission, family planning, infectious diseases (HIV included), STIs. */
const FREE_IN_SCOTLAND: ReadonlyArray<Answers['care']> = ['gp', 'family-planning', 'infectious-disease', 'sti'];

export function isAccidentAndEmergencyVisit(a: Answers): boolean {
  return a.care === 'ae';
}

/** Whether the question "were they admitted?" settles A&E care as free. */
function aeStayedInEmergencyDepartment(a: Answers): boolean {
  return a.care === 'ae' && a.aeAdmitted === 'no';
}

/** Torture, FGM, domestic abuse or sexual violence is only modelled for England (reg 9(f)). */
export function asksAboutViolence(a: Answers): boolean {
  return a.nation === 'england' || a.nation === 'unsure';
}

export function isCausedByViolence(a: Answers): boolean {
  return asksAboutViolence(a) && a.cause === 'yes';
}

/** The rule that makes this care free for everyone, or null when it can be charged. */
export function freeServiceRule(a: Answers): string | null {
  if (a.nation === 'england') {
    if (a.care && FREE_IN_ENGLAND[a.care]) return FREE_IN_ENGLAND[a.care]!;
    if (aeStayedInEmergencyDepartment(a)) return 'reg9a-accident-emergency';
    if (isCausedByViolence(a) && a.cameForTreatment === 'no') return 'reg9f-violence';
    return null;
  }
  if (a.nation === 'scotland') {
    if (FREE_IN_SCOTLAND.includes(a.care) || aeStayedInEmergencyDepartment(a)) return 'scotland-free-services';
  }
  if (a.nation === 'wales' && a.care === 'gp') return 'wales-primary-care-free';
  return null;
}

export function isCareFreeForEveryone(a: Answers): boolean {
  return freeServiceRule(a) !== null;
}

/** The rule that explains why this care can be charged (England), for the reasoning. */
export function chargeableCareRule(a: Answers): string | undefined {
  switch (a.care) {
    case 'ae':
      return a.aeAdmitted === 'yes' ? 'ae-after-admission' : undefined;
    case 'termination':
      return 'termination-chargeable';
    case 'community':
      return 'community-chargeable';
    case 'hospital':
    case 'maternity':
    case 'mental-health':
      return 'hospital-chargeable';
    default:
      return undefined;
  }
}
