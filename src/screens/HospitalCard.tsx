import { useTranslation } from 'react-i18next';
import { proofFor } from '../actions/whatToDo';
import { PageHeading } from '../components/PageHeading';
import { decisionOf, pathAnswers } from '../flow/selectors';
import { LANGUAGES, type LanguageCode } from '../i18n/languages';
import { ruleById } from '../rules/catalogue';
import { Flow } from '../session/flowActor';
import { LawQuote } from './LawQuote';
import { useMemberLanguage } from './MemberLanguage';

/** The outcomes a card is for: the person should not be charged. */
export const CARD_OUTCOMES = ['not-overseas-visitor', 'free-service', 'exempt'] as const;

function CardText({ lng }: { lng: string }) {
  const { t, ready } = useTranslation('outcomes', { lng });
  const context = Flow.useSelector((s) => s.context);
  const decision = decisionOf(context);
  const basis = ruleById(decision.basis);
  const proof = proofFor(pathAnswers(context), decision);
  // Another language's texts may still be arriving.
  if (!ready) return null;
  return (
    <>
      <p>{t('card.intro')}</p>
      <p>
        <strong>{t(`card.verdict.${decision.outcome}`)}</strong>
      </p>
      <p>
        <bdi dir="ltr">{t('card.basis', { provision: basis.provision, instrument: basis.instrument })}</bdi>
      </p>
      {proof && <p>{t('card.proof', { proof: t(`proof.${proof}_supporter`) })}</p>}
      <p>{t('card.ask')}</p>
    </>
  );
}

/**
 * A card to show at the hospital: one screen, and half an A4 page when printed. The staff's part is
 * in English, with the rule it rests on and the quoted law or guidance; the person's own language
 * follows, so they know what it says (the member's language, for an advocate who has chosen one).
 * Nothing beyond what it needs: no name, no other answers.
 */
export function HospitalCard({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation(['outcomes', 'common']);
  const context = Flow.useSelector((s) => s.context);
  const decision = decisionOf(context);
  // The person's own language beneath the staff's English: the member's, when an advocate has
  // chosen one, else the language the guide is read in.
  const supporting = Flow.useSelector((s) => s.context.answers.audience === 'supporter');
  const chosen = useMemberLanguage();
  const language = (supporting && chosen ? chosen : i18n.language) as LanguageCode;
  const own = language !== 'en' ? LANGUAGES[language] : null;
  return (
    <div className="hospital-card-page">
      <button type="button" className="back-link no-print" onClick={onClose}>
        {t('card.close')}
      </button>
      <PageHeading>{t('card.title')}</PageHeading>
      <p className="lead no-print">{t('card.lead')}</p>
      <article className="hospital-card" data-card={decision.outcome}>
        <section lang="en" dir="ltr">
          <h2>{t('card.forStaff', { lng: 'en' })}</h2>
          <CardText lng="en" />
          <LawQuote rule={ruleById(decision.basis)} lng="en" />
        </section>
        {own && (
          <section lang={language} dir={own.dir}>
            <h2>{t('card.yourLanguage', { lng: language })}</h2>
            <CardText lng={language} />
          </section>
        )}
      </article>
      <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
        {t('card.print')}
      </button>
    </div>
  );
}
