import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { intlLocale, LANGUAGES, LANGUAGE_CODES } from '../i18n/languages';
import { TRANSLATIONS } from '../i18n/translations';

/** "Translations": every language, how it was made, and whether a person has checked it. */
export function TranslationsScreen({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('common');
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent' });
  const date = (iso: string) => new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
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
                  ` ${t('translations.reviewed', { name: made.reviewedBy, share: percent.format(made.reviewedShare), date: date(made.reviewedOn) })}`}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
