import i18next from 'i18next';
import { loadTexts } from './init';
import { LANGUAGES, type LanguageCode } from './languages';

/** Languages whose script needs a font this site serves, loaded only when the language is chosen. */
const FONTS: Record<string, () => Promise<unknown>> = {
  'noto-sans-ethiopic': () => Promise.all([import('@fontsource/noto-sans-ethiopic/400.css'), import('@fontsource/noto-sans-ethiopic/700.css')]),
};

export function loadFontFor(code: LanguageCode): Promise<unknown> {
  const font = LANGUAGES[code].font;
  return font === 'device' ? Promise.resolve() : (FONTS[font]?.() ?? Promise.resolve()).catch(() => undefined);
}

/** Fetches the language's texts (and font), then switches. False when the texts could not be fetched. */
export async function changeLanguage(code: LanguageCode): Promise<boolean> {
  const [ready] = await Promise.all([loadTexts(code), loadFontFor(code)]);
  if (ready) await i18next.changeLanguage(code);
  return ready;
}
