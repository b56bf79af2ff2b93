import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_METHODS, toCsv, validateEntry, type ContactEntry, type ContactMethod } from './contactLog';
import { download } from './download';
import { useToolkit } from './store';
import { formatDate, formatTime } from '../lib/format';

const EMPTY: Partial<ContactEntry> = { date: '', time: '', who: '', how: undefined, what: '' };

/** The contact log: a table of contacts, a form to add one, print and download. */
export function ContactLog() {
  const { t, i18n } = useTranslation('advocate');
  const { log, setLog } = useToolkit();
  const [draft, setDraft] = useState<Partial<ContactEntry>>(EMPTY);
  const [errors, setErrors] = useState<ReturnType<typeof validateEntry>>({});
  const method = (m: ContactMethod) => t(`log.methods.${m}`);

  const add = (e: FormEvent) => {
    e.preventDefault();
    const found = validateEntry(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return document.getElementById('log-errors')?.focus();
    setLog([...log, draft as ContactEntry]);
    setDraft(EMPTY);
  };

  const field = (name: keyof ContactEntry, input: ReactElement, hint?: string) => (
    <div className={`form-group${errors[name] ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={`log-${name}`}>
        {t(`log.${name}`)}
      </label>
      {hint && <p className="hint">{hint}</p>}
      {errors[name] && <p className="error-message">{t(`log.errors.${errors[name]}`)}</p>}
      {input}
    </div>
  );
  const set = (name: keyof ContactEntry) => (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value });

  return (
    <div className="contact-log">
      <p>{t('log.intro')}</p>
      {log.length === 0 ? (
        <p>{t('log.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('log.date')}</th>
              <th scope="col">{t('log.time')}</th>
              <th scope="col">{t('log.who')}</th>
              <th scope="col">{t('log.how')}</th>
              <th scope="col">{t('log.what')}</th>
            </tr>
          </thead>
          <tbody>
            {log.map((entry, i) => (
              <tr key={i}>
                <td>
                  <bdi>{formatDate(entry.date, i18n.language)}</bdi>
                </td>
                <td>
                  <bdi>{formatTime(entry.time, i18n.language)}</bdi>
                </td>
                <td>{entry.who}</td>
                <td>{method(entry.how)}</td>
                <td className="table__text">{entry.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="meta">{t('log.kept')}</p>
      <form onSubmit={add} noValidate className="no-print">
        {Object.keys(errors).length > 0 && (
          <div className="error-summary" role="alert" tabIndex={-1} id="log-errors">
            <h3 className="error-summary__title">{t('common:errors.summaryTitle')}</h3>
            <ul className="error-summary__list">
              {Object.entries(errors).map(([name, error]) => (
                <li key={name}>
                  <a href={`#log-${name}`}>{t(`log.errors.${error}`)}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {field('date', <input id="log-date" className="input" type="date" value={draft.date} onChange={set('date')} />)}
        {field('time', <input id="log-time" className="input" type="time" value={draft.time} onChange={set('time')} />)}
        {field('who', <input id="log-who" className="input input--wide" value={draft.who} onChange={set('who')} />, t('log.whoHint'))}
        {field(
          'how',
          <select id="log-how" className="select" value={draft.how ?? ''} onChange={set('how')}>
            <option value="" />
            {CONTACT_METHODS.map((m) => (
              <option key={m} value={m}>
                {method(m)}
              </option>
            ))}
          </select>,
        )}
        {field('what', <textarea id="log-what" className="textarea" rows={4} value={draft.what} onChange={set('what')} />)}
        <button type="submit" className="button">
          {t('log.add')}
        </button>
      </form>
      {log.length > 0 && (
        <p className="journey-links">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('log.print')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              download('contact-log.csv', toCsv(log, [t('log.date'), t('log.time'), t('log.who'), t('log.how'), t('log.what')], method), 'text/csv;charset=utf-8')
            }
          >
            {t('log.download')}
          </button>
        </p>
      )}
    </div>
  );
}
