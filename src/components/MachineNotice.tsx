import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/changeLanguage';
import { translationOf } from '../i18n/translations';

/**
 * On a machine-translated language: a short notice, in that language, that a computer made it, that
 * no native speaker (or one, for only part of it) has checked it, and that the English decides;
 * with a one-tap switch to English.
 */
export function MachineNotice() {
  const { t, i18n } = useTranslation('common');
  const made = translationOf(i18n.language);
  if (made?.method !== 'machine') return null;
  return (
    <div className="machine-notice" role="note" data-machine-notice={i18n.language}>
      <p>
        {t(made.reviewedShare > 0 ? 'translation.noticePartly' : 'translation.notice')}{' '}
        <button type="button" className="link-button" onClick={() => void changeLanguage('en')}>
          {t('translation.toEnglish')}
        </button>
      </p>
    </div>
  );
}
