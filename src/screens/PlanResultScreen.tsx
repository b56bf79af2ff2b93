import { useTranslation } from 'react-i18next';
import { MachineNotice } from '../components/MachineNotice';
import { PageHeading } from '../components/PageHeading';
import { pathAnswers, planOf } from '../flow/selectors';
import { formatMoney } from '../lib/format';
import { ruleById } from '../rules/catalogue';
import { ContinueButton } from './ContinueButton';
import { AdviserLine } from './signposting/AdviserLine';
import { Flow } from '../session/flowActor';
import { useProgressCaption } from './Progress';
import { RuleNote } from './RuleText';
import { useToolkit } from '../advocate/store';
import { computeSheet } from '../advocate/income';

/** Plan: whether a payment plan is advisable, and why. */
export function PlanResultScreen() {
  const { t, i18n } = useTranslation(['outcomes', 'rules', 'advocate']);
  const caption = useProgressCaption('plan');
  const context = Flow.useSelector((s) => s.context);
  const plan = planOf(context);
  const { billAmount: amount, invoiceAge } = pathAnswers(context);
  const basis = ruleById(plan.basis);
  const sheet = computeSheet(useToolkit().sheet, i18n.language);
  const instalment = sheet.ok && sheet.result.suggestedInstalment > 0 ? sheet.result.suggestedInstalment : null;

  return (
    <div data-plan={plan.decision}>
      <PageHeading caption={caption}>{t(`planResult.title.${plan.decision}`)}</PageHeading>
      <MachineNotice />
      <p className="lead">{t(`planResult.lead.${plan.decision}`)}</p>
      {invoiceAge === 'over-two-months' && plan.decision === 'advisable' && (
        <p className="inset">
          <strong>{t('planResult.overdue')}</strong>
        </p>
      )}
      {amount !== undefined && plan.thresholdPence !== undefined && (
        <p>
          {t('planResult.amount', {
            amount: formatMoney(amount, i18n.language),
            threshold: formatMoney(plan.thresholdPence, i18n.language),
          })}
        </p>
      )}
      <p className="basis">
        <strong>{t('planResult.basis', { provision: basis.provision, instrument: basis.instrument })}</strong>
      </p>
      {[plan.basis, ...plan.notes].map((id) => (
        <RuleNote key={id} id={id} />
      ))}
      {plan.decision !== 'check-risk-first' && (
        <>
          <h2>{t('planResult.affordTitle')}</h2>
          <p>{t('planResult.afford')}</p>
          {instalment !== null && (
            <p className="inset">{t('advocate:sheet.planFeed', { instalment: formatMoney(instalment, i18n.language) })}</p>
          )}
        </>
      )}
      <AdviserLine />
      <ContinueButton />
    </div>
  );
}
