/** Personal exemptions: who is exempt from charges even though they are an overseas visitor. */
import type { Answers } from '../questions/steps';

const VISA_EXEMPTIONS: Record<string, string> = {
  surcharge: 'reg10-surcharge',
  'pre-2015': 'reg11-before-surcharge',
};

const SUPPORT_EXEMPTIONS: Record<string, string> = {
  s95: 'reg15c-section-95',
  s4: 'reg15d-refused-supported',
  council: 'reg15d-refused-supported',
};

const SPECIAL_EXEMPTIONS: Record<string, string> = {
  trafficking: 'reg16-modern-slavery',
  'immigration-detention': 'reg19-prisoner-detainee',
  prison: 'reg19-prisoner-detainee',
  'mental-health-act': 'reg18-detained-or-court-order',
  'looked-after-child': 'reg15e-looked-after-child',
  crown: 'reg20-22-crown-forces',
  reciprocal: 'reg13-14-healthcare-agreement',
  ukraine: 'reg22a-ukraine',
  humanitarian: 'reg17-humanitarian',
  'family-of-exempt': 'reg25-family',
  'social-charter': 'reg24-social-charter',
};

/** Scotland and Wales exempt everyone who has claimed asylum, refused claimants included. */
export function isAsylumExemptInThisNation(a: Answers): boolean {
  return a.status === 'asylum' && (a.nation === 'scotland' || a.nation === 'wales');
}

export function hasPendingAsylumClaim(a: Answers): boolean {
  return a.status === 'asylum' && (a.asylumStage === 'pending' || a.asylumStage === 'fresh-claim');
}

export function hasVisaExemption(a: Answers): boolean {
  return a.status === 'visa' && !!a.visaType && a.visaType in VISA_EXEMPTIONS;
}

export function hasAsylumSupportExemption(a: Answers): boolean {
  return a.status === 'asylum' && !hasPendingAsylumClaim(a) && !!a.asylumSupport && a.asylumSupport in SUPPORT_EXEMPTIONS;
}

/**
 * The rule of the exemption that applies, or null. In Scotland, Wales and Northern Ireland only the
 * asylum exemption is modelled; the others return null there and the outcome routes to advice.
 */
export function exemptionRule(a: Answers): string | null {
  if (isAsylumExemptInThisNation(a)) return a.nation === 'scotland' ? 'scotland-asylum' : 'wales-asylum';
  if (a.nation !== 'england') return null;
  if (a.status === 'protection') return 'reg15a-refugee';
  if (hasVisaExemption(a)) return VISA_EXEMPTIONS[a.visaType!]!;
  if (a.status === 'asylum') {
    if (a.asylumStage === 'pending') return 'reg15b-asylum-pending';
    if (a.asylumStage === 'fresh-claim') return 'reg15b-fresh-claim';
    if (hasAsylumSupportExemption(a)) return SUPPORT_EXEMPTIONS[a.asylumSupport!]!;
  }
  if (a.special && a.special in SPECIAL_EXEMPTIONS) return SPECIAL_EXEMPTIONS[a.special]!;
  return null;
}

/** Someone with no permission to be in the UK, for whom giving details to a trust can be risky. */
export function isUndocumented(a: Answers): boolean {
  if (a.status === 'no-leave') return true;
  return a.status === 'asylum' && !hasPendingAsylumClaim(a) && !hasAsylumSupportExemption(a);
}
