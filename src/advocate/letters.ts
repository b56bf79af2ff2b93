/**
 * The three letters, built from the answers and the rules. Always written in English (they go to
 * UK bodies); the same function with the member's language gives a translation to read.
 * Anything the app does not know (names, addresses, references) stays as a [bracketed] gap.
 */
import type { TFunction } from 'i18next';
import type { Decision, PlanDecision } from '../rules';
import { ruleById } from '../rules/catalogue';
import { formatPence } from '../lib/money';
import { sentence } from '../lib/text';

export const LETTERS = ['ovm', 'collector', 'plan'] as const;
export type LetterId = (typeof LETTERS)[number];

export interface LetterFacts {
  decision: Decision;
  plan: PlanDecision | null;
  /** Debt collectors are in touch (the answer to "collectors" names at least one way). */
  collectors?: boolean;
  billPence?: number;
  instalmentPence?: number;
  /** The income sheet is printed and downloaded with the plan letter: only then may it say "enclosed". */
  sheetEnclosed?: boolean;
}

/** Why a letter is offered first: the path the answers took. */
export type LetterReason = 'exempt' | 'free-service' | 'not-overseas-visitor' | 'collectors' | 'plan' | 'review';

const NOT_CHARGEABLE = ['exempt', 'free-service', 'not-overseas-visitor'] as const;

/**
 * The letters offered, the one the case calls for first: a dispute when the person should not have
 * been charged, the debt-collector letter when collectors are in touch, the plan letter only when
 * a payment plan is advisable (and never otherwise), else a request to review the charge.
 */
export function lettersFor(facts: LetterFacts): { offered: LetterId[]; first: LetterId; reason: LetterReason } {
  const planAdvisable = facts.plan?.decision === 'advisable';
  const offered = LETTERS.filter((id) => id !== 'plan' || planAdvisable);
  const outcome = NOT_CHARGEABLE.find((o) => o === facts.decision.outcome);
  if (outcome) return { offered, first: 'ovm', reason: outcome };
  if (facts.collectors) return { offered, first: 'collector', reason: 'collectors' };
  if (planAdvisable) return { offered, first: 'plan', reason: 'plan' };
  return { offered, first: 'ovm', reason: 'review' };
}

/** `t` must be fixed to one language with the "letters" and "rules" namespaces. */
export function buildLetter(id: LetterId, facts: LetterFacts, t: TFunction, locale = 'en-GB'): string {
  const head = [t('letters:common.sender'), t('letters:common.date'), t(`letters:${id}.to`), `${t(`letters:${id}.subject`)}\n${t('letters:common.patient')}\n${t('letters:common.reference')}`, t(`letters:${id}.greeting`)];
  const body: string[] = [];
  if (id === 'ovm') {
    const { outcome, basis } = facts.decision;
    const rule = ruleById(basis);
    const kind = NOT_CHARGEABLE.find((k) => k === outcome && rule.settled) ?? 'other';
    body.push(
      t('letters:ovm.opening'),
      t(`letters:ovm.reason.${kind}`, { provision: rule.provision, instrument: rule.instrument, summary: sentence(t(`rules:${rule.id}.summary`)) }),
      // The words of the law, quoted as read (always in English: it is the law's own text).
      ...(kind !== 'other' && rule.quote ? [t('letters:ovm.quote', { provision: rule.quotedFrom ?? rule.provision, instrument: rule.instrument, quote: rule.quote })] : []),
      t('letters:ovm.requests'),
      t('letters:ovm.evidence'),
      t('letters:ovm.reply'),
    );
  } else if (id === 'collector') {
    body.push(t('letters:collector.opening'), t('letters:collector.disputed'), t('letters:collector.hold'), t('letters:collector.contact'), t('letters:collector.record'), t('letters:collector.confirm'));
  } else {
    const amount = facts.billPence !== undefined ? t('letters:plan.amountSuffix', { amount: formatPence(facts.billPence, locale) }) : '';
    body.push(
      t('letters:plan.opening', { amount }),
      t('letters:plan.wantsToPay'),
      facts.instalmentPence !== undefined && facts.instalmentPence > 0
        ? t('letters:plan.afford', { instalment: formatPence(facts.instalmentPence, locale) })
        : t('letters:plan.affordUnknown'),
      ...(facts.sheetEnclosed ? [t('letters:plan.enclosed')] : []),
      t('letters:plan.ask'),
    );
  }
  return [...head, ...body, t('letters:common.signOff')].join('\n\n');
}
