/**
 * One case per outcome kind in each nation, for the first-screen test: answers by question id and
 * option value. Where a kind can be reached with care that may be urgent (hospital, maternity), the
 * case uses it, so "What to do now" carries its longest actions.
 */
export type Nation = 'england' | 'scotland' | 'wales' | 'northern-ireland';
export type OutcomeKind = 'not-overseas-visitor' | 'free-service' | 'exempt' | 'charged' | 'advice';

export const OUTCOME_CASES: Record<Nation, Record<OutcomeKind, Record<string, string | string[]>>> = {
  england: {
    'not-overseas-visitor': { care: 'hospital', cause: 'no', status: 'british', livesInUk: 'yes' },
    'free-service': { care: 'gp' },
    exempt: { care: 'hospital', cause: 'no', status: 'asylum', asylumStage: 'refused', asylumSupport: 's4' },
    charged: { care: 'maternity', cause: 'no', status: 'no-leave', special: 'none' },
    advice: { care: 'hospital', cause: 'no', status: 'asylum', asylumStage: 'fresh-claim' },
  },
  scotland: {
    'not-overseas-visitor': { care: 'hospital', status: 'british', livesInUk: 'yes' },
    'free-service': { care: 'gp' },
    exempt: { care: 'hospital', status: 'protection' },
    charged: { care: 'hospital', status: 'visa', ukPurpose: 'none', lawfulYear: 'no', special: 'none' },
    advice: { care: 'family-planning' },
  },
  wales: {
    'not-overseas-visitor': { care: 'maternity', status: 'settled', livesInUk: 'yes' },
    'free-service': { care: 'ae', aeAdmitted: 'no' },
    exempt: { care: 'hospital', status: 'asylum' },
    charged: { care: 'hospital', status: 'no-leave', special: 'none' },
    advice: { care: 'family-planning' },
  },
  'northern-ireland': {
    'not-overseas-visitor': { care: 'hospital', status: 'british', livesInUk: 'yes' },
    'free-service': { care: 'community', cameForTreatment: 'no' },
    exempt: { care: 'maternity', status: 'protection' },
    charged: { care: 'hospital', status: 'visa', ukPurpose: 'none', lawfulYear: 'no', special: 'none' },
    advice: { care: 'hospital', status: 'asylum', asylumStage: 'refused' },
  },
};
