/**
 * Family of an exempt person, and babies born in the UK. Only some exemptions carry over to a
 * husband, wife, civil partner or child, and each nation lists its own:
 * - England: reg 25 (family of someone exempt under regs 13, 16, 20, 21, 22 or 22A), reg 25(3) (a
 *   baby of a surcharge payer, 3 months or younger, who has not left the UK), reg 15(aa) and (ba)
 *   (dependants of refugees and asylum seekers). The surcharge covers only the person it was paid for.
 * - Scotland: reg 4 exempts "a person or the spouse, civil partner or child of a person" in each group.
 * - Wales: only some groups' family, and a Ukrainian parent's newborn (reg 4I(3)).
 * - Northern Ireland: reg 22, in three tiers.
 */
import type { Answers } from '../questions/steps';

type Relative = NonNullable<Answers['relativeExemption']>;

/** Whether the person is lawfully present, as far as the status answer shows (undefined: not known). */
export function isLawfullyPresent(a: Answers): boolean | undefined {
  if (a.status === 'no-leave') return false;
  if (a.status === 'asylum') return a.asylumStage === 'pending' || a.asylumStage === 'fresh-claim' ? true : undefined;
  if (a.status === 'other' || a.status === 'unsure' || a.status === undefined) return undefined;
  return true;
}

export function asksWhyRelativeIsExempt(a: Answers): boolean {
  return a.special === 'family-of-exempt';
}

/** England: the surcharge (and reg 11) does not carry over, except to a newborn. Wales: a Ukrainian parent's newborn. */
const ENGLAND_NEWBORN: readonly Relative[] = ['surcharge', 'pre-2015', 'work', 'study'];

export function asksAboutBaby(a: Answers): boolean {
  if (!a.relativeExemption) return false;
  if (a.nation === 'england') return ENGLAND_NEWBORN.includes(a.relativeExemption);
  return a.nation === 'wales' && a.relativeExemption === 'ukraine' && !isLawfullyPresent(a);
}

export function asksIfBabyLeftUk(a: Answers): boolean {
  return asksAboutBaby(a) && a.babyBornHere === 'young';
}

/** England, reg 15(aa) and (ba): only a dependant of a refugee or an asylum seeker is covered. */
export function asksIfDependant(a: Answers): boolean {
  return a.nation === 'england' && (a.relativeExemption === 'refugee' || a.relativeExemption === 'asylum');
}

/** A baby born in the UK: covered while 3 months old or younger and never out of the UK since birth. */
function newborn(a: Answers, exempt: string, notCovered: string, notABaby: string): string | null {
  switch (a.babyBornHere) {
    case 'young':
      if (a.babyLeftUk === 'no') return exempt;
      return a.babyLeftUk === 'yes' ? notCovered : null;
    case 'older':
      return notCovered;
    case 'no':
      return notABaby;
    default:
      return null;
  }
}

/** England: the family rule needs the person to be lawfully present (reg 25(2)). */
function ifLawful(a: Answers, rule: string): string | null {
  const lawful = isLawfullyPresent(a);
  if (lawful === undefined) return null;
  return lawful ? rule : 'reg25-not-lawfully-present';
}

function england(a: Answers, relative: Relative): string | null {
  switch (relative) {
    case 'trafficking':
      return 'reg25-family-modern-slavery';
    case 'forces':
    case 's1':
      return ifLawful(a, 'reg25-family');
    case 'ukraine':
      return ifLawful(a, a.care === 'fertility' ? 'reg22a-assisted-conception' : 'reg25-family');
    case 'war-pension':
      return ifLawful(a, 'reg25-family-war-pension');
    case 'refugee':
      if (a.dependant === 'yes' || a.dependant === 'born-here') return 'reg15aa-refugee-dependant';
      return a.dependant === 'no' ? 'reg15-not-dependant' : null;
    case 'asylum':
      if (a.dependant === 'yes') return 'reg15ba-asylum-dependant';
      if (a.dependant === 'born-here') return 'reg25-family-other';
      return a.dependant === 'no' ? 'reg15-not-dependant' : null;
    case 'surcharge':
    case 'pre-2015':
    case 'work':
    case 'study':
      return newborn(a, 'reg25-newborn', 'reg25-newborn-not-covered', 'reg10-surcharge-per-person');
    default:
      return 'reg25-family-other';
  }
}

function scotland(relative: Relative): string {
  if (relative === 'work') return 'scotland-work-or-settle';
  if (relative === 'ukraine') return 'scotland-ukraine';
  if (relative === 'asylum') return 'scotland-asylum';
  if (relative === 'refugee') return 'scotland-refugee';
  return 'scotland-family-other';
}

/** Wales: reg 4I(2) covers the family of someone from Ukraine who are here lawfully; reg 4I(3) a newborn. */
function wales(a: Answers, relative: Relative): string | null {
  if (relative !== 'ukraine') return 'wales-family-other';
  if (isLawfullyPresent(a)) return 'wales-ukraine-family';
  return newborn(a, 'wales-ukraine-newborn', 'wales-family-other', 'wales-family-other');
}

/** Northern Ireland, reg 22: tier 1 needs lawful presence, tier 3 (asylum seekers) only presence with them. */
function northernIreland(a: Answers, relative: Relative): string | null {
  if (relative === 'trafficking' || relative === 'forces' || relative === 'ukraine') return isLawfullyPresent(a) ? 'ni-family' : null;
  if (relative === 'asylum') return 'ni-family';
  return 'ni-family-permanent';
}

/** The rule for a family member of an exempt person, or null when an answer was "not sure". */
export function familyRule(a: Answers): string | null {
  const relative = a.relativeExemption;
  if (!relative || relative === 'unsure') return null;
  switch (a.nation) {
    case 'england':
      return england(a, relative);
    case 'scotland':
      return scotland(relative);
    case 'wales':
      return wales(a, relative);
    case 'northern-ireland':
      return northernIreland(a, relative);
    default:
      return null;
  }
}
