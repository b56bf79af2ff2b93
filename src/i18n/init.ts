/**
 * i18next set-up. Each language's texts are separate files that load only when the language is
 * chosen; the page's lang and dir follow every change of language.
 */
import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addFormatTable, needsFormatTable } from '../lib/format';
import { formatting } from './formatting';
import { DEFAULT_LANGUAGE, FIRST_NAMESPACES, NAMESPACES, QUESTION_NAMESPACES, type LanguageCode } from './languages';
import { textsReachable } from './reachable';
import { TEXT_VALUES } from './textValues';

type TextModule = { default: Record<string, unknown> };

/** The words for dates and money of a language the browser has no data for (see src/lib/format.ts). */
function loadFormatTable(language: string): Promise<void> {
  return needsFormatTable(language) ? import('../lib/formatTable').then((m) => addFormatTable(m.tableFormatters())) : Promise.resolve();
}

/** The English start page's texts come straight away; every other file is found through ./loaders. */
function loadTextFile(language: string, namespace: string): Promise<TextModule> {
  if (language === DEFAULT_LANGUAGE && namespace === 'common') return import('../../locales/en/common.json') as Promise<TextModule>;
  const path = `../../locales/${language}/${namespace}.json`;
  return import('./loaders').then(({ loaders }) => {
    const load = loaders[path];
    if (!load) throw new Error(`No texts for ${language}|${namespace}`);
    return load();
  });
}

/** "language|namespace" of every text file that could not be fetched (offline, or a changed site). */
const failed = new Set<string>();

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const name = `${language}|${namespace}`;
    textsReachable(language, namespace)
      .then((reachable) =>
        reachable
          ? Promise.all([loadTextFile(language, namespace), loadFormatTable(language)]).then(([module]) => module)
          : Promise.reject(new Error(`${name} is not on this device`)),
      )
      .then(
      (module) => {
        failed.delete(name);
        callback(null, module.default);
      },
      (error: Error) => {
        failed.add(name);
        callback(error, false);
      },
    );
  },
};

/** Thrown by a page whose texts could not be fetched, so that the page's error boundary says so. */
export class TextsUnavailableError extends Error {
  constructor() {
    super('Some texts could not be fetched');
  }
}

/** Whether any of these namespaces could not be fetched in this language. */
export const textsFailed = (language: string, namespaces: readonly string[]) => namespaces.some((ns) => failed.has(`${language}|${ns}`));

/**
 * Fetches the texts of a language that are not here yet: the namespaces the current language has
 * (or the ones given). i18next never asks again for a file that failed, so this asks explicitly.
 * True when every one is now here.
 */
export async function loadTexts(language: string, namespaces: readonly string[] = NAMESPACES.filter((ns) => i18next.hasResourceBundle(i18next.language, ns))) {
  const missing = namespaces.filter((ns) => !i18next.hasResourceBundle(language, ns));
  if (missing.length > 0) await i18next.reloadResources([language], [...missing]);
  return namespaces.every((ns) => i18next.hasResourceBundle(language, ns));
}

/** Asks again for every text file of the current language that failed. */
export const retryFailedTexts = () => loadTexts(i18next.language, NAMESPACES.filter((ns) => failed.has(`${i18next.language}|${ns}`)));

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
    .use(formatting)
    .use(initReactI18next)
    .init({
      lng: language,
      // No fallback: a missing text is caught by the tests, and no other language is downloaded.
      fallbackLng: false,
      ns: [...FIRST_NAMESPACES],
      defaultNS: 'common',
      // React escapes every text itself, so nothing typed or translated can reach the page as HTML.
      // Every value goes through ./formatting: formatted as its text says, isolated in right-to-left
      // texts. Amounts and dates the texts state come from ./textValues.
      interpolation: { escapeValue: false, alwaysFormat: true, defaultVariables: { ...TEXT_VALUES } },
      returnNull: false,
      react: { useSuspense: false },
      // Tests pass a handler so that any text a screen asks for and no locale has fails the test.
      ...(onMissingKey ? { saveMissing: true, missingKeyHandler: onMissingKey } : {}),
    });
  applyDirection(language);
  // Offline, a language whose texts this device has no copy of: the guide runs in English, and
  // says why (src/offline/LanguageMissingNotice), rather than showing text keys.
  if (language !== DEFAULT_LANGUAGE && textsFailed(language, FIRST_NAMESPACES)) {
    await i18next.changeLanguage(DEFAULT_LANGUAGE);
    missing = language;
    i18next.on('languageChanged', () => {
      missing = null;
    });
  }
  return i18next;
}

let missing: LanguageCode | null = null;
/** The language asked for at start whose texts could not be had, while the guide shows English instead. */
export const languageMissing = () => missing;

/** Loads the texts of the question pages, the next ones after the start page. */
export function loadQuestionTexts() {
  return i18next.loadNamespaces([...QUESTION_NAMESPACES]);
}

/** Loads the texts of later screens (outcomes, rules, organisations) without holding up the first. */
export function loadRemainingTexts() {
  return i18next.loadNamespaces([...NAMESPACES]);
}

/** The same, one namespace at a time (each arrives and is read in a task of its own). */
export function remainingTextLoads(): (() => Promise<void>)[] {
  return NAMESPACES.map((ns) => () => i18next.loadNamespaces(ns));
}
