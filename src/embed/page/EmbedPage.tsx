import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_CODES, type LanguageCode } from '../../i18n/languages';
import { STEPS } from '../../questions/steps';
import type { Region } from '../../organisations/types';
import { parseEmbedOptions } from '../params';
import { embedUrl, snippet } from '../snippet';

/** For partners: choose language, region and colour, see the guide live, and copy the snippet. */
export function EmbedPage({ appUrl }: { appUrl: string }) {
  const { t } = useTranslation(['embed', 'questions', 'common']);
  const [lang, setLang] = useState<LanguageCode>('en');
  const [region, setRegion] = useState<Region | ''>('');
  const [accent, setAccent] = useState('#1d4f91');
  const [partner, setPartner] = useState('');
  const [fixed, setFixed] = useState(false);
  const [copied, setCopied] = useState(false);

  // The same parser the app uses decides what the snippet carries, so it shows what the app will do.
  const checked = parseEmbedOptions(`?${new URLSearchParams({ accent, partner })}`);
  const choice = { lang, region: region || undefined, accent: checked.accent, partner: checked.partner, fixed };
  const code = snippet(appUrl, choice, t('common:appName'));
  const preview = embedUrl(appUrl, choice);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      (document.getElementById('snippet') as HTMLTextAreaElement | null)?.select();
    }
  };

  return (
    <main className="main main--wide" id="main">
      <h1 className="heading">{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <div className="embed-form">
        <div className="form-group">
          <label className="label" htmlFor="lang">{t('language')}</label>
          <select id="lang" className="select" value={lang} onChange={(e) => setLang(e.target.value as LanguageCode)}>
            {LANGUAGE_CODES.map((code) => (
              <option key={code} value={code} lang={code}>{LANGUAGES[code].name}</option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="region">{t('region')}</label>
          <select id="region" className="select" value={region} onChange={(e) => setRegion(e.target.value as Region | '')}>
            <option value="">{t('noRegion')}</option>
            {STEPS.region.options.map((r) => (
              <option key={r} value={r}>{t(`questions:region.options.${r}.label`)}</option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="accent">{t('accent')}</label>
          <p className="hint" id="accent-hint">{t('accentHint')}</p>
          <input id="accent" type="color" className="input input--colour" value={accent} aria-describedby="accent-hint" onChange={(e) => setAccent(e.target.value)} />
          {checked.accent && checked.accent !== accent.toLowerCase() && <p className="hint">{t('accentDarkened', { colour: checked.accent })}</p>}
        </div>
        <div className="form-group">
          <label className="label" htmlFor="partner">{t('partner')}</label>
          <p className="hint" id="partner-hint">{t('partnerHint')}</p>
          <input id="partner" className="input" maxLength={60} value={partner} aria-describedby="partner-hint" onChange={(e) => setPartner(e.target.value)} />
        </div>
        <div className="form-group choice">
          <input id="fixed" type="checkbox" className="choice__input" checked={fixed} aria-describedby="fixed-hint" onChange={(e) => setFixed(e.target.checked)} />
          <label className="choice__label" htmlFor="fixed">{t('fixed')}</label>
          <p className="hint choice__hint" id="fixed-hint">{t('fixedHint')}</p>
        </div>
      </div>
      <h2>{t('snippet')}</h2>
      <textarea id="snippet" className="snippet" readOnly rows={10} value={code} dir="ltr" aria-label={t('snippet')} />
      <p>
        <button type="button" className="button" onClick={copy}>{t('copy')}</button>{' '}
        <span role="status">{copied ? t('copied') : ''}</span>
      </p>
      <h2>{t('preview')}</h2>
      <iframe key={preview} data-nhs-charges-embed={fixed ? 'fixed' : ''} src={preview} title={t('common:appName')} className="embed-preview" />
      <p className="meta">{t('docs')}</p>
    </main>
  );
}
