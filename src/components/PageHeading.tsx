import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

/**
 * The browser tab's title for a page, as GOV.UK writes it: the page's heading, then the guide's
 * name; with "Error: " first while the page shows an error, so a screen reader says so at once.
 */
export function documentTitle(t: TFunction, heading: string, error = false): string {
  const title = `${heading} – ${t('common:appName')}`;
  return error ? t('common:errorTitle', { title }) : title;
}

/**
 * The page's one h1. It takes focus when it appears, so keyboard and screen-reader users start
 * at the new question after every step, as GOV.UK pages do. It also names the page in the
 * browser's title (`error` when the page shows an error summary).
 *
 * `title` replaces the heading in the browser's title on pages whose heading states a finding
 * ("You are exempt…", "A payment plan is a good idea"): the browser's history list keeps a page's
 * last title after the tab is closed, and "Staying safe online" promises that the list never
 * shows a person's answers. Those pages pass their neutral step caption instead.
 */
export function PageHeading({ children, caption, focus = true, error = false, title }: { children: ReactNode; caption?: ReactNode; focus?: boolean; error?: boolean; title?: string }) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus({ preventScroll: false });
  }, [focus]);
  // After every render: the heading's words may change with the language or an answer.
  useEffect(() => {
    const heading = title ?? ref.current?.textContent?.trim();
    if (heading) document.title = documentTitle(t, heading, error);
  });
  return (
    <>
      {caption && <span className="caption">{caption}</span>}
      <h1 ref={ref} tabIndex={-1} className="heading">
        {children}
      </h1>
    </>
  );
}
