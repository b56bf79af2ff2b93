import { useTranslation } from 'react-i18next';
import { MachineNotice } from '../components/MachineNotice';
import { PageHeading } from '../components/PageHeading';
import { decisionOf } from '../flow/selectors';
import { ruleById } from '../rules/catalogue';
import { LawQuote } from './LawQuote';
import { formatDate } from '../lib/format';
import { answerLabel } from './answerLabel';
import { ContinueButton } from './ContinueButton';
import { AdviserLine } from './signposting/AdviserLine';
import { Flow, usePersonContext } from '../session/flowActor';
import { useProgressCaption } from './Progress';
import { RuleNote } from './RuleText';
import { MemberLine, useMemberText } from './MemberLanguage';

/** The Check outcome: where the person stands, the rule it rests on, and why. */
export function OutcomeScreen({ onShowExemptions }: { onShowExemptions: () => void }) {
  const { t, i18n } = useTranslation(['outcomes', 'questions', 'rules']);
  const person = usePersonContext();
  const caption = useProgressCaption('check');
  const context = Flow.useSelector((s) => s.context);
  const decision = decisionOf(context);
  const basis = ruleById(decision.basis);
  const used = [...new Set([decision.basis, ...decision.chain.flatMap((l) => (l.ruleId ? [l.ruleId] : []))])].map(ruleById);
  const reviewed = used.map((r) => r.lastReviewed).sort().at(-1)!;
  const titles = person.context ? 'result.titles_supporter' : 'result.titles';
  const member = useMemberText(['outcomes']);

  return (
    <div className={`outcome outcome--${decision.outcome}`} data-outcome={decision.outcome} data-basis={decision.basis}>
      <PageHeading caption={caption}>{t(`${titles}.${decision.outcome}`)}</PageHeading>
      <MachineNotice />
      <MemberLine member={member} text={member?.t(`outcomes:${titles}.${decision.outcome}`)} />
      <p className="lead">{t(`result.leads.${decision.outcome}`)}</p>
      <MemberLine member={member} text={member?.t(`outcomes:result.leads.${decision.outcome}`)} />
      <p className="basis">
        <strong>{t('result.basis', { provision: basis.provision, instrument: basis.instrument })}</strong>
      </p>
      <LawQuote rule={basis} />

      <h2>{t('result.whyTitle')}</h2>
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
                  <span className="reasons__ref" dir="ltr">
                    ({rule.provision})
                  </span>
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

      <p className="meta">{t('result.rulesChecked', { date: formatDate(reviewed, i18n.language) })}</p>
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
      <AdviserLine />
      <ContinueButton />
    </div>
  );
}
