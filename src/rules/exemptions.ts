/**
 * Personal exemptions: who is exempt from charges even though they are an overseas visitor, read
 * from each nation's own regulations (or, where those could not be read, that nation's official
 * guidance). A rule returned here may be unsettled (the outcome is then "get advice") or a
 * chargeable rule that explains why an exemption does not reach this care or this person.
 */
import type { Answers } from '../questions/steps';
import { familyRule } from './family';

const ENGLAND_SPECIAL: Record<string, string> = {
  trafficking: 'reg16-modern-slavery',
  'immigration-detention': 'reg19-prisoner-detainee',
  prison: 'reg19-prisoner-detainee',
  'mental-health-act': 'reg18-detained-or-court-order',
  'looked-after-child': 'reg15e-looked-after-child',
  crown: 'reg20-22-crown-forces',
  'war-pension': 'reg22-war-pension',
  ukraine: 'reg22a-ukraine',
  humanitarian: 'reg17-humanitarian',
};
const NI_SPECIAL: Record<string, string> = {
  trafficking: 'ni-trafficking',
  'immigration-detention': 'ni-immigration-detention',
  prison: 'ni-prisoners-detainees',
  'mental-health-act': 'ni-mental-health',
  'looked-after-child': 'ni-refugee-asylum',
  crown: 'ni-crown-forces',
  'war-pension': 'ni-war-pension',
  ukraine: 'ni-ukraine',
  humanitarian: 'ni-humanitarian',
};
const SUPPORT_EXEMPTIONS: Record<string, string> = {
  s95: 'reg15c-section-95',
  s4: 'reg15d-refused-supported',
  council: 'reg15d-refused-supported',
};

/** Wales exempts everyone who has claimed asylum, refused claimants included (WSI 2009/1512). */
export function isAsylumExemptInThisNation(a: Answers): boolean {
  return a.status === 'asylum' && a.nation === 'wales';
}

export function hasPendingAsylumClaim(a: Answers): boolean {
  return a.status === 'asylum' && (a.asylumStage === 'pending' || a.asylumStage === 'fresh-claim');
}

/** The surcharge question is asked where the surcharge decides it: England and Wales. */
export function asksAboutSurcharge(a: Answers): boolean {
  return a.status === 'visa' && a.nation !== 'scotland' && a.nation !== 'northern-ireland';
}

export function hasVisaExemption(a: Answers): boolean {
  return a.status === 'visa' && (a.visaType === 'surcharge' || a.visaType === 'pre-2015');
}

/** Scotland (reg 4(1)(a), (b)) and Northern Ireland (regs 5 and 6) exempt people here to work, or resident for a year. */
export function asksWhyInTheUk(a: Answers): boolean {
  if (a.nation !== 'scotland' && a.nation !== 'northern-ireland') return false;
  if (a.status === 'asylum' || a.status === 'protection') return false;
  // Scotland's reg 4(1)(a) does not say "lawfully": someone without permission who works is asked too.
  if (a.status === 'no-leave') return a.nation === 'scotland';
  return !(a.livesInUk === 'yes' && (a.status === 'british' || a.status === 'irish' || a.status === 'ilr' || a.status === 'settled'));
}

/** Home Office or council support, for someone whose claim is not pending (England and Scotland). */
/** A year of lawful residence is not asked of someone who has said they have no permission to be here. */
export function asksAboutLawfulResidence(a: Answers): boolean {
  return a.status !== 'no-leave';
}

export function hasAsylumSupportExemption(a: Answers): boolean {
  return a.status === 'asylum' && !hasPendingAsylumClaim(a) && !!a.asylumSupport && a.asylumSupport in SUPPORT_EXEMPTIONS;
}

/** After asylumStage: England and Scotland ask about support; Northern Ireland's answer is already known. */
export function asksAboutAsylumSupport(a: Answers): boolean {
  return a.nation !== 'northern-ireland' && !hasPendingAsylumClaim(a);
}

/** Healthcare agreements and the Social Charter cover need that arose during a visit, not planned care. */
export function asksWhenNeedArose(a: Answers): boolean {
  if (a.special === 'social-charter') return a.nation === 'england' || a.nation === 'northern-ireland' || a.nation === 'unsure';
  return a.special === 'reciprocal' && (a.agreement === 'ehic' || a.agreement === 'bilateral');
}

export function asksWhichAgreement(a: Answers): boolean {
  return a.special === 'reciprocal';
}

export { asksAboutBaby, asksIfBabyLeftUk, asksIfDependant, asksWhyRelativeIsExempt } from './family';

function englandAgreement(a: Answers): string | null {
  if (a.agreement === 's1') return 'reg13-s1';
  if (a.agreement === 's2') return 'reg14-s2';
  if (a.agreement === 'ehic') {
    if (a.careTiming === 'during-visit') return 'reg12a-ehic';
    return a.careTiming === 'planned' ? 'reg14-planned-needs-s2' : null;
  }
  if (a.agreement === 'bilateral' && a.careTiming === 'planned') return 'reg14-bilateral-planned';
  return a.agreement === 'bilateral' ? 'reg13-14-healthcare-agreement' : null;
}

function englandExemption(a: Answers): string | null {
  const fertility = a.care === 'fertility';
  if (a.status === 'protection') return 'reg15a-refugee';
  if (a.status === 'visa' && a.visaType === 'surcharge') return fertility ? 'reg10-assisted-conception' : 'reg10-surcharge';
  if (a.status === 'visa' && a.visaType === 'pre-2015') return 'reg11-before-surcharge';
  if (a.status === 'asylum') {
    if (a.asylumStage === 'pending') return 'reg15b-asylum-pending';
    if (a.asylumStage === 'fresh-claim') return 'reg15b-fresh-claim';
    if (hasAsylumSupportExemption(a)) return SUPPORT_EXEMPTIONS[a.asylumSupport!]!;
  }
  if (a.special === 'reciprocal') return englandAgreement(a);
  if (a.special === 'social-charter') {
    if (a.careTiming === 'during-visit') return 'reg24-social-charter';
    return a.careTiming === 'planned' ? 'reg24-planned-not-covered' : null;
  }
  if (a.special === 'family-of-exempt') return familyRule(a);
  if (a.special === 'ukraine' && fertility) return 'reg22a-assisted-conception';
  return (a.special && ENGLAND_SPECIAL[a.special]) || null;
}

function scotlandExemption(a: Answers): string | null {
  if (a.status === 'protection') return 'scotland-refugee';
  if (a.status === 'asylum') {
    if (a.asylumStage === 'pending') return 'scotland-asylum';
    return a.asylumSupport === 's95' || a.asylumSupport === 's4' ? 'scotland-asylum-supported' : 'scotland-asylum-refused';
  }
  if (a.status === 'no-leave' && (a.ukPurpose === 'work' || a.ukPurpose === 'volunteer')) return 'scotland-work-without-permission';
  if (a.ukPurpose === 'work' || a.ukPurpose === 'volunteer' || a.ukPurpose === 'settle') return 'scotland-work-or-settle';
  if (a.ukPurpose === 'study') return 'scotland-study';
  if (a.lawfulYear === 'yes') return 'scotland-lawful-residence';
  if (a.special === 'ukraine') return 'scotland-ukraine';
  if (a.special === 'family-of-exempt') return familyRule(a);
  // The other groups of regs 4 to 6A (trafficking, prisoners, agreements…) could not be read.
  return a.special && a.special !== 'none' ? 'scotland-not-modelled' : null;
}

function walesExemption(a: Answers): string | null {
  if (a.status === 'asylum') return 'wales-asylum';
  if (a.status === 'visa' && a.visaType === 'surcharge') return a.care === 'fertility' ? 'wales-surcharge-limits' : 'wales-surcharge';
  if (a.status === 'visa' && a.visaType === 'pre-2015') return 'wales-not-modelled';
  if (a.special === 'trafficking') return 'wales-trafficking';
  if (a.special === 'ukraine') return 'wales-ukraine';
  if (a.special === 'reciprocal') return a.agreement === 's2' ? 'wales-s2' : 'wales-reciprocal';
  if (a.special === 'family-of-exempt') return familyRule(a);
  // Reg 4(1)(c) covers anyone who has made a formal application for asylum, decided or not
  // (WSI 2009/1512): a refugee or person with protection made one, so is covered too.
  if (a.status === 'protection') return 'wales-asylum';
  // Prisoners, detention, looked-after children, humanitarian cases: not read in Wales.
  return a.special && a.special !== 'none' ? 'wales-not-modelled' : null;
}

/** Northern Ireland, reg 24(1): the groups who get GP care free. Reg 15A (Ukraine) and reg 21 are not in the list as made. */
const NI_GP_GROUPS = new Set([
  'ni-lawful-residence',
  'ni-work-study-settle',
  'ni-refugee-asylum',
  'ni-trafficking',
  'ni-prisoners-detainees',
  'ni-humanitarian',
  'ni-reciprocal',
  'ni-ehic',
  'ni-war-pension',
  'ni-crown-forces',
  'ni-family',
]);

function northernIrelandExemption(a: Answers): string | null {
  const rule = northernIrelandExemptionFor(a);
  if (a.care === 'gp' && rule && !NI_GP_GROUPS.has(rule)) return 'ni-gp-not-exempt';
  return rule;
}

function northernIrelandAgreement(a: Answers): string | null {
  if (a.agreement === 'ehic') {
    if (a.careTiming === 'during-visit') return 'ni-ehic';
    return a.careTiming === 'planned' ? 'ni-ehic-planned' : null;
  }
  return 'ni-reciprocal';
}

function northernIrelandExemptionFor(a: Answers): string | null {
  if (a.status === 'protection' || hasPendingAsylumClaim(a)) return 'ni-refugee-asylum';
  if (a.status === 'asylum') return 'ni-asylum-refused';
  if (a.ukPurpose === 'work' || a.ukPurpose === 'study' || a.ukPurpose === 'settle') return 'ni-work-study-settle';
  if (a.lawfulYear === 'yes') return 'ni-lawful-residence';
  if (a.special === 'social-charter') {
    if (a.careTiming === 'during-visit') return 'ni-social-charter';
    return a.careTiming === 'planned' ? 'ni-social-charter-planned' : null;
  }
  if (a.special === 'reciprocal') return northernIrelandAgreement(a);
  if (a.special === 'family-of-exempt') return familyRule(a);
  return (a.special && NI_SPECIAL[a.special]) || null;
}

/** The rule of the exemption that applies (or that explains why it does not reach this care), or null. */
export function exemptionRule(a: Answers): string | null {
  switch (a.nation) {
    case 'england':
      return englandExemption(a);
    case 'scotland':
      return scotlandExemption(a);
    case 'wales':
      return walesExemption(a);
    case 'northern-ireland':
      return northernIrelandExemption(a);
    default:
      return null;
  }
}

/** Someone with no permission to be in the UK, for whom giving details to a trust can be risky. */
export function isUndocumented(a: Answers): boolean {
  if (a.status === 'no-leave') return true;
  return a.status === 'asylum' && !hasPendingAsylumClaim(a) && !hasAsylumSupportExemption(a);
}
