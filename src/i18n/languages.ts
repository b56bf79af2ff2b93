/** The languages the app speaks. Adding one: a folder in locales/ and a line here. */
export const LANGUAGES = {
  en: { name: 'English', dir: 'ltr' },
  ar: { name: 'العربية', dir: 'rtl' },
} as const;

export type LanguageCode = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];
export const DEFAULT_LANGUAGE: LanguageCode = 'en';
export const NAMESPACES = ['common', 'questions', 'outcomes', 'rules', 'organisations', 'advocate', 'letters'] as const;
/** Texts needed for the first screens; the rest load in the background just after. */
export const FIRST_NAMESPACES = ['common', 'questions'] as const;

export function isLanguage(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as string[]).includes(value);
}

/** The locale Intl formats with: British English, and Arabic with the digits used on its pages. */
export function intlLocale(language: string): string {
  if (language === 'ar') return 'ar-u-nu-latn';
  if (language === 'en') return 'en-GB';
  return language;
}
