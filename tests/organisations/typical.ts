/** Typical people who reach the list of organisations: a bill, in three common situations. */
import type { Answers } from '../../src/questions/steps';
import type { Region } from '../../src/organisations/types';
import { ORGANISATIONS } from '../../src/organisations/data';
import { matchOrganisations, seekerOf, type Match } from '../../src/organisations/match';
import { decide } from '../../src/rules';

export const TYPICAL: Record<string, Answers> = {
  'a refused asylum seeker with a hospital bill': { care: 'hospital', status: 'asylum', asylumStage: 'refused', asylumSupport: 'none', bill: 'yes' },
  'someone without leave, with a hospital bill': { care: 'hospital', status: 'no-leave', bill: 'yes' },
  'a pregnant woman unsure of her status, with a bill': { care: 'maternity', status: 'unsure', bill: 'yes' },
};

export const nationOf = (r: Region): Answers['nation'] => (['scotland', 'wales', 'northern-ireland'].includes(r) ? (r as Answers['nation']) : 'england');

export function typicalList(region: Region, typical: Answers): Match[] {
  const answers: Answers = { ...typical, nation: nationOf(region), ...(nationOf(region) === 'england' ? { region } : {}) };
  return matchOrganisations(ORGANISATIONS, seekerOf(answers, decide(answers).outcome));
}
