import { supportActions } from '../actions/whatToDo';
import { AfterPaint } from '../components/AfterPaint';
import { MachineNotice } from '../components/MachineNotice';
import { PageHeading } from '../components/PageHeading';
import { decisionOf, pathAnswers } from '../flow/selectors';
import { isUndocumented } from '../rules';
import { ContinueButton } from './ContinueButton';
import { Flow } from '../session/flowActor';
import { useProgressCaption } from './Progress';
import { MemberLine } from './MemberLanguage';
import { Said, useTwoVoices } from './TwoVoices';
import { WhatToDoNow } from './WhatToDoNow';

/**
 * Support: what to do about a bill and about debt collectors, from the advocacy guide, with the
 * nation's own facts (who to complain to, and paying before treatment). Each text is in the
 * reader's voice, with the member's language beneath when an advocate has chosen one.
 */
export function SupportAdviceScreen({ onShowToolkit }: { onShowToolkit: () => void }) {
  const { t, person, member, say, sayToMember } = useTwoVoices(['outcomes']);
  const caption = useProgressCaption('support');
  const context = Flow.useSelector((s) => s.context);
  const answers = pathAnswers(context);
  const decision = decisionOf(context);
  const nation = answers.nation && answers.nation !== 'unsure' ? answers.nation : 'unsure';
  const shouldNotPay = decision.outcome !== 'charged' && decision.outcome !== 'advice';
  const collectors = (answers.collectors ?? []).filter((c) => c !== 'none').length > 0;
  const mustNot = t('supportAdvice.mustNot', { returnObjects: true, ...person }) as string[];
  const memberMustNot = member ? (member.t('outcomes:supportAdvice.mustNot', { returnObjects: true }) as string[]) : [];

  /** A section: its heading and paragraph, each followed by the member's language. */
  const section = (title: string, text: string, params: Record<string, unknown> = {}) => (
    <section>
      <h2>
        {say(`outcomes:${title}`)}
        <MemberLine member={member} text={sayToMember(`outcomes:${title}`)} inline />
      </h2>
      <Said text={say(`outcomes:${text}`, params)} member={member} memberText={sayToMember(`outcomes:${text}`, params)} />
    </section>
  );

  return (
    <div>
      <PageHeading caption={caption} title={caption}>{say('outcomes:supportAdvice.title')}</PageHeading>
      <MemberLine member={member} text={sayToMember('outcomes:supportAdvice.title')} />
      <WhatToDoNow actions={supportActions(answers, decision)} onShowToolkit={onShowToolkit} member={member} />
      <ContinueButton />
      <MachineNotice />
      {/* Below the first screen: drawn just after it. */}
      <AfterPaint>
        {answers.bill === 'upfront' && section('supportAdvice.upfrontTitle', `supportAdvice.upfront.${nation}`)}
        {shouldNotPay && section('supportAdvice.disputeTitle', 'supportAdvice.dispute')}
        {collectors && (
          <>
            {section('supportAdvice.holdTitle', 'supportAdvice.hold')}
            {section('supportAdvice.recordTitle', 'supportAdvice.record')}
            <section>
              <h2>
                {t('supportAdvice.mustNotTitle')}
                <MemberLine member={member} text={sayToMember('outcomes:supportAdvice.mustNotTitle')} inline />
              </h2>
              <ul className="list">
                {mustNot.map((item, i) => (
                  <li key={item}>
                    {item}
                    <MemberLine member={member} text={memberMustNot[i]} inline />
                  </li>
                ))}
              </ul>
              {(() => {
                const key = `outcomes:${isUndocumented(answers) ? 'supportAdvice.harassmentNoPapers' : 'supportAdvice.harassment'}`;
                return <Said text={say(key)} member={member} memberText={sayToMember(key)} />;
              })()}
            </section>
          </>
        )}
        {section('supportAdvice.complainTitle', `supportAdvice.complain.${nation}`)}
      </AfterPaint>
    </div>
  );
}
