import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { LANGUAGES, LANGUAGE_CODES } from '../i18n/languages';
import { formatDate, formatPercent } from '../lib/format';
import { TRANSLATIONS } from '../i18n/translations';

/** "Translations": every language, how it was made, and whether a person has checked it. */
export function TranslationsScreen({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('common');
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <div>
      <button type="button" className="back-link" onClick={onClose}>
        {t('actions.back')}
      </button>
      <PageHeading>{t('translations.title')}</PageHeading>
      <p className="lead">{t('translations.lead')}</p>
      <dl className="summary-list translations-list">
        {LANGUAGE_CODES.map((code) => {
          const made = code === 'en' ? undefined : TRANSLATIONS[code];
          return (
            <div key={code} className="summary-list__row" data-language={code}>
              <dt className="summary-list__key" lang={code} dir={LANGUAGES[code].dir}>
                {LANGUAGES[code].name}
              </dt>
              <dd className="summary-list__value">
                {!made && t('translations.english')}
                {made?.method === 'machine' && t('translations.machine', { date: date(made.madeOn) })}
                {made?.reviewedBy &&
                  made.reviewedOn &&
                  ` ${t('translations.reviewed', { name: made.reviewedBy, share: formatPercent(made.reviewedShare, i18n.language), date: date(made.reviewedOn) })}`}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
