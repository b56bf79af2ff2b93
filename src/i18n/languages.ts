/**
 * Every language the guide can be read in, named in its own script. A language is here only when
 * every text is translated (tests/i18n checks it); how each translation was made is in
 * translations.ts. `font` says where its letters come from: the device, or a font this site
 * serves (loaded only when the language is chosen).
 */
export const LANGUAGES = {
  en: { name: 'English', dir: 'ltr', script: 'Latin', font: 'device' },
  ar: { name: 'العربية', dir: 'rtl', script: 'Arabic', font: 'device' },
  fa: { name: 'فارسی', dir: 'rtl', script: 'Arabic', font: 'device' },
  ps: { name: 'پښتو', dir: 'rtl', script: 'Arabic', font: 'device' },
  ur: { name: 'اردو', dir: 'rtl', script: 'Arabic', font: 'device' },
  ckb: { name: 'کوردیی سۆرانی', dir: 'rtl', script: 'Arabic', font: 'device' },
  ti: { name: 'ትግርኛ', dir: 'ltr', script: 'Ethiopic', font: 'noto-sans-ethiopic' },
  am: { name: 'አማርኛ', dir: 'ltr', script: 'Ethiopic', font: 'noto-sans-ethiopic' },
  so: { name: 'Soomaali', dir: 'ltr', script: 'Latin', font: 'device' },
  bn: { name: 'বাংলা', dir: 'ltr', script: 'Bengali', font: 'device' },
  hi: { name: 'हिन्दी', dir: 'ltr', script: 'Devanagari', font: 'device' },
  ta: { name: 'தமிழ்', dir: 'ltr', script: 'Tamil', font: 'device' },
  vi: { name: 'Tiếng Việt', dir: 'ltr', script: 'Latin', font: 'device' },
  zh: { name: '简体中文', dir: 'ltr', script: 'Han (Simplified)', font: 'device' },
  sq: { name: 'Shqip', dir: 'ltr', script: 'Latin', font: 'device' },
  tr: { name: 'Türkçe', dir: 'ltr', script: 'Latin', font: 'device' },
  fr: { name: 'Français', dir: 'ltr', script: 'Latin', font: 'device' },
  es: { name: 'Español', dir: 'ltr', script: 'Latin', font: 'device' },
  pt: { name: 'Português', dir: 'ltr', script: 'Latin', font: 'device' },
  ro: { name: 'Română', dir: 'ltr', script: 'Latin', font: 'device' },
  pl: { name: 'Polski', dir: 'ltr', script: 'Latin', font: 'device' },
  uk: { name: 'Українська', dir: 'ltr', script: 'Cyrillic', font: 'device' },
  ru: { name: 'Русский', dir: 'ltr', script: 'Cyrillic', font: 'device' },
} as const satisfies Record<string, { name: string; dir: 'ltr' | 'rtl'; script: string; font: 'device' | 'noto-sans-ethiopic' }>;

export type LanguageCode = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as LanguageCode[];
export const DEFAULT_LANGUAGE: LanguageCode = 'en';
export const NAMESPACES = ['common', 'questions', 'outcomes', 'rules', 'organisations', 'advocate', 'letters'] as const;
/** Texts the start page needs; the rest load in the background just after it is drawn. */
export const FIRST_NAMESPACES = ['common'] as const;
/** Texts the question pages need. */
export const QUESTION_NAMESPACES = ['common', 'questions'] as const;

export function isLanguage(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (LANGUAGE_CODES as string[]).includes(value);
}
