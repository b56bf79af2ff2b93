import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanText } from '../lib/text';
import { CONTACT_METHODS, LIMITS, localToday, toCsv, validateEntry, type ContactEntry, type ContactMethod } from './contactLog';
import { download } from './download';
import { LogEntries } from './LogEntries';
import { printParts } from './print';
import { useToolkit } from './store';

const EMPTY: Partial<ContactEntry> = { date: '', time: '', who: '', how: undefined, what: '' };

/** The contact log: the entries (each can be changed or deleted), a form to add one, print and download. */
export function ContactLog() {
  const { t } = useTranslation('advocate');
  const { log, setLog } = useToolkit();
  const [draft, setDraft] = useState<Partial<ContactEntry>>(EMPTY);
  const [editing, setEditing] = useState<number | null>(null);
  const [deleted, setDeleted] = useState<{ entry: ContactEntry; at: number } | null>(null);
  const [errors, setErrors] = useState<ReturnType<typeof validateEntry>>({});
  const method = (m: ContactMethod) => t(`log.methods.${m}`);
  const full = editing === null && log.length >= LIMITS.entries;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateEntry(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return document.getElementById('log-errors')?.focus();
    const entry = { ...(draft as ContactEntry), who: draft.who!.trim(), what: draft.what!.trim() };
    setLog(editing === null ? [...log, entry] : log.map((old, i) => (i === editing ? entry : old)));
    setDraft(EMPTY);
    setEditing(null);
    setDeleted(null);
  };

  const edit = (index: number) => {
    setEditing(index);
    setDraft(log[index]!);
    setErrors({});
    setDeleted(null);
    // The form is below the entries: take the advocate there.
    requestAnimationFrame(() => document.getElementById('log-form-title')?.focus());
  };

  const remove = (index: number) => {
    setDeleted({ entry: log[index]!, at: index });
    setLog(log.filter((_, i) => i !== index));
    if (editing !== null) {
      setEditing(null);
      setDraft(EMPTY);
    }
  };

  const undo = () => {
    if (!deleted) return;
    setLog([...log.slice(0, deleted.at), deleted.entry, ...log.slice(deleted.at)]);
    setDeleted(null);
  };

  const cancel = () => {
    setEditing(null);
    setDraft(EMPTY);
    setErrors({});
  };

  const field = (name: keyof ContactEntry, input: ReactElement, hint?: string) => (
    <div className={`form-group${errors[name] ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={`log-${name}`}>
        {t(`log.${name}`)}
      </label>
      {hint && (
        <p className="hint" id={`log-${name}-hint`}>
          {hint}
        </p>
      )}
      {errors[name] && <p className="error-message">{t(`log.errors.${errors[name]}`)}</p>}
      {input}
    </div>
  );
  const set = (name: keyof ContactEntry) => (e: { target: { value: string } }) => setDraft({ ...draft, [name]: name === 'who' || name === 'what' ? cleanText(e.target.value) : e.target.value });

  return (
    <div className="contact-log">
      <p>{t('log.intro')}</p>
      <LogEntries log={log} onEdit={edit} onDelete={remove} editing={editing} />
      <p role="status" className="no-print">
        {deleted && (
          <>
            {t('log.deleted')}{' '}
            <button type="button" className="link-button" onClick={undo}>
              {t('log.undo')}
            </button>
          </>
        )}
      </p>
      <p className="meta no-print">{t('log.kept')}</p>
      {full ? (
        <p className="no-print">{t('log.full', { count: LIMITS.entries })}</p>
      ) : (
        <form onSubmit={submit} noValidate className="no-print">
          <h3 id="log-form-title" tabIndex={-1}>
            {editing === null ? t('log.addTitle') : t('log.editTitle')}
          </h3>
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
          {field('date', <input id="log-date" className="input" type="date" max={localToday()} value={draft.date} onChange={set('date')} />)}
          {field('time', <input id="log-time" className="input" type="time" value={draft.time} onChange={set('time')} />)}
          {field(
            'who',
            <input id="log-who" className="input input--wide" maxLength={LIMITS.who} aria-describedby="log-who-hint" value={draft.who} onChange={set('who')} />,
            t('log.whoHint'),
          )}
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
          {field(
            'what',
            <textarea id="log-what" className="textarea" rows={4} maxLength={LIMITS.what} aria-describedby="log-what-hint" value={draft.what} onChange={set('what')} />,
            t('log.whatHint', { count: LIMITS.what, left: LIMITS.what - (draft.what?.length ?? 0) }),
          )}
          <p className="journey-links journey-links--form">
            <button type="submit" className="button">
              {editing === null ? t('log.add') : t('log.save')}
            </button>
            {editing !== null && (
              <button type="button" className="button button--secondary" onClick={cancel}>
                {t('log.cancel')}
              </button>
            )}
          </p>
        </form>
      )}
      {log.length > 0 && (
        <p className="journey-links no-print">
          <button type="button" className="button button--secondary" onClick={() => printParts(['log'])}>
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
