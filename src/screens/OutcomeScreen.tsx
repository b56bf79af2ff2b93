import { useTranslation } from 'react-i18next';
import { outcomeActions } from '../actions/whatToDo';
import { MachineNotice } from '../components/MachineNotice';
import { PageHeading } from '../components/PageHeading';
import { decisionOf, pathAnswers } from '../flow/selectors';
import { ruleById } from '../rules/catalogue';
import { LawQuote } from './LawQuote';
import { answerLabel } from './answerLabel';
import { ContinueButton } from './ContinueButton';
import { Flow, usePersonContext } from '../session/flowActor';
import { useProgressCaption } from './Progress';
import { RuleNote } from './RuleText';
import { MemberLine, useMemberText } from './MemberLanguage';
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
  const { t, i18n } = useTranslation(['outcomes', 'questions', 'rules']);
  const person = usePersonContext();
  const caption = useProgressCaption('check');
  const context = Flow.useSelector((s) => s.context);
  const decision = decisionOf(context);
  const actions = outcomeActions(pathAnswers(context), decision);
  const basis = ruleById(decision.basis);
  const used = [...new Set([decision.basis, ...decision.chain.flatMap((l) => (l.ruleId ? [l.ruleId] : []))])].map(ruleById);
  const reviewed = used.map((r) => r.lastReviewed).sort().at(-1)!;
  const supporting = !!person.context;
  const titles = supporting ? 'result.titles_supporter' : 'result.titles';
  // The member's-language view speaks to the member, as "you".
  const member = useMemberText(['outcomes']);

  return (
    <div className={`outcome outcome--${decision.outcome}`} data-outcome={decision.outcome} data-basis={decision.basis}>
      <PageHeading caption={caption}>{t(`${titles}.${decision.outcome}`)}</PageHeading>
      <MemberLine member={member} text={member?.t(`outcomes:result.titles.${decision.outcome}`)} />
      <p className="lead">{t(`result.short.${decision.outcome}`, person)}</p>
      <MemberLine member={member} text={member?.t(`outcomes:result.short.${decision.outcome}`)} />
      <WhatToDoNow actions={actions} onShowCard={onShowCard} onShowToolkit={onShowToolkit} member={member} />
      <ContinueButton />
      <MachineNotice />

      <details className="why" open={supporting} data-why>
        <summary className="why__summary">{t('result.whyTitle')}</summary>
        <p>{t(`result.leads.${decision.outcome}`, person)}</p>
        <p className="basis">
          <strong>{t('result.basis', { provision: basis.provision, instrument: basis.instrument })}</strong>
        </p>
        <LawQuote rule={basis} />
        <h2>{t('result.reasonsTitle', person)}</h2>
        <ol className="reasons">
          {decision.chain.map((link) => {
            const rule = link.ruleId ? ruleById(link.ruleId) : undefined;
            return (
              <li key={link.step}>
                {t('result.youSaid', {
                  answer: answerLabel(t, link.step as never, link.value, person, i18n.language),
                  question: t(`questions:${link.step}.short`),
                })}
                {rule && (
                  <>
                    {', '}
                    {t('result.so', { summary: t(`rules:${rule.id}.summary`) })}{' '}
                    <bdi className="reasons__ref" dir="ltr">
                      ({rule.provision})
                    </bdi>
                  </>
                )}
              </li>
            );
          })}
        </ol>

        {decision.notes.length > 0 && (
          <>
            <h2>{t('result.notesTitle')}</h2>
            {decision.notes.map((id) => (
              <RuleNote key={id} id={id} />
            ))}
          </>
        )}

        {decision.always.length > 0 && (
          <div className="inset">
            <h2>{t('result.alwaysTitle')}</h2>
            {decision.always.map((id) => (
              <RuleNote key={id} id={id} />
            ))}
          </div>
        )}

        <p className="meta">{t('result.rulesChecked', { date: reviewed })}</p>
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
      </details>
    </div>
  );
}
