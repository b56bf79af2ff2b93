import { intlLocale } from '../i18n/languages';
import { useTranslation } from 'react-i18next';
import { MachineNotice } from '../components/MachineNotice';
import { PageHeading } from '../components/PageHeading';
import { pathAnswers, planOf } from '../flow/selectors';
import { formatPence } from '../lib/money';
import { ruleById } from '../rules/catalogue';
import { ContinueButton } from './ContinueButton';
import { planActions } from '../actions/whatToDo';
import { WhatToDoNow } from './WhatToDoNow';
import { useMemberText } from './MemberLanguage';
import { Flow } from '../session/flowActor';
import { useProgressCaption } from './Progress';
import { RuleNote } from './RuleText';
import { useToolkit } from '../advocate/store';
import { computeSheet } from '../advocate/income';

/** Plan: whether a payment plan is advisable, and why. */
export function PlanResultScreen({ onShowToolkit }: { onShowToolkit: () => void }) {
  const { t, i18n } = useTranslation(['outcomes', 'rules', 'advocate']);
  const caption = useProgressCaption('plan');
  const context = Flow.useSelector((s) => s.context);
  const plan = planOf(context);
  const answers = pathAnswers(context);
  const { billAmount: amount, invoiceAge } = answers;
  const member = useMemberText(['outcomes']);
  const basis = ruleById(plan.basis);
  const sheet = computeSheet(useToolkit().sheet, i18n.language);
  const instalment = sheet.ok && sheet.result.suggestedInstalment > 0 ? sheet.result.suggestedInstalment : null;

  return (
    <div data-plan={plan.decision}>
      <PageHeading caption={caption}>{t(`planResult.title.${plan.decision}`)}</PageHeading>
      <WhatToDoNow actions={planActions(answers, plan)} onShowToolkit={onShowToolkit} member={member} />
      <ContinueButton />
      <MachineNotice />
      {plan.chargeUncertain && (
        <p className="inset">
          <strong>{t('planResult.chargeUncertain')}</strong>
        </p>
      )}
      <p className="lead">{t(`planResult.lead.${plan.decision}`)}</p>
      {invoiceAge === 'over-two-months' && plan.decision === 'advisable' && (
        <p className="inset">
          <strong>{t('planResult.overdue')}</strong>
        </p>
      )}
      {amount !== undefined && plan.thresholdPence !== undefined && (
        <p>
          {t('planResult.amount', {
            amount: formatPence(amount, intlLocale(i18n.language)),
            threshold: formatPence(plan.thresholdPence, intlLocale(i18n.language)),
          })}
        </p>
      )}
      <p className="basis">
        <strong>{t('planResult.basis', { provision: basis.provision, instrument: basis.instrument })}</strong>
      </p>
      {[plan.basis, ...plan.notes].map((id) => (
        <RuleNote key={id} id={id} />
      ))}
      {plan.decision !== 'check-risk-first' && plan.decision !== 'keep-paying' && (
        <>
          <h2>{t('planResult.affordTitle')}</h2>
          <p>{t('planResult.afford')}</p>
          {instalment !== null && (
            <p className="inset">{t('advocate:sheet.planFeed', { instalment: formatPence(instalment, intlLocale(i18n.language)) })}</p>
          )}
        </>
      )}
    </div>
  );
}
