import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';

/** "Staying safe online": what quick exit does, what the browser's history still shows, and how to leave fewer traces. */
export function SafetyScreen({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('common');
  const tips = t('safety.tips', { returnObjects: true }) as string[];
  return (
    <div>
      <button type="button" className="back-link" onClick={onClose}>
        {t('actions.back')}
      </button>
      <PageHeading>{t('safety.title')}</PageHeading>
      <p className="lead">{t('safety.exit')}</p>
      <p>{t('safety.shift')}</p>
      <h2>{t('safety.historyTitle')}</h2>
      <p>{t('safety.history')}</p>
      <p>{t('safety.clearHistory')}</p>
      <h2>{t('safety.tracesTitle')}</h2>
      <ul className="list">
        {tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <p>{t('safety.stored')}</p>
    </div>
  );
}
