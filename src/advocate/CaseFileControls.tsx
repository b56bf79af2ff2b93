import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPath, fitsFlow, replayInto } from '../flow/replay';
import type { StepId } from '../questions/steps';
import { Flow } from '../session/flowActor';
import { CASE_FILE_MAX_BYTES, parseCase, serializeCase, type CaseFileError } from './caseFile';
import { download } from './download';
import { useToolkit } from './store';

/** Save the case to a file, or open one: checked completely before anything changes. */
export function CaseFileControls() {
  const { t } = useTranslation('advocate');
  const actor = Flow.useActorRef();
  const { log, sheet, setLog, setSheet } = useToolkit();
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const save = () => {
    const { answers, path } = currentPath(actor.getSnapshot());
    const date = new Date().toISOString().slice(0, 10);
    download(`nhs-charges-case-${date}.json`, serializeCase({ answers, path, log, sheet }), 'application/json');
  };

  const fail = (error: CaseFileError | 'path' | 'unreadable') => setMessage({ error: true, text: t(`file.errors.${error}`) });

  const open = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > CASE_FILE_MAX_BYTES) return fail('too-large');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail('unreadable');
    }
    const parsed = parseCase(text);
    if (!parsed.ok) return fail(parsed.error);
    const saved = { answers: parsed.data.answers, path: parsed.data.path as StepId[] };
    // A file that does not fit the flow changes nothing.
    if (!fitsFlow(saved)) return fail('path');
    replayInto(actor, saved);
    setLog(parsed.data.log);
    setSheet(parsed.data.sheet);
    setMessage({ error: false, text: t('file.opened') });
  };

  return (
    <div className="case-file">
      <p>{t('file.intro')}</p>
      <p className="journey-links">
        <button type="button" className="button" onClick={save}>
          {t('file.save')}
        </button>
      </p>
      <div className="form-group">
        <label className="label" htmlFor="case-file-input">
          {t('file.open')}
        </label>
        <input
          ref={input}
          id="case-file-input"
          className="file-input"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void open(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-message' : 'success-message'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
