/**
 * "What to do now": at most three actions at the top of every outcome and guidance page, chosen from
 * the person's answers: who to call and when, what to send, what not to do yet, what proof to show.
 * Pure functions of the answers and the decisions; the words are in locales/<lang>/outcomes.json
 * under `actions.<id>` (with `_supporter` variants that speak of "your member"), the proof under
 * `proof.<id>`.
 */
import type { Answers } from '../questions/steps';
import type { Decision, PlanDecision } from '../rules';
import { isUndocumented } from '../rules';

export type ActionId =
  // Check outcome
  | 'get-care'
  | 'show-proof'
  | 'dispute-if-billed'
  | 'show-card'
  | 'urgent-care-england'
  | 'urgent-care-scotland'
  | 'urgent-care-wales'
  | 'urgent-care-ni'
  | 'call-adviser'
  | 'adviser-before-details'
  | 'do-not-pay-yet'
  | 'keep-letters'
  // Support
  | 'dispute-letter'
  | 'ask-how-urgent'
  | 'ask-hold'
  | 'collector-letter'
  | 'log-contacts'
  | 'police-no-papers'
  // Plan
  | 'check-charge-first'
  | 'ask-plan'
  | 'work-out-afford'
  | 'pay-before-two-months'
  | 'no-details-yet'
  | 'keep-proof'
  | 'contact-hospital-now'
  | 'still-owed';

/** What to show the hospital, by the rule the outcome rests on: from NHS trusts' own lists (docs/status.md). */
export type ProofId =
  | 'asylum-claim'
  | 'section-95'
  | 'section-4'
  | 'council-support'
  | 'refugee'
  | 'surcharge'
  | 'ehic'
  | 's1'
  | 'trafficking'
  | 'status'
  | 'ukraine'
  | 'relative';

export interface Action {
  id: ActionId;
  /** For show-proof: what to bring. */
  proof?: ProofId;
}

const PROOF_BY_RULE: Record<string, ProofId> = {
  'reg15b-asylum-pending': 'asylum-claim',
  'reg15b-fresh-claim': 'asylum-claim',
  'scotland-asylum': 'asylum-claim',
  'wales-asylum': 'asylum-claim',
  'reg15c-section-95': 'section-95',
  'reg15d-refused-supported': 'section-4',
  'scotland-asylum-supported': 'section-4',
  'reg15a-refugee': 'refugee',
  'scotland-refugee': 'refugee',
  'ni-refugee-asylum': 'refugee',
  'reg10-surcharge': 'surcharge',
  'reg11-before-surcharge': 'surcharge',
  'wales-surcharge': 'surcharge',
  'reg12a-ehic': 'ehic',
  'ni-ehic': 'ehic',
  'reg13-s1': 's1',
  'reg16-modern-slavery': 'trafficking',
  'wales-trafficking': 'trafficking',
  'ni-trafficking': 'trafficking',
  'reg22a-ukraine': 'ukraine',
  'scotland-ukraine': 'ukraine',
  'wales-ukraine': 'ukraine',
  'ni-ukraine': 'ukraine',
  'reg25-family': 'relative',
  'reg25-family-modern-slavery': 'relative',
  'reg25-family-war-pension': 'relative',
  'reg25-newborn': 'relative',
  'reg15aa-refugee-dependant': 'relative',
  'reg15ba-asylum-dependant': 'relative',
  'ni-family': 'relative',
  'wales-ukraine-newborn': 'relative',
};

export function proofFor(a: Answers, decision: Decision): ProofId | undefined {
  if (decision.outcome === 'not-overseas-visitor') return 'status';
  if (a.asylumSupport === 'council' && decision.basis === 'reg15d-refused-supported') return 'council-support';
  return PROOF_BY_RULE[decision.basis];
}

const URGENT_CARE: Record<string, ActionId> = {
  england: 'urgent-care-england',
  scotland: 'urgent-care-scotland',
  wales: 'urgent-care-wales',
  'northern-ireland': 'urgent-care-ni',
};

/** Care a person may need soon, for which the nation's own words on urgent care matter most. */
const URGENT_PRONE = new Set(['maternity', 'hospital', 'ae', 'termination', 'mental-health']);

/** The nation's own words on urgent care, for care a person may need soon. */
function urgentCare(a: Answers): Action[] {
  const id = a.care && URGENT_PRONE.has(a.care) && a.nation ? URGENT_CARE[a.nation] : undefined;
  return id ? [{ id }] : [];
}

/** The Check outcome page. */
export function outcomeActions(a: Answers, decision: Decision): Action[] {
  switch (decision.outcome) {
    case 'free-service':
      return [{ id: 'get-care' }, { id: 'dispute-if-billed' }, { id: 'show-card' }];
    case 'exempt':
    case 'not-overseas-visitor': {
      const proof = proofFor(a, decision);
      return [proof ? { id: 'show-proof', proof } : { id: 'show-card' }, { id: 'dispute-if-billed' }, ...(proof ? [{ id: 'show-card' } as Action] : [{ id: 'keep-letters' } as Action])];
    }
    case 'charged': {
      const adviser: Action = { id: isUndocumented(a) ? 'adviser-before-details' : 'call-adviser' };
      return [...urgentCare(a), adviser, { id: 'keep-letters' } as Action].slice(0, 3);
    }
    default: {
      return [{ id: 'call-adviser' } as Action, { id: 'do-not-pay-yet' } as Action, ...urgentCare(a)].slice(0, 3);
    }
  }
}

/** The Support page, once the person has said whether there is a bill and who is in touch. */
export function supportActions(a: Answers, decision: Decision): Action[] {
  const out: Action[] = [];
  const collectors = (a.collectors ?? []).some((c) => c !== 'none');
  const shouldNotPay = decision.outcome !== 'charged' && decision.outcome !== 'advice';
  if (a.bill === 'upfront') out.push({ id: 'ask-how-urgent' });
  if (shouldNotPay) out.push({ id: 'dispute-letter' });
  else if (decision.outcome === 'advice') out.push({ id: 'do-not-pay-yet' });
  if (collectors) out.push({ id: shouldNotPay || decision.outcome === 'advice' ? 'ask-hold' : 'collector-letter' }, { id: 'log-contacts' });
  if (collectors && isUndocumented(a)) out.push({ id: 'police-no-papers' });
  if (out.length < 3) out.push({ id: 'call-adviser' });
  return out.slice(0, 3);
}

/** The Plan page. */
export function planActions(a: Answers, plan: PlanDecision): Action[] {
  const first: Action[] = plan.chargeUncertain ? [{ id: 'check-charge-first' }] : [];
  const rest: Action[] = (() => {
    switch (plan.decision) {
      case 'keep-paying':
        return [{ id: 'keep-proof' }];
      case 'missed-payment':
        return [{ id: 'contact-hospital-now' }, { id: 'call-adviser' }];
      case 'check-risk-first':
        return [{ id: 'adviser-before-details' }, { id: 'no-details-yet' }];
      case 'advisable':
        return [
          ...(a.invoiceAge === 'under-two-months' ? [{ id: 'pay-before-two-months' } as Action] : []),
          { id: 'ask-plan' },
          { id: 'work-out-afford' },
        ];
      default:
        return [{ id: 'still-owed' }, { id: 'work-out-afford' }];
    }
  })();
  return [...first, ...rest].slice(0, 3);
}
