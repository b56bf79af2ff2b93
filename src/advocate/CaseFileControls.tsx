import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fitsFlow, replayInto } from '../flow/replay';
import { currentPath } from '../flow/savedPath';
import type { LanguageCode } from '../i18n/languages';
import { cleanText } from '../lib/text';
import type { StepId } from '../questions/steps';
import { Flow } from '../session/flowActor';
import { CASE_FILE_MAX_BYTES, caseFileName, checkCase, LABEL_MAX_LENGTH, parseCase, serializeCase, type CaseFileError, type CaseProblem } from './caseFile';
import { download } from './download';
import { useToolkit } from './store';

interface Props {
  member: LanguageCode | null;
  onMemberChange: (member: LanguageCode | null) => void;
  /** Only "open a case file" (from the start page), not saving. */
  openOnly?: boolean;
  onOpened?: () => void;
}

/**
 * Save the case to a file, named after a label the advocate chooses, or open one. A case is
 * checked before it is written, and a problem explained instead of writing a file that would not
 * open again. A file is checked completely before anything changes.
 */
export function CaseFileControls({ member, onMemberChange, openOnly = false, onOpened }: Props) {
  const { t } = useTranslation('advocate');
  const actor = Flow.useActorRef();
  const toolkit = useToolkit();
  const { log, sheet, bill, letters, label, setLabel } = toolkit;
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [problems, setProblems] = useState<CaseProblem[]>([]);

  const save = () => {
    const { answers, path } = currentPath(actor.getSnapshot());
    const data = { label, answers, path, log, sheet, bill, memberLanguage: member, letters };
    const found = checkCase(data);
    // What the app writes must open again: checked on the very text written.
    const text = found.length === 0 ? serializeCase(data) : '';
    if (found.length === 0 && !parseCase(text).ok) found.push('too-large');
    setProblems(found);
    setMessage(null);
    if (found.length > 0) {
      requestAnimationFrame(() => document.getElementById('case-file-problems')?.focus());
      return;
    }
    download(caseFileName(label), text, 'application/json');
    setMessage({ error: false, text: t('file.saved') });
  };

  const fail = (error: CaseFileError | 'path' | 'unreadable') => setMessage({ error: true, text: t(`file.errors.${error}`) });

  const open = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
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
    // (Its code came with this page's, so the running flow is there or a moment away.)
    actor.whenReady((flow) => replayInto(flow, saved));
    toolkit.setLog(parsed.data.log);
    toolkit.setSheet(parsed.data.sheet);
    toolkit.setBill(parsed.data.bill);
    toolkit.setLetters(parsed.data.letters);
    setLabel(parsed.data.label);
    onMemberChange(parsed.data.memberLanguage);
    setMessage({ error: false, text: t('file.opened') });
    onOpened?.();
  };

  return (
    <div className="case-file">
      {!openOnly && (
        <>
          <p>{t('file.intro')}</p>
          {problems.length > 0 && (
            <div className="error-summary" role="alert" tabIndex={-1} id="case-file-problems">
              <h3 className="error-summary__title">{t('file.notSaved')}</h3>
              <ul className="error-summary__list">
                {problems.map((p) => (
                  <li key={p}>{p === 'bill' ? t('file.problems.bill') : <a href={`#${PROBLEM_TARGET[p]}`}>{t(`file.problems.${PROBLEM_TEXT[p]}`)}</a>}</li>
                ))}
              </ul>
            </div>
          )}
          <div className={`form-group${problems.includes('label') ? ' form-group--error' : ''}`}>
            <label className="label" htmlFor="case-label">
              {t('file.label')}
            </label>
            <p className="hint" id="case-label-hint">
              {t('file.labelHint', { max: LABEL_MAX_LENGTH })}
            </p>
            <input
              id="case-label"
              className="input input--wide"
              maxLength={LABEL_MAX_LENGTH}
              autoComplete="off"
              aria-describedby="case-label-hint"
              value={label}
              onChange={(e) => setLabel(cleanText(e.target.value).replace(/\n/g, ' '))}
            />
          </div>
          <p className="journey-links">
            <button type="button" className="button" onClick={save}>
              {t('file.save')}
            </button>
          </p>
        </>
      )}
      <div className="form-group">
        <label className="label" htmlFor="case-file-input">
          {t('file.open')}
        </label>
        <input
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

/** The text for each problem: what the forms cannot produce (a part too long) shares one. */
const PROBLEM_TEXT: Record<Exclude<CaseProblem, 'bill'>, string> = { label: 'label', labelLong: 'tooLong', sheet: 'sheet', log: 'tooLong', letters: 'tooLong', 'too-large': 'tooLong' };

/** Where each problem can be put right. */
const PROBLEM_TARGET: Record<Exclude<CaseProblem, 'bill'>, string> = {
  label: 'case-label',
  labelLong: 'case-label',
  sheet: 'toolkit-sheet',
  log: 'toolkit-log',
  letters: 'letter-text',
  'too-large': 'toolkit-log',
};
