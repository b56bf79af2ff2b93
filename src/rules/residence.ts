/** Ordinary residence: a person who is not an overseas visitor cannot be charged at all. */
import type { Answers } from '../questions/steps';

export function hasCitizenOrSettledStatus(a: Answers): boolean {
  return a.status === 'british' || a.status === 'irish' || a.status === 'ilr' || a.status === 'settled';
}

const RESIDENCE_RULE: Record<string, string> = {
  england: 'ordinary-residence',
  scotland: 'scotland-ordinary-residence',
  wales: 'wales-ordinary-residence',
  'northern-ireland': 'ni-ordinary-residence',
};

/**
 * The rule under which the person is not an overseas visitor, or null. Irish citizens and EU
 * Settlement Scheme status rest on words we could not read in full: those rules are not settled,
 * so the outcome sends the person to advice.
 */
export function residenceRule(a: Answers): string | null {
  if (!hasCitizenOrSettledStatus(a) || a.livesInUk !== 'yes') return null;
  if (a.status === 'irish') return 'irish-citizen';
  if (a.status === 'settled' && a.nation === 'england') return 'euss-status';
  return (a.nation && RESIDENCE_RULE[a.nation]) || null;
}

export function isNotOverseasVisitor(a: Answers): boolean {
  return residenceRule(a) !== null;
}
