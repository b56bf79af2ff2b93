import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadTexts } from '../i18n/init';
import { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from '../i18n/languages';

/**
 * Each language named in its own script. Changing language keeps the person's place. The new
 * language's texts are fetched first: if they cannot be (offline, say), the page stays in its
 * language and says why, rather than showing text keys.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const [unavailable, setUnavailable] = useState<LanguageCode | null>(null);

  const choose = async (code: LanguageCode) => {
    setUnavailable(null);
    if (await loadTexts(code)) await i18n.changeLanguage(code);
    else setUnavailable(code);
  };

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
                onClick={() => void choose(code)}
              >
                {LANGUAGES[code].name}
              </button>
            </li>
          );
        })}
      </ul>
      {unavailable && (
        <p className="language-switcher__problem" role="alert">
          {t('language.unavailable', { language: LANGUAGES[unavailable].name })}
        </p>
      )}
    </nav>
  );
}
