/**
 * Build-time only: renders the start page to HTML for one language, so it is readable before any
 * script runs. The browser then hydrates it (src/main.tsx).
 */
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { documentTitle } from './components/PageHeading';
import { initI18n } from './i18n/init';
import type { LanguageCode } from './i18n/languages';
import { ORGANISATIONS } from './organisations/data';
import { adviceLine, isFree } from './organisations/match';

/** Without scripts, the start page lists the UK-wide free advice lines. */
const NOSCRIPT_LINES = ORGANISATIONS.filter((o) => o.regions === 'uk').flatMap((org) => {
  const phone = adviceLine(org);
  return phone && isFree(org, phone) ? [{ org, phone }] : [];
});

export async function renderStartPage(language: LanguageCode) {
  const i18n = await initI18n(language);
  await i18n.changeLanguage(language);
  const t = i18n.getFixedT(language, 'common');
  const html = renderToString(<App />);
  // For browsers with scripts off: the key facts and where to get help.
  const noscript = [
    `<p>${escape(t('start.facts'))}</p>`,
    '<ul>',
    ...NOSCRIPT_LINES.map(({ org, phone }) => `<li lang="en" dir="ltr">${escape(org.name)}: <a href="tel:${escape(phone.tel)}">${escape(phone.display)}</a>, <a href="${escape(org.website.url)}">${escape(org.website.url)}</a></li>`),
    '</ul>',
  ].join('');
  return { html, noscript, title: escape(documentTitle(t, t('start.title'))), dir: i18n.dir(language) };
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
