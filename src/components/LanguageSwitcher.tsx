import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_CODES } from '../i18n/languages';

/** Each language named in its own script. Changing language keeps the person's place. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  return (
    <nav className="language-switcher" aria-label={t('language.change')}>
      <ul>
        {LANGUAGE_CODES.map((code) => {
          const current = i18n.language === code;
          return (
            <li key={code}>
              <button
                type="button"
                className="language-switcher__button"
                lang={code}
                dir={LANGUAGES[code].dir}
                aria-current={current ? 'true' : undefined}
                disabled={current}
                onClick={() => void i18n.changeLanguage(code)}
              >
                {LANGUAGES[code].name}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
