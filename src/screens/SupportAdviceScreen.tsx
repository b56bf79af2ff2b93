import { useTranslation } from 'react-i18next';
import { MachineNotice } from '../components/MachineNotice';
import { PageHeading } from '../components/PageHeading';
import { decisionOf, pathAnswers } from '../flow/selectors';
import { ContinueButton } from './ContinueButton';
import { AdviserLine } from './signposting/AdviserLine';
import { Flow } from '../session/flowActor';
import { useProgressCaption } from './Progress';

/** Support: what to do about a bill and about debt collectors, from the advocacy guide. */
export function SupportAdviceScreen() {
  const { t } = useTranslation('outcomes');
  const caption = useProgressCaption('support');
  const context = Flow.useSelector((s) => s.context);
  const answers = pathAnswers(context);
  const { outcome } = decisionOf(context);
  const shouldNotPay = outcome !== 'charged';
  const collectors = (answers.collectors ?? []).filter((c) => c !== 'none').length > 0;
  const mustNot = t('supportAdvice.mustNot', { returnObjects: true }) as string[];

  return (
    <div>
      <PageHeading caption={caption}>{t('supportAdvice.title')}</PageHeading>
      <MachineNotice />
      {answers.bill === 'upfront' && (
        <section>
          <h2>{t('supportAdvice.upfrontTitle')}</h2>
          <p>{t('supportAdvice.upfront')}</p>
        </section>
      )}
      {shouldNotPay && (
        <section>
          <h2>{t('supportAdvice.disputeTitle')}</h2>
          <p>{t('supportAdvice.dispute')}</p>
        </section>
      )}
      {collectors && (
        <>
          <section>
            <h2>{t('supportAdvice.holdTitle')}</h2>
            <p>{t('supportAdvice.hold')}</p>
          </section>
          <section>
            <h2>{t('supportAdvice.recordTitle')}</h2>
            <p>{t('supportAdvice.record')}</p>
          </section>
          <section>
            <h2>{t('supportAdvice.mustNotTitle')}</h2>
            <ul className="list">
              {mustNot.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p>{t('supportAdvice.harassment')}</p>
          </section>
        </>
      )}
      <section>
        <h2>{t('supportAdvice.complainTitle')}</h2>
        <p>{t('supportAdvice.complain')}</p>
      </section>
      <AdviserLine />
      <ContinueButton />
    </div>
  );
}
