import { useTranslation } from 'react-i18next';
import { supportActions } from '../actions/whatToDo';
import { MachineNotice } from '../components/MachineNotice';
import { PageHeading } from '../components/PageHeading';
import { decisionOf, pathAnswers } from '../flow/selectors';
import { isUndocumented } from '../rules';
import { ContinueButton } from './ContinueButton';
import { Flow, usePersonContext } from '../session/flowActor';
import { useProgressCaption } from './Progress';
import { useMemberText } from './MemberLanguage';
import { WhatToDoNow } from './WhatToDoNow';

/**
 * Support: what to do about a bill and about debt collectors, from the advocacy guide, with the
 * nation's own facts (who to complain to, and paying before treatment).
 */
export function SupportAdviceScreen({ onShowToolkit }: { onShowToolkit: () => void }) {
  const { t } = useTranslation('outcomes');
  const person = usePersonContext();
  const caption = useProgressCaption('support');
  const context = Flow.useSelector((s) => s.context);
  const answers = pathAnswers(context);
  const decision = decisionOf(context);
  const nation = answers.nation && answers.nation !== 'unsure' ? answers.nation : 'unsure';
  const shouldNotPay = decision.outcome !== 'charged' && decision.outcome !== 'advice';
  const collectors = (answers.collectors ?? []).filter((c) => c !== 'none').length > 0;
  const mustNot = t('supportAdvice.mustNot', { returnObjects: true, ...person }) as string[];
  const member = useMemberText(['outcomes']);

  return (
    <div>
      <PageHeading caption={caption}>{t('supportAdvice.title', person)}</PageHeading>
      <WhatToDoNow actions={supportActions(answers, decision)} onShowToolkit={onShowToolkit} member={member} />
      <ContinueButton />
      <MachineNotice />
      {answers.bill === 'upfront' && (
        <section>
          <h2>{t('supportAdvice.upfrontTitle')}</h2>
          <p>{t(`supportAdvice.upfront.${nation}`, person)}</p>
        </section>
      )}
      {shouldNotPay && (
        <section>
          <h2>{t('supportAdvice.disputeTitle', person)}</h2>
          <p>{t('supportAdvice.dispute', person)}</p>
        </section>
      )}
      {collectors && (
        <>
          <section>
            <h2>{t('supportAdvice.holdTitle')}</h2>
            <p>{t('supportAdvice.hold', person)}</p>
          </section>
          <section>
            <h2>{t('supportAdvice.recordTitle')}</h2>
            <p>{t('supportAdvice.record', person)}</p>
          </section>
          <section>
            <h2>{t('supportAdvice.mustNotTitle')}</h2>
            <ul className="list">
              {mustNot.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p>{t(isUndocumented(answers) ? 'supportAdvice.harassmentNoPapers' : 'supportAdvice.harassment', person)}</p>
          </section>
        </>
      )}
      <section>
        <h2>{t('supportAdvice.complainTitle')}</h2>
        <p>{t(`supportAdvice.complain.${nation}`, person)}</p>
      </section>
    </div>
  );
}
