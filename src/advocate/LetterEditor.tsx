import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type LanguageCode } from '../i18n/languages';
import { intlLocale } from '../lib/format';
import { download, letterHtml } from './download';
import { buildLetter, LETTERS, type LetterFacts, type LetterId } from './letters';

const NS = ['letters', 'rules', 'advocate'];

/**
 * Pick a letter, edit it, then copy, print or download it. The letter is always English; the
 * member's language version is shown beside it to read, in its own direction.
 */
export function LetterEditor({ facts, member }: { facts: LetterFacts; member: LanguageCode | null }) {
  const { t } = useTranslation('advocate');
  const english = useTranslation(NS, { lng: 'en' });
  const translated = useTranslation(NS, { lng: member ?? 'en' });
  const [id, setId] = useState<LetterId>(facts.decision.outcome === 'charged' && facts.plan ? 'plan' : 'ovm');
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const ready = english.ready;

  useEffect(() => {
    if (ready) setText(buildLetter(id, facts, english.t));
    // Rebuild only when another letter is chosen: the advocate's edits are kept otherwise.
  }, [id, ready]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('letters.copied'));
    } catch {
      setStatus(t('letters.copyFailed'));
    }
  };
  const name = english.ready ? english.t(`letters:${id}.name`) : id;

  return (
    <div className="letters">
      <div className="form-group no-print">
        <label className="label" htmlFor="letter-choice">
          {t('letters.choose')}
        </label>
        <select id="letter-choice" className="select" value={id} onChange={(e) => setId(e.target.value as LetterId)}>
          {LETTERS.map((l) => (
            <option key={l} value={l}>
              {t(`letters:${l}.name`)}
            </option>
          ))}
        </select>
      </div>
      <div className="letters__pair">
        <div className="form-group">
          <label className="label" htmlFor="letter-text">
            {t('letters.english')}
          </label>
          <p className="hint no-print">{t('letters.englishHint')}</p>
          <textarea id="letter-text" className="textarea letter-text no-print" lang="en" dir="ltr" rows={22} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="letter-preview print-only" lang="en" dir="ltr">
            {text}
          </div>
        </div>
        {member && member !== 'en' && translated.ready && (
          <div className="letters__translation no-print" lang={member} dir={LANGUAGES[member].dir}>
            <h3>{t('letters.translation')}</h3>
            <div className="letter-preview">{buildLetter(id, facts, translated.t, intlLocale(member))}</div>
          </div>
        )}
      </div>
      <p className="journey-links no-print">
        <button type="button" className="button" onClick={copy}>
          {t('letters.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('letters.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => download(`${id}-letter.txt`, text, 'text/plain;charset=utf-8')}>
          {t('letters.downloadText')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => download(`${id}-letter.html`, letterHtml(name, text), 'text/html;charset=utf-8')}>
          {t('letters.downloadHtml')}
        </button>
      </p>
      <p role="status">{status}</p>
    </div>
  );
}
