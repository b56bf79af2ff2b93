/**
 * i18next set-up. Each language's texts are separate files that load only when the language is
 * chosen; the page's lang and dir follow every change of language.
 */
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, FIRST_NAMESPACES, NAMESPACES, type LanguageCode } from './languages';

const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = loaders[`../../locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`No texts for ${language}/${namespace}`), false);
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, false),
    );
  },
};

function applyDirection(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

type MissingKeyHandler = (languages: readonly string[], namespace: string, key: string) => void;

export async function initI18n(language: LanguageCode = DEFAULT_LANGUAGE, onMissingKey?: MissingKeyHandler) {
  i18next.on('languageChanged', applyDirection);
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: language,
      // No fallback: a missing text is caught by the tests, and no other language is downloaded.
      fallbackLng: false,
      ns: [...FIRST_NAMESPACES],
      defaultNS: 'common',
      // React escapes every text itself, so nothing typed or translated can reach the page as HTML.
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: false },
      // Tests pass a handler so that any text a screen asks for and no locale has fails the test.
      ...(onMissingKey ? { saveMissing: true, missingKeyHandler: onMissingKey } : {}),
    });
  applyDirection(language);
  return i18next;
}

/** Loads the texts of later screens (outcomes, rules, organisations) without holding up the first. */
export function loadRemainingTexts() {
  return i18next.loadNamespaces([...NAMESPACES]);
}
