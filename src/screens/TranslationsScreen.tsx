import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from '../i18n/languages';
import { formatDate, formatPercent } from '../lib/format';
import { reloadableLazy } from '../components/reloadableLazy';
import { reviewRequest } from './translationReview/request';

// Only for native speakers checking a translation: never fetched on an ordinary visit.
const TranslationReviewScreen = reloadableLazy(() => import('./translationReview/TranslationReviewScreen').then((m) => m.TranslationReviewScreen));
import { TRANSLATIONS } from '../i18n/translations';

type Translated = Exclude<LanguageCode, 'en'>;
const TRANSLATED = LANGUAGE_CODES.filter((c): c is Translated => c !== 'en');

/**
 * "Translations": every language, how it was made, and whether a person has checked it; at the end,
 * the way in for a native speaker a partner has asked to check one. `checkFrom` is the address the
 * guide was opened with: ?review=<code> opens that language's review page at once. Without it (in a
 * partner's frame) the review page is not offered.
 */
export function TranslationsScreen({ onClose, checkFrom }: { onClose: () => void; checkFrom?: string }) {
  const { t, i18n } = useTranslation('common');
  // The texts of the review page (fetched with this page, not with the first one).
  const review = useTranslation('review');
  const [checking, setChecking] = useState<Translated | null>(() => {
    const asked = checkFrom === undefined ? null : reviewRequest(checkFrom);
    return asked === 'unknown' ? null : asked;
  });
  const [toCheck, setToCheck] = useState<Translated>(TRANSLATED.includes(i18n.language as Translated) ? (i18n.language as Translated) : TRANSLATED[0]!);
  const date = (iso: string) => formatDate(iso, i18n.language);
  if (checking) return <TranslationReviewScreen code={checking} onClose={() => setChecking(null)} />;
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
                {made?.method === 'machine' &&
                  // Partly checked: "made by a computer on …" (a text that comes with the review page's, and is not copied for offline use), then who checked how much.
                  (made.reviewedBy ? (review.ready ? review.t('machineMade', { date: date(made.madeOn) }) : '') : t('translations.machine', { date: date(made.madeOn) }))}
                {made?.reviewedBy &&
                  made.reviewedOn &&
                  ` ${t('translations.reviewed', { name: made.reviewedBy, share: formatPercent(made.reviewedShare, i18n.language), date: date(made.reviewedOn) })}`}
              </dd>
            </div>
          );
        })}
      </dl>
      {checkFrom !== undefined && review.ready && (
        <section>
          <h2>{review.t('offer.title')}</h2>
          <p>{review.t('offer.lead')}</p>
          <div className="form-group">
            <label className="label" htmlFor="check-language">
              {review.t('offer.language')}
            </label>
            <select id="check-language" className="select" value={toCheck} onChange={(e) => setToCheck(e.target.value as Translated)}>
              {TRANSLATED.map((code) => (
                <option key={code} value={code} lang={code}>
                  {LANGUAGES[code].name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button--secondary" onClick={() => setChecking(toCheck)}>
            {review.t('offer.open')}
          </button>
        </section>
      )}
    </div>
  );
}
