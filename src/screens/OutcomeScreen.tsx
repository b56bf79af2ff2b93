import type { TFunction } from 'i18next';
import { AfterPaint } from '../components/AfterPaint';
import { outcomeActions } from '../actions/whatToDo';
import { MachineNotice } from '../components/MachineNotice';
import { PageHeading } from '../components/PageHeading';
import { decisionOf, pathAnswers } from '../flow/selectors';
import { ruleById } from '../rules/catalogue';
import { LawQuote } from './LawQuote';
import { formatDate } from '../lib/format';
import { answerLabel } from './answerLabel';
import { ContinueButton } from './ContinueButton';
import { Flow } from '../session/flowActor';
import { useProgressCaption } from './Progress';
import { RuleNote } from './RuleText';
import { MemberLine } from './MemberLanguage';
import { Said, useTwoVoices } from './TwoVoices';
import { WhatToDoNow } from './WhatToDoNow';

interface Props {
  onShowExemptions: () => void;
  onShowCard: () => void;
  onShowToolkit: () => void;
}

/**
 * The Check outcome. First what a person can act on: the verdict, one plain sentence, and at most
 * three things to do now, with Continue, all on the first screen of a phone. Then "Why we think
 * this": the rule, the quoted law or guidance, the reasoning and the notes, folded for a person
 * checking alone and open for an advocate, who wants the legal basis.
 */
export function OutcomeScreen({ onShowExemptions, onShowCard, onShowToolkit }: Props) {
  const { t, i18n, person, member, say, sayToMember } = useTwoVoices(['outcomes', 'questions', 'rules']);
  const caption = useProgressCaption('check');
  const context = Flow.useSelector((s) => s.context);
  const decision = decisionOf(context);
  const actions = outcomeActions(pathAnswers(context), decision);
  const basis = ruleById(decision.basis);
  const used = [...new Set([decision.basis, ...decision.chain.flatMap((l) => (l.ruleId ? [l.ruleId] : []))])].map(ruleById);
  const reviewed = used.map((r) => r.lastReviewed).sort().at(-1)!;
  const supporting = !!person.context;
  const titles = supporting ? 'result.titles_supporter' : 'result.titles';

  return (
    <div className={`outcome outcome--${decision.outcome}`} data-outcome={decision.outcome} data-basis={decision.basis}>
      <PageHeading caption={caption} title={caption}>{t(`${titles}.${decision.outcome}`)}</PageHeading>
      <MemberLine member={member} text={sayToMember(`outcomes:result.titles.${decision.outcome}`)} />
      <Said className="lead" text={say(`outcomes:result.short.${decision.outcome}`)} member={member} memberText={sayToMember(`outcomes:result.short.${decision.outcome}`)} />
      <WhatToDoNow actions={actions} onShowCard={onShowCard} onShowToolkit={onShowToolkit} member={member} />
      <ContinueButton />
      <MachineNotice />

      <details className="why" open={supporting} data-why>
        <summary className="why__summary">
          {t('result.whyTitle')}
          <MemberLine member={member} text={sayToMember('outcomes:result.whyTitle')} inline />
        </summary>
        {/* Folded for a person, below the first screen for an advocate: drawn just after the first screen. */}
        <AfterPaint>
          <Said text={say(`outcomes:result.leads.${decision.outcome}`)} member={member} memberText={sayToMember(`outcomes:result.leads.${decision.outcome}`)} />
          <p className="basis">
            <strong>{t('result.basis', { provision: basis.provision, instrument: basis.instrument })}</strong>
          </p>
          <MemberLine member={member} text={sayToMember('outcomes:result.basis', { provision: basis.provision, instrument: basis.instrument })} />
          <LawQuote rule={basis} />
          <h2>
            {say('outcomes:result.reasonsTitle')}
            <MemberLine member={member} text={sayToMember('outcomes:result.reasonsTitle')} inline />
          </h2>
          <ol className="reasons">
            {decision.chain.map((link) => {
              const rule = link.ruleId ? ruleById(link.ruleId) : undefined;
              // "You said …, so …": the reader's words, and the member's, each in its own voice.
              const reason = (tt: TFunction, voice: { context?: string }, language: string) =>
                [
                  tt('outcomes:result.youSaid', {
                    answer: answerLabel(tt, link.step as never, link.value, voice, language),
                    question: tt(`questions:${link.step}.short`),
                  }),
                  rule ? `, ${tt('outcomes:result.so', { summary: tt(`rules:${rule.id}.summary`, voice) })}` : '',
                ].join('');
              return (
                <li key={link.step}>
                  {reason(t, person, i18n.language)}
                  {rule && (
                    <>
                      {' '}
                      <bdi className="reasons__ref" dir="ltr">
                        ({rule.provision})
                      </bdi>
                    </>
                  )}
                  {member && <MemberLine member={member} text={reason(member.t, {}, member.lang)} inline />}
                </li>
              );
            })}
          </ol>

          {decision.notes.length > 0 && (
            <>
              <h2>
                {t('result.notesTitle')}
                <MemberLine member={member} text={sayToMember('outcomes:result.notesTitle')} inline />
              </h2>
              {decision.notes.map((id) => (
                <RuleNote key={id} id={id} />
              ))}
            </>
          )}

          {decision.always.length > 0 && (
            <div className="inset">
              <h2>
                {say('outcomes:result.alwaysTitle')}
                <MemberLine member={member} text={sayToMember('outcomes:result.alwaysTitle')} inline />
              </h2>
              {decision.always.map((id) => (
                <RuleNote key={id} id={id} />
              ))}
            </div>
          )}

          <Said
            className="meta"
            text={t('result.rulesChecked', { date: formatDate(reviewed, i18n.language) })}
            member={member}
            memberText={member ? sayToMember('outcomes:result.rulesChecked', { date: formatDate(reviewed, member.lang) }) : undefined}
          />
          <h2 className="visually-hidden">{t('result.sources')}</h2>
          <ul className="sources">
            {[...new Set(used.map((r) => r.sourceUrl))].map((url) => (
              <li key={url}>
                <a href={url} rel="noopener noreferrer" target="_blank" dir="ltr">
                  {url.replace(/^https:\/\/(www\.)?/, '')}
                </a>
              </li>
            ))}
          </ul>
          <p>
            <button type="button" className="link-button" onClick={onShowExemptions}>
              {t('result.exemptionsLink')}
            </button>
          </p>
        </AfterPaint>
      </details>
    </div>
  );
}
