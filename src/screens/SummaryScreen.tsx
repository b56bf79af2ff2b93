import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PageHeading } from '../components/PageHeading';
import { decisionOf, pathAnswers, planOf, signpostingOf } from '../flow/selectors';
import { stepOf } from '../flow/step';
import { matchOrganisations } from '../organisations/match';
import { isQuestion, type AnswerValue } from '../questions/steps';
import { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from '../i18n/languages';
import { formatDate } from '../lib/format';
import { ruleById } from '../rules/catalogue';
import { answerLabel } from './answerLabel';
import { LawQuote } from './LawQuote';
import { ORGANISATIONS } from '../organisations/data';
import { ContactSummary } from './signposting/ContactSummary';
import { Flow, usePersonContext } from '../session/flowActor';
import { BillDetailsForm, BillDetailsList } from '../advocate/BillDetailsForm';
import { LogEntries } from '../advocate/LogEntries';
import { SheetStatement } from '../advocate/SheetStatement';
import { useToolkit } from '../advocate/store';
import { useMemberLanguage } from './MemberLanguage';
import { nextStepsOf, SummaryNextSteps } from './SummaryNextSteps';

/**
 * The case summary, to print on A4 or save as PDF and hand to an adviser: the outcome and its
 * law, the answers, the bill's details (which the advocate fills in here), the income sheet, the
 * contact log and the organisations. English by default (the language UK bodies read), optionally
 * followed, from a new page, by the member's language. It asks for no name.
 */
export function SummaryScreen({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation(['common', 'outcomes']);
  const member = useMemberLanguage();
  const context = Flow.useSelector((s) => s.context);
  const [second, setSecond] = useState<LanguageCode | ''>(member && member !== 'en' ? member : i18n.language === 'en' ? '' : (i18n.language as LanguageCode));
  const languages: LanguageCode[] = ['en', ...(second && second !== 'en' ? [second] : [])];
  return (
    <div className="summary">
      <button type="button" className="back-link" onClick={onClose}>
        {t('actions.back')}
      </button>
      <div className="no-print summary__controls">
        <label className="label" htmlFor="summary-language">
          {t('summary.addLanguage')}
        </label>
        <select id="summary-language" className="select" value={second} onChange={(e) => setSecond(e.target.value as LanguageCode | '')}>
          <option value="">{t('summary.englishOnly')}</option>
          {LANGUAGE_CODES.filter((c) => c !== 'en').map((c) => (
            <option key={c} value={c} lang={c}>
              {LANGUAGES[c].name}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
      </div>
      <BillDetailsForm answeredPence={pathAnswers(context).billAmount} />
      {languages.map((lng, index) => (
        <SummaryIn key={lng} lng={lng} first={index === 0} />
      ))}
    </div>
  );
}

function SummaryIn({ lng, first }: { lng: LanguageCode; first: boolean }) {
  const { t, ready } = useTranslation(['common', 'outcomes', 'questions', 'rules', 'organisations', 'advocate'], { lng });
  // The English speaks of "your member"; the member's language, from a new page, speaks to the member.
  const advocate = usePersonContext();
  const person = first ? advocate : {};
  const context = Flow.useSelector((s) => s.context);
  const current = Flow.useSelector((s) => stepOf(s.value));
  const { bill, sheet, log } = useToolkit();
  if (!ready) return null;
  const answers = pathAnswers(context) as Record<string, AnswerValue>;
  const decision = decisionOf(context);
  const basis = ruleById(decision.basis);
  const plan = current === 'planResult' || context.history.includes('planResult') ? planOf(context) : null;
  const signposting = signpostingOf(context);
  const titles = person.context ? 'result.titles_supporter' : 'result.titles';
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  const fixed = t as TFunction;

  return (
    <section lang={lng} dir={LANGUAGES[lng].dir} className={first ? 'summary__part' : 'summary__part summary__part--second'}>
      {first ? <PageHeading>{t('summary.title')}</PageHeading> : <h1 className="heading">{t('summary.title')}</h1>}
      <p className="meta">{t('summary.printed', { date: formatDate(today, lng) })}</p>
      <h2>{t('outcomes:result.whyTitle')}</h2>
      <p>
        <strong>{t(`outcomes:${titles}.${decision.outcome}`)}</strong>
      </p>
      <p>{t('outcomes:result.basis', { provision: basis.provision, instrument: basis.instrument })}</p>
      <LawQuote rule={basis} lng={lng} />
      <ol className="reasons">
        {decision.chain.map((link) => (
          <li key={link.step}>
            {t('outcomes:result.youSaid', {
              answer: answerLabel(fixed, link.step as never, link.value, person, lng),
              question: t(`questions:${link.step}.short`),
            })}
            {link.ruleId && <> {t('outcomes:result.so', { summary: t(`rules:${link.ruleId}.summary`, person) })} <span dir="ltr">({ruleById(link.ruleId).provision})</span></>}
          </li>
        ))}
      </ol>
      {plan && (
        <p>
          <strong>{t(`outcomes:planResult.title.${plan.decision}`, person)}.</strong> {t(`outcomes:planResult.lead.${plan.decision}`, person)}
        </p>
      )}
      <h2>{t('review.title')}</h2>
      <dl className="summary-list summary__answers">
        {context.history.filter(isQuestion).filter((q) => answers[q] !== undefined).map((q) => (
          <div key={q} className="summary-list__row">
            <dt className="summary-list__key">{t(`questions:${q}.short`)}</dt>
            <dd className="summary-list__value">{answerLabel(fixed, q, answers[q]!, person, lng)}</dd>
          </div>
        ))}
      </dl>
      <SummaryNextSteps t={fixed} actions={nextStepsOf(context, current)} person={person} />
      <h2>{t('advocate:bill.title')}</h2>
      <BillDetailsList bill={bill} answeredPence={answers.billAmount as number | undefined} lng={lng} />
      <h2>{t('advocate:sections.sheet')}</h2>
      <SheetStatement sheet={sheet} lng={lng} />
      <h2>{t('advocate:sections.log')}</h2>
      <LogEntries log={log} lng={lng} />
      <h2>{t('outcomes:signposting.title')}</h2>
      <p className="meta">{t('outcomes:signposting.notChecked')}</p>
      <ul className="list summary__organisations">
        {matchOrganisations(ORGANISATIONS, signposting).map((m) => (
          <ContactSummary key={m.org.id} match={m} fixed={fixed} lng={lng} />
        ))}
      </ul>
      <p className="meta">{t('outcomes:result.rulesChecked', { date: formatDate(basis.lastReviewed, lng) })}</p>
      <p className="meta">{t('start.notAdvice')}</p>
    </section>
  );
}
