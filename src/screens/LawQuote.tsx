import { useTranslation } from 'react-i18next';
import type { Rule } from '../rules';

/**
 * The words of the law a rule rests on, quoted in English as read (the law is not translated), or,
 * for a rule we could not settle, what is missing. Advocates read this to check our reasoning. In
 * the notes under an outcome (`folded`) the words stay one tap away, so a phone screen is not a wall
 * of law.
 */
export function LawQuote({ rule, lng, folded = false }: { rule: Rule; lng?: string; folded?: boolean }) {
  const { t } = useTranslation(['outcomes', 'rules'], lng ? { lng } : undefined);
  const words = rule.quote && (
    <blockquote lang="en" dir="ltr" cite={rule.sourceUrl}>
      {rule.quote}
    </blockquote>
  );
  return (
    <>
      {words &&
        (folded ? (
          <details className="law-quote law-quote--folded">
            <summary>{t('outcomes:result.showLaw')}</summary>
            {words}
          </details>
        ) : (
          <figure className="law-quote">
            <figcaption className="law-quote__caption">
              {t('outcomes:result.showLaw')} <span dir="ltr">({rule.quotedFrom ?? `${rule.provision}, ${rule.instrument}`})</span>
            </figcaption>
            {words}
          </figure>
        ))}
      {!rule.settled && <p className="law-quote__missing">{t('outcomes:result.unsettled', { missing: t(`rules:${rule.id}.missing`) })}</p>}
    </>
  );
}
