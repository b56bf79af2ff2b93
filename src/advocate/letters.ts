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
  billPence?: number;
  instalmentPence?: number;
}

/** `t` must be fixed to one language with the "letters" and "rules" namespaces. */
export function buildLetter(id: LetterId, facts: LetterFacts, t: TFunction, locale = 'en-GB'): string {
  const head = [t('letters:common.sender'), t('letters:common.date'), t(`letters:${id}.to`), `${t(`letters:${id}.subject`)}\n${t('letters:common.patient')}\n${t('letters:common.reference')}`, t(`letters:${id}.greeting`)];
  const body: string[] = [];
  if (id === 'ovm') {
    const { outcome, basis } = facts.decision;
    const rule = ruleById(basis);
    const kind = (['exempt', 'free-service', 'not-overseas-visitor'] as const).find((k) => k === outcome && rule.settled) ?? 'other';
    body.push(
      t('letters:ovm.opening'),
      t(`letters:ovm.reason.${kind}`, { provision: rule.provision, instrument: rule.instrument, summary: sentence(t(`rules:${rule.id}.summary`)) }),
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
      t('letters:plan.ask'),
    );
  }
  return [...head, ...body, t('letters:common.signOff')].join('\n\n');
}
