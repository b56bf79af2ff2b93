import { useTranslation } from 'react-i18next';
import type { Action, ActionId } from '../actions/whatToDo';
import { signpostingOf } from '../flow/selectors';
import { ORGANISATIONS } from '../organisations/data';
import { adviserFor } from '../organisations/match';
import { Flow, usePersonContext } from '../session/flowActor';
import { MemberLine, type MemberText } from './MemberLanguage';

/** Actions that open one of the guide's tools: the letters, the income sheet, the hospital card. */
const OPENS_TOOLKIT = new Set<ActionId>(['dispute-if-billed', 'dispute-letter', 'ask-plan', 'collector-letter', 'work-out-afford']);
const CALLS_ADVISER = new Set<ActionId>(['call-adviser', 'adviser-before-details', 'check-charge-first']);

interface Props {
  actions: readonly Action[];
  onShowCard?: () => void;
  onShowToolkit?: () => void;
  /** The member's-language view: each action again, in the member's language, spoken to them. */
  member?: MemberText | null;
}

/**
 * "What to do now": at most three actions chosen from the answers, first on every outcome and
 * guidance page, so they are on the first screen of a phone with the verdict. An action that means
 * calling an adviser carries the number; one that means writing carries the way to the letter.
 */
export function WhatToDoNow({ actions, onShowCard, onShowToolkit, member = null }: Props) {
  const { t } = useTranslation('outcomes');
  const person = usePersonContext();
  const context = Flow.useSelector((s) => s.context);
  const adviser = actions.some((a) => CALLS_ADVISER.has(a.id)) ? adviserFor(ORGANISATIONS, signpostingOf(context)) : undefined;
  return (
    <section className="what-to-do" aria-labelledby="what-to-do-title">
      <h2 id="what-to-do-title" className="what-to-do__title">
        {t('actions.title')}
        <MemberLine member={member} text={member?.t('outcomes:actions.title')} inline />
      </h2>
      <ol className="what-to-do__list">
        {actions.map((action) => (
          <li key={action.id} data-action={action.id}>
            {t(`actions.${action.id}`, { ...person, proof: action.proof ? t(`proof.${action.proof}`, person) : undefined })}
            {CALLS_ADVISER.has(action.id) && adviser && (
              <>
                {' '}
                <a className="tel what-to-do__call" href={`tel:${adviser.phone.tel}`}>
                  <span lang="en" dir="ltr">
                    {adviser.org.name}
                  </span>
                  : <span dir="ltr">{adviser.phone.display}</span>
                </a>
              </>
            )}
            {action.id === 'show-card' && onShowCard && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={onShowCard}>
                  {t('card.link')}
                </button>
              </>
            )}
            {OPENS_TOOLKIT.has(action.id) && onShowToolkit && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={onShowToolkit}>
                  {t(action.id === 'work-out-afford' ? 'actions.openSheet' : 'actions.openLetter')}
                </button>
              </>
            )}
            <MemberLine member={member} text={member?.t(`outcomes:actions.${action.id}`, { proof: action.proof ? member.t(`outcomes:proof.${action.proof}`) : undefined })} />
          </li>
        ))}
      </ol>
    </section>
  );
}
