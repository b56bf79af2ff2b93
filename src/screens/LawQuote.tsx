import { useTranslation } from 'react-i18next';
import type { Rule } from '../rules';
import { usePersonContext } from '../session/flowActor';
import { MemberLine, useMemberText } from './MemberLanguage';

/**
 * The words a rule rests on, quoted in English as read (the law is not translated), saying which
 * rung of the source ladder they stand on: the law itself, or official guidance where the law's own
 * words could not be read. For a rule we could not settle, what is missing. Advocates read this to
 * check our reasoning. In the notes under an outcome (`folded`) the words stay one tap away, so a
 * phone screen is not a wall of law.
 */
export function LawQuote({ rule, lng, folded = false }: { rule: Rule; lng?: string; folded?: boolean }) {
  const { t } = useTranslation(['outcomes', 'rules'], lng ? { lng } : undefined);
  // A text in a fixed language (the hospital card's) stands alone; on the pages, the reader's
  // voice, and the member's language beneath when the advocate has chosen one.
  const person = usePersonContext();
  const voice = lng ? {} : person;
  const view = useMemberText(['outcomes', 'rules']);
  const member = lng ? null : view;
  const guidance = rule.quoteKind === 'guidance' ? rule.guidance : undefined;
  const words = rule.quote && (
    <blockquote lang="en" dir="ltr" cite={rule.sourceUrl}>
      {rule.quote}
    </blockquote>
  );
  const saysIn = (tt: typeof t) => (guidance ? tt('outcomes:result.guidanceSays', { publisher: guidance.publisher }) : tt('outcomes:result.lawSays'));
  const says = saysIn(t);
  const memberSays = member ? saysIn(member.t) : undefined;
  const where = guidance ? `${guidance.title}, ${guidance.date}` : (rule.quotedFrom ?? `${rule.provision}, ${rule.instrument}`);
  return (
    <>
      {words &&
        (folded ? (
          <details className="law-quote law-quote--folded" data-rung={rule.quoteKind}>
            <summary>
              {says}
              <MemberLine member={member} text={memberSays} inline />
            </summary>
            <p className="law-quote__caption">
              <span dir="ltr">({where})</span>
            </p>
            {words}
          </details>
        ) : (
          <figure className="law-quote" data-rung={rule.quoteKind}>
            <figcaption className="law-quote__caption">
              {says} <span dir="ltr">({where})</span>
              <MemberLine member={member} text={memberSays} inline />
            </figcaption>
            {words}
          </figure>
        ))}
      {!rule.settled && (
        <>
          <p className="law-quote__missing">{t('outcomes:result.unsettled', { missing: t(`rules:${rule.id}.missing`, voice) })}</p>
          <MemberLine member={member} text={member?.t('outcomes:result.unsettled', { missing: member.t(`rules:${rule.id}.missing`) })} />
        </>
      )}
    </>
  );
}
