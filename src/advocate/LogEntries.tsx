import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../i18n/languages';
import { formatDate, formatTime } from '../lib/format';
import type { ContactEntry } from './contactLog';

/**
 * The contact log's entries, one block each (a table's five columns break words on a phone). With
 * `onEdit` and `onDelete`, each entry can be changed or deleted.
 */
export function LogEntries({ log, lng, onEdit, onDelete, editing }: { log: ContactEntry[]; lng?: LanguageCode; onEdit?: (i: number) => void; onDelete?: (i: number) => void; editing?: number | null }) {
  const { t, i18n } = useTranslation('advocate', lng ? { lng } : undefined);
  const language = lng ?? i18n.language;
  if (log.length === 0) return <p>{t('log.empty')}</p>;
  return (
    <ol className="log-entries">
      {log.map((entry, i) => (
        <li key={i} className={i === editing ? 'log-entry log-entry--editing' : 'log-entry'}>
          <p className="log-entry__when">
            <bdi>{formatDate(entry.date, language)}</bdi> <bdi>{formatTime(entry.time, language)}</bdi>
            {' · '}
            {t(`log.methods.${entry.how}`)}
          </p>
          <dl className="log-entry__details">
            <dt>{t('log.who')}</dt>
            <dd>{entry.who}</dd>
            <dt>{t('log.what')}</dt>
            <dd className="log-entry__what">{entry.what}</dd>
          </dl>
          {onEdit && onDelete && (
            <p className="journey-links no-print">
              <button type="button" className="link-button" onClick={() => onEdit(i)}>
                {t('log.edit')}{' '}
                <span className="visually-hidden">{t('log.entryName', { number: i + 1 })}</span>
              </button>
              <button type="button" className="link-button" onClick={() => onDelete(i)}>
                {t('log.delete')}{' '}
                <span className="visually-hidden">{t('log.entryName', { number: i + 1 })}</span>
              </button>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
