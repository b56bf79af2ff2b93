import { isLanguage, type LanguageCode } from '../../i18n/languages';

/**
 * The language ?review= asks to check: a translated language, 'unknown' for anything else (the
 * Translations page then lists what can be checked), or null when the address does not ask.
 */
export function reviewRequest(search: string): Exclude<LanguageCode, 'en'> | 'unknown' | null {
  let value: string | null;
  try {
    value = new URLSearchParams(search).get('review');
  } catch {
    return null;
  }
  if (value === null) return null;
  return isLanguage(value) && value !== 'en' ? value : 'unknown';
}
