import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_CODES, DEFAULT_LANGUAGE, isLanguage, type LanguageCode } from '../i18n/languages';

/**
 * The address of a language's prerendered start page, relative to this page: './<code>/' from the
 * English page at the site's root, '../<code>/' from another language's page. (The prerendered
 * HTML is written for the root, and nested pages have their "./" rewritten to "../" at build time.)
 */
export function languageHref(code: LanguageCode, pathname = typeof location === 'undefined' ? '/' : location.pathname): string {
  const parts = pathname.split('/').filter((p) => p && p !== 'index.html');
  const nested = isLanguage(parts.at(-1)) && parts.at(-1) !== DEFAULT_LANGUAGE;
  const root = nested ? '../' : './';
  return code === DEFAULT_LANGUAGE ? root : `${root}${code}/`;
}

/** Every language's start page, as links anyone can follow before any script runs. */
export function LanguageLinks() {
  const { t, i18n } = useTranslation('common');
  return (
    <nav className="language-links" aria-labelledby="language-links-title">
      <h2 id="language-links-title">{t('language.otherLanguages')}</h2>
      <ul>
        {LANGUAGE_CODES.filter((code) => code !== i18n.language).map((code) => (
          <li key={code}>
            <a href={languageHref(code)} lang={code} hrefLang={code} dir={LANGUAGES[code].dir}>
              {LANGUAGES[code].name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
