import type { TFunction } from 'i18next';
import type { Decision } from '../rules';

/**
 * "What to do next" on the case summary: the one place its content comes from, so that the
 * "what to do now" actions of the outcome pages can take its place. For now, the outcome's lead.
 */
export function SummaryNextSteps({ t, decision }: { t: TFunction; decision: Decision }) {
  return (
    <>
      <h2>{t('summary.nextSteps')}</h2>
      <p>{t(`outcomes:result.leads.${decision.outcome}`)}</p>
    </>
  );
}
