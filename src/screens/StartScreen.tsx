import { useTranslation } from 'react-i18next';
import { LanguageOffer } from '../components/LanguageOffer';
import { LanguageLinks } from '../components/LanguageLinks';
import { MachineNotice } from '../components/MachineNotice';
import { PageHeading } from '../components/PageHeading';
import { ContinueButton } from './ContinueButton';
import { ResumeOffer } from '../privacy/SavedProgress';

/** The first page: what the guide does, the facts everyone should know, and privacy. */
interface Props {
  onShowExemptions: () => void;
  onShowSafety: () => void;
  /** Advocates: open a case saved to a file. */
  onOpenCase?: () => void;
  focusHeading: boolean;
}

export function StartScreen({ onShowExemptions, onShowSafety, onOpenCase, focusHeading }: Props) {
  const { t } = useTranslation('common');
  const steps = t('start.steps', { returnObjects: true }) as string[];
  return (
    <div>
      <LanguageOffer />
      <PageHeading focus={focusHeading}>{t('start.title')}</PageHeading>
      <MachineNotice />
      <p className="lead">{t('start.intro')}</p>
      <p>{t('quickExit.shortcut')}</p>
      <ResumeOffer />
      <ol className="list list--number">
        {steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <div className="inset">
        <h2>{t('start.factsTitle')}</h2>
        <p>{t('start.facts')}</p>
      </div>
      <p>{t('start.privacy')}</p>
      <ContinueButton label={t('actions.start')} />
      <p className="journey-links">
        <button type="button" className="link-button" onClick={onShowExemptions}>
          {t('start.exemptionsLink')}
        </button>
        <button type="button" className="link-button" onClick={onShowSafety}>
          {t('safety.link')}
        </button>
        <button type="button" className="link-button" onClick={onOpenCase}>
          {t('start.openCase')}
        </button>
      </p>
      <p className="meta">{t('start.notAdvice')}</p>
      <LanguageLinks />
    </div>
  );
}
