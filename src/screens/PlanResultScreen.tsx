import { MachineNotice } from '../components/MachineNotice';
import { AfterPaint } from '../components/AfterPaint';
import { PageHeading } from '../components/PageHeading';
import { pathAnswers, planOf } from '../flow/selectors';
import { formatMoney } from '../lib/format';
import { ruleById } from '../rules/catalogue';
import { ContinueButton } from './ContinueButton';
import { planActions } from '../actions/whatToDo';
import { WhatToDoNow } from './WhatToDoNow';
import { MemberLine } from './MemberLanguage';
import { Said, useTwoVoices } from './TwoVoices';
import { Flow } from '../session/flowActor';
import { useProgressCaption } from './Progress';
import { RuleNote } from './RuleText';
import { useToolkit } from '../advocate/store';
import { computeSheet } from '../advocate/income';

/**
 * Plan: whether a payment plan is advisable, and why, in the reader's voice, with the member's
 * language beneath when an advocate has chosen one.
 */
export function PlanResultScreen({ onShowToolkit }: { onShowToolkit: () => void }) {
  const { t, i18n, member, say, sayToMember } = useTwoVoices(['outcomes', 'rules', 'advocate']);
  const caption = useProgressCaption('plan');
  const context = Flow.useSelector((s) => s.context);
  const plan = planOf(context);
  const answers = pathAnswers(context);
  const { billAmount: amount, invoiceAge } = answers;
  const basis = ruleById(plan.basis);
  const sheet = computeSheet(useToolkit().sheet, i18n.language);
  /** The bill and the threshold, written as the language writes amounts. */
  const amounts = (language: string) => ({
    amount: amount === undefined ? '' : formatMoney(amount, language),
    threshold: plan.thresholdPence === undefined ? '' : formatMoney(plan.thresholdPence, language),
  });
  const instalment = sheet.ok && sheet.result.suggestedInstalment > 0 ? sheet.result.suggestedInstalment : null;

  return (
    <div data-plan={plan.decision}>
      <PageHeading caption={caption} title={caption}>{say(`outcomes:planResult.title.${plan.decision}`)}</PageHeading>
      <MemberLine member={member} text={sayToMember(`outcomes:planResult.title.${plan.decision}`)} />
      <WhatToDoNow actions={planActions(answers, plan)} onShowToolkit={onShowToolkit} member={member} />
      <ContinueButton />
      <MachineNotice />
      {/* Below the first screen: drawn just after it. */}
      <AfterPaint>
        {plan.chargeUncertain && (
          <div className="inset">
            <p>
              <strong>{say('outcomes:planResult.chargeUncertain')}</strong>
            </p>
            <MemberLine member={member} text={sayToMember('outcomes:planResult.chargeUncertain')} />
          </div>
        )}
        <Said className="lead" text={say(`outcomes:planResult.lead.${plan.decision}`)} member={member} memberText={sayToMember(`outcomes:planResult.lead.${plan.decision}`)} />
        {invoiceAge === 'over-two-months' && plan.decision === 'advisable' && (
          <div className="inset">
            <p>
              <strong>{say('outcomes:planResult.overdue')}</strong>
            </p>
            <MemberLine member={member} text={sayToMember('outcomes:planResult.overdue')} />
          </div>
        )}
        {amount !== undefined && plan.thresholdPence !== undefined && (
          <>
            <p>{say('outcomes:planResult.amount', amounts(i18n.language))}</p>
            <MemberLine member={member} text={member ? sayToMember('outcomes:planResult.amount', amounts(member.lang)) : undefined} />
          </>
        )}
        <p className="basis">
          <strong>{t('outcomes:planResult.basis', { provision: basis.provision, instrument: basis.instrument })}</strong>
        </p>
        <MemberLine member={member} text={sayToMember('outcomes:planResult.basis', { provision: basis.provision, instrument: basis.instrument })} />
        {[plan.basis, ...plan.notes].map((id) => (
          <RuleNote key={id} id={id} />
        ))}
        {plan.decision !== 'check-risk-first' && plan.decision !== 'keep-paying' && (
          <>
            <h2>
              {say('outcomes:planResult.affordTitle')}
              <MemberLine member={member} text={sayToMember('outcomes:planResult.affordTitle')} inline />
            </h2>
            <Said text={say('outcomes:planResult.afford')} member={member} memberText={sayToMember('outcomes:planResult.afford')} />
            {instalment !== null && (
              <p className="inset">{t('advocate:sheet.planFeed', { instalment: formatMoney(instalment, i18n.language) })}</p>
            )}
          </>
        )}
      </AfterPaint>
    </div>
  );
}
