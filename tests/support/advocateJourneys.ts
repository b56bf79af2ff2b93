/**
 * Cases an advocate brings ("someone I support"), chosen so that together they reach every kind
 * of page: every question kind, every outcome, the Support page with and without debt collectors,
 * every payment-plan decision, acting with others, and signposting in each nation. Answers are by
 * question id and option value; amounts in pence. Used by the screen test of the advocate's voice.
 */
import type { AnswerValue } from '../../src/questions/steps';

export type Case = Record<string, AnswerValue>;

const advocate = (answers: Case): Case => ({ audience: 'supporter', ...answers });

export const ADVOCATE_JOURNEYS: Record<string, Case> = {
  'an undocumented pregnant woman in England, a £3,200 bill, debt collectors phoning': advocate({
    nation: 'england', care: 'maternity', cause: 'no', status: 'no-leave', special: 'none',
    bill: 'yes', collectors: ['calls'], planAgreed: 'no', billAmount: 320000, invoiceAge: 'under-two-months', treatmentDate: 'since-2021',
    act: 'casework', region: 'london',
  }),
  'a refused asylum seeker on section 4 support, debt collectors writing': advocate({
    nation: 'england', care: 'hospital', cause: 'no', status: 'asylum', asylumStage: 'refused', asylumSupport: 's4',
    bill: 'yes', collectors: ['letters'], act: 'not-now', region: 'west-midlands',
  }),
  'a visitor in Scotland with a bill': advocate({
    nation: 'scotland', care: 'hospital', status: 'visa', ukPurpose: 'none', lawfulYear: 'no', special: 'none',
    bill: 'yes', collectors: ['letters'], planAgreed: 'no', billAmount: 150000, invoiceAge: 'unsure', treatmentDate: 'since-2021',
    act: 'not-now',
  }),
  'a visitor in Scotland asked to pay before treatment': advocate({
    nation: 'scotland', care: 'hospital', status: 'visa', ukPurpose: 'none', lawfulYear: 'no', special: 'none', bill: 'upfront', act: 'not-now',
  }),
  'a student in Northern Ireland': advocate({ nation: 'northern-ireland', care: 'hospital', status: 'visa', ukPurpose: 'study', bill: 'no', act: 'campaign' }),
  "a member's £7,000 bill, a plan advisable": advocate({
    nation: 'england', care: 'hospital', cause: 'no', status: 'visa', visaType: 'visit', special: 'none',
    bill: 'yes', collectors: ['letters', 'visits'], planAgreed: 'no', billAmount: 700000, invoiceAge: 'under-two-months', treatmentDate: 'since-2021',
    act: 'both', region: 'bristol',
  }),
  'not sure of the status, a plan being kept': advocate({
    nation: 'england', care: 'hospital', cause: 'no', status: 'unsure', special: 'unsure', bill: 'yes', collectors: ['calls'], planAgreed: 'keeping',
    act: 'not-now', region: 'london',
  }),
  'a missed payment on a plan': advocate({
    nation: 'england', care: 'hospital', cause: 'no', status: 'visa', visaType: 'visit', special: 'none', bill: 'yes', collectors: ['none'],
    planAgreed: 'missed', billAmount: 90000, invoiceAge: 'over-two-months', treatmentDate: 'since-2021', act: 'not-now', region: 'england-other',
  }),
  'a small bill that is not reported': advocate({
    nation: 'england', care: 'community', cause: 'no', status: 'visa', visaType: 'visit', special: 'none', bill: 'yes', collectors: ['none'],
    planAgreed: 'no', billAmount: 30000, invoiceAge: 'over-two-months', treatmentDate: 'since-2021', act: 'not-now', region: 'england-other',
  }),
  'a GP in Wales': advocate({ nation: 'wales', care: 'gp', status: 'no-leave', bill: 'no', act: 'not-now' }),
  'A&E in Wales, collectors at work': advocate({ nation: 'wales', care: 'ae', aeAdmitted: 'no', bill: 'yes', collectors: ['work'], act: 'not-now' }),
  'a British citizen in Northern Ireland': advocate({ nation: 'northern-ireland', care: 'hospital', status: 'british', livesInUk: 'yes', bill: 'no', act: 'not-now' }),
  'care after violence': advocate({ nation: 'england', care: 'hospital', cause: 'yes', cameForTreatment: 'no', bill: 'no', act: 'not-now', region: 'london' }),
  'the wife of a refugee, not named in the claim': advocate({
    nation: 'england', care: 'hospital', cause: 'no', status: 'visa', visaType: 'visit', special: 'family-of-exempt', relativeExemption: 'refugee', dependant: 'no',
    bill: 'no', act: 'not-now', region: 'london',
  }),
  'a visitor from a country with a healthcare agreement': advocate({
    nation: 'england', care: 'hospital', cause: 'no', status: 'visa', visaType: 'visit', special: 'reciprocal', agreement: 'bilateral', careTiming: 'during-visit',
    bill: 'no', act: 'not-now', region: 'london',
  }),
};
