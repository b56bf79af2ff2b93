/** The HTML a partner pastes into their page: the frame, and the host script that sizes it. */
import type { LanguageCode } from '../i18n/languages';
import type { Region } from '../organisations/types';

export interface SnippetChoice {
  lang: LanguageCode;
  region?: Region;
  accent?: string;
  partner?: string;
  /** A frame of fixed height that scrolls, and sends the partner's page nothing. */
  fixed?: boolean;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The app's address with the chosen parameters: only the allow-listed ones. */
export function embedUrl(appUrl: string, choice: SnippetChoice): string {
  const url = new URL(appUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set('embed', '1');
  url.searchParams.set('lang', choice.lang);
  if (choice.region) url.searchParams.set('region', choice.region);
  if (choice.accent) url.searchParams.set('accent', choice.accent);
  if (choice.partner) url.searchParams.set('partner', choice.partner);
  if (choice.fixed) url.searchParams.set('fit', 'fixed');
  return url.toString();
}

export function snippet(appUrl: string, choice: SnippetChoice, title: string): string {
  const src = embedUrl(appUrl, choice);
  const script = new URL('embed.js', appUrl).toString();
  const frame = [
    `<iframe data-nhs-charges-embed${choice.fixed ? '="fixed"' : ''}`,
    `  src="${escapeAttribute(src)}"`,
    `  title="${escapeAttribute(title)}"`,
    '  loading="lazy"',
    '  allow="clipboard-write"',
    '  referrerpolicy="no-referrer"',
    '  sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals allow-top-navigation-by-user-activation"',
    choice.fixed ? '  style="width: 100%; height: 80vh; min-height: 480px; border: 0;"></iframe>' : '  style="width: 100%; min-height: 600px; border: 0;"></iframe>',
  ];
  // A fixed frame needs no host script: nothing sizes it.
  return (choice.fixed ? frame : [...frame, `<script src="${escapeAttribute(script)}" async></script>`]).join('\n');
}
