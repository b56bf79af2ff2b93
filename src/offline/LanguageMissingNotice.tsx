import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageMissing } from '../i18n/init';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n/languages';

/**
 * Offline, when the language asked for has no copy on this device, the guide runs in English
 * (src/i18n/init.ts): this says so in English and, below, in that language's own words.
 */
export function LanguageMissingNotice() {
  const { t, i18n } = useTranslation('common');
  const missing = languageMissing();
  const [own, setOwn] = useState<string | null>(null);
  // Drawn only once the app runs, never in the start page it hydrates (which has no such line).
  const [shown, setShown] = useState(false);
  useEffect(() => {
    setShown(true);
    if (!missing) return;
    let live = true;
    import('virtual:language-missing').then(
      (lines) => live && setOwn(lines.default[missing] ?? null),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [missing]);
  if (!shown || !missing || i18n.language !== DEFAULT_LANGUAGE) return null;
  const language = LANGUAGES[missing];
  return (
    <div className="machine-notice language-missing" role="note" data-language-missing={missing}>
      <p>{t('offline.languageMissing', { language: language.name })}</p>
      {own && (
        <p lang={missing} dir={language.dir}>
          {own.replaceAll('{{language}}', language.name)}
        </p>
      )}
    </div>
  );
}
