import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type LanguageCode } from '../i18n/languages';
import { intlLocale } from '../lib/format';
import { formatPence } from '../lib/money';
import { cleanText } from '../lib/text';
import { LETTER_MAX_LENGTH } from './caseFile';
import { download, escapeHtml, letterHtml } from './download';
import { sheetText } from './income';
import { buildLetter, lettersFor, type LetterFacts, type LetterId } from './letters';
import { printParts } from './print';
import { SheetStatement } from './SheetStatement';
import { useToolkit } from './store';

const NS = ['letters', 'rules', 'advocate'];

/**
 * Pick a letter, edit it, then copy, print or download it. The letter offered first is the one the
 * case calls for, with the reason. The letter is always English; the member's language version is
 * shown beside it to read, in its own direction. Changes are kept per letter (and saved in a case
 * file); the plan letter carries the income sheet when it says it is enclosed.
 */
export function LetterEditor({ facts, member }: { facts: LetterFacts; member: LanguageCode | null }) {
  const { t } = useTranslation('advocate');
  const english = useTranslation(NS, { lng: 'en' });
  const translated = useTranslation(NS, { lng: member ?? 'en' });
  const { letters, setLetters, sheet } = useToolkit();
  const choice = lettersFor(facts);
  const [picked, setPicked] = useState<LetterId>(choice.first);
  const id = choice.offered.includes(picked) ? picked : choice.first;
  const [status, setStatus] = useState('');
  const enclosed = id === 'plan' && !!facts.sheetEnclosed;
  const built = english.ready ? buildLetter(id, facts, english.t) : '';
  const text = letters[id] ?? built;
  const edited = letters[id] !== undefined && letters[id] !== built;

  const change = (value: string) => setLetters({ ...letters, [id]: cleanText(value) });
  const reset = () => {
    const { [id]: _, ...rest } = letters;
    setLetters(rest);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('letters.copied'));
    } catch {
      setStatus(t('letters.copyFailed'));
    }
  };
  const name = english.ready ? english.t(`letters:${id}.name`) : id;
  const sheetLabel = (key: string, values?: Record<string, string>) => english.t(`advocate:sheet.${key}`, values);
  const enclosure = enclosed ? `\n\n\n${english.t('advocate:sections.sheet')}\n\n${sheetText(sheet, sheetLabel, (p) => formatPence(p))}\n` : '';
  const enclosureHtml = enclosed ? `<h2>${escapeHtml(english.t('advocate:sections.sheet'))}</h2>\n<pre>${escapeHtml(sheetText(sheet, sheetLabel, (p) => formatPence(p)))}</pre>` : '';

  return (
    <div className="letters">
      <div className="form-group no-print">
        <label className="label" htmlFor="letter-choice">
          {t('letters.choose')}
        </label>
        <select id="letter-choice" className="select" value={id} aria-describedby="letter-why" onChange={(e) => setPicked(e.target.value as LetterId)}>
          {choice.offered.map((l) => (
            <option key={l} value={l}>
              {t(`letters:${l}.name`)}
            </option>
          ))}
        </select>
        <p className="hint" id="letter-why">
          {/* Why the case calls for the letter offered first: said whichever letter is chosen. */}
          {t(`letters.why.${choice.reason}`)}
        </p>
      </div>
      <div className="letters__pair">
        <div className="form-group">
          <label className="label no-print" htmlFor="letter-text">
            {t('letters.english')}
          </label>
          <p className="hint no-print">{t('letters.englishHint')}</p>
          <textarea
            id="letter-text"
            className="textarea letter-text no-print"
            lang="en"
            dir="ltr"
            rows={22}
            maxLength={LETTER_MAX_LENGTH}
            value={text}
            onChange={(e) => change(e.target.value)}
          />
          {edited && (
            <p className="no-print">
              <button type="button" className="link-button" onClick={reset}>
                {t('letters.reset')}
              </button>
            </p>
          )}
          <div className="letter-preview print-only" lang="en" dir="ltr">
            {text}
          </div>
          {id === 'plan' && <p className="inset no-print">{enclosed ? t('letters.enclosed') : t('letters.notEnclosed')}</p>}
          {enclosed && (
            <div className="print-only letter-enclosure" lang="en" dir="ltr">
              <h2>{english.t('advocate:sections.sheet')}</h2>
              <SheetStatement sheet={sheet} lng="en" />
            </div>
          )}
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
        <button type="button" className="button button--secondary" onClick={() => printParts(['letter'])}>
          {t('letters.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => download(`${id}-letter.txt`, text + enclosure, 'text/plain;charset=utf-8')}>
          {t('letters.downloadText')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => download(`${id}-letter.html`, letterHtml(name, text, enclosureHtml), 'text/html;charset=utf-8')}>
          {t('letters.downloadHtml')}
        </button>
      </p>
      <p role="status">{status}</p>
    </div>
  );
}
