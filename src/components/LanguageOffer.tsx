import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { changeLanguage } from '../i18n/changeLanguage';
import { loadTexts } from '../i18n/init';
import { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from '../i18n/languages';

/** The first language the browser prefers that the guide has, when it is not the one showing. */
export function preferredLanguage(preferred: readonly string[], current: string): LanguageCode | undefined {
  for (const tag of preferred) {
    const code = LANGUAGE_CODES.find((c) => c === tag.toLowerCase() || tag.toLowerCase().startsWith(`${c}-`));
    if (code) return code === current ? undefined : code;
  }
  return undefined;
}

/** One line, in the browser's preferred language, offering it. Never switches without asking. */
export function LanguageOffer() {
  const { i18n } = useTranslation('common');
  const offered = typeof navigator === 'undefined' ? undefined : preferredLanguage(navigator.languages ?? [], i18n.language);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(false);
    if (!offered) return;
    let live = true;
    void loadTexts(offered, ['common']).then((ok) => live && setReady(ok));
    return () => {
      live = false;
    };
  }, [offered]);
  if (!offered || !ready) return null;
  const t = i18next.getFixedT(offered, 'common');
  const language = LANGUAGES[offered].name;
  return (
    <p className="language-offer" lang={offered} dir={LANGUAGES[offered].dir}>
      {t('language.offer', { language })}{' '}
      <button type="button" className="link-button" onClick={() => void changeLanguage(offered)}>
        {t('language.offerButton', { language })}
      </button>
    </p>
  );
}
