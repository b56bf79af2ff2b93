import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/changeLanguage';
import { LANGUAGES, LANGUAGE_CODES, isLanguage, type LanguageCode } from '../i18n/languages';

/**
 * The language menu: every language named in its own script. Changing language keeps the
 * person's place. The new language's texts are fetched first: if they cannot be (offline, say),
 * the page stays as it was and says why, rather than showing text keys.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const [unavailable, setUnavailable] = useState<LanguageCode | null>(null);

  const choose = async (event: ChangeEvent<HTMLSelectElement>) => {
    const code = event.target.value;
    if (!isLanguage(code)) return;
    setUnavailable(null);
    if (!(await changeLanguage(code))) setUnavailable(code);
  };

  return (
    <div className="language-switcher">
      <label className="language-switcher__label" htmlFor="language-menu">
        {t('language.label')}
      </label>
      <select id="language-menu" className="language-switcher__menu" value={i18n.language} onChange={(e) => void choose(e)}>
        {LANGUAGE_CODES.map((code) => (
          <option key={code} value={code} lang={code} dir={LANGUAGES[code].dir}>
            {LANGUAGES[code].name}
          </option>
        ))}
      </select>
      {unavailable && (
        <p className="language-switcher__problem" role="alert">
          {t('language.unavailable', { language: LANGUAGES[unavailable].name })}
        </p>
      )}
    </div>
  );
}
