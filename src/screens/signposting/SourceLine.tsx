import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../organisations/types';
import { formatDate } from '../../lib/format';

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Where and when a detail was read: the page's site and its own date. No claim of a check. */
export function SourceLine({ source, fixed, lng }: { source: Source; fixed?: TFunction; lng?: string }) {
  const own = useTranslation('outcomes');
  const t = fixed ?? own.t;
  const host = hostOf(source.url);
  return (
    <span className="source-line">
      {source.date === 'undated'
        ? t('outcomes:signposting.sourceUndated', { host })
        : t('outcomes:signposting.source', { host, date: formatDate(source.date, lng ?? own.i18n.language) })}
    </span>
  );
}
