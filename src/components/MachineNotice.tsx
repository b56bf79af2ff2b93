import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/changeLanguage';
import { translationOf } from '../i18n/translations';

/**
 * On a machine-translated language: a short notice, in that language, that a computer made it, no
 * native speaker has checked it, and the English decides; with a one-tap switch to English.
 */
export function MachineNotice() {
  const { t, i18n } = useTranslation('common');
  if (translationOf(i18n.language)?.method !== 'machine') return null;
  return (
    <div className="machine-notice" role="note" data-machine-notice={i18n.language}>
      <p>
        {t('translation.notice')}{' '}
        <button type="button" className="link-button" onClick={() => void changeLanguage('en')}>
          {t('translation.toEnglish')}
        </button>
      </p>
    </div>
  );
}
