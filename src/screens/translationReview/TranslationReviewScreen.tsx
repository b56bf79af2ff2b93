import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { download } from '../../advocate/download';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextsUnavailableError } from '../../i18n/init';
import { LANGUAGES, type LanguageCode } from '../../i18n/languages';
import { cleanName, REVIEW_FORMAT, REVIEW_VERSION, textHash, type ReviewFile, type ReviewedText } from '../../i18n/review';
import { forgetDraft, loadDraft, saveDraft, type DraftMark } from '../../privacy/reviewDraft';
import './review.css';
import { loadReviewData, REVIEW_NAMESPACES, type ReviewData, type ReviewText, type TextValue } from './texts';

/** A list shows one item a line; a suggestion for one is written the same way. */
const asText = (value: TextValue | undefined) => (Array.isArray(value) ? value.join('\n') : (value ?? ''));

function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** The file the reviewer downloads: only the texts they marked, each with the hashes of what they saw. */
export function reviewFileOf(language: string, reviewer: string, date: string, texts: readonly ReviewText[], marks: Record<string, DraftMark>): ReviewFile {
  const entries = texts.flatMap((text): [string, ReviewedText][] => {
    const mark = marks[text.key];
    if (!mark || !text.englishHash) return [];
    const base = { englishHash: text.englishHash, translationHash: textHash(text.translation) };
    if (mark.verdict === 'right') return [[text.key, { ...base, verdict: 'right' }]];
    const lines = (mark.suggestion ?? '').split('\n').map((l) => l.trim());
    return [[text.key, { ...base, verdict: 'change', suggestion: Array.isArray(text.english) ? lines : lines.join('\n').trim() }]];
  });
  return { format: REVIEW_FORMAT, version: REVIEW_VERSION, language, reviewer: cleanName(reviewer), date, texts: Object.fromEntries(entries) };
}

type Problem = { message: string; field: string } | null;

/** The page or part of the guide a text belongs to: the first part of its key ("visaType" of questions:visaType.title). */
const pageOf = (text: ReviewText) => text.key.slice(text.namespace.length + 1).split('.')[0]!;

/** A namespace's texts, page by page, in their order. */
function pagesOf(texts: readonly ReviewText[]): [string, ReviewText[]][] {
  const pages = new Map<string, ReviewText[]>();
  for (const text of texts) {
    const page = pageOf(text);
    if (!pages.has(page)) pages.set(page, []);
    pages.get(page)!.push(text);
  }
  return [...pages];
}

/**
 * The review page for a native speaker: each English text beside its translation, grouped by the
 * part of the guide it belongs to, with the language's agreed terms. The reviewer marks a text as
 * right or writes a better one. Their marks stay in memory unless they save them on this device,
 * and leave it only in the file they download and send themselves.
 */
export function TranslationReviewScreen({ code, onClose }: { code: LanguageCode; onClose: () => void }) {
  const { t, ready } = useTranslation(['review', 'common']);
  const [data, setData] = useState<ReviewData | null | 'failed'>(null);
  const saved = useMemo(() => loadDraft(code), [code]);
  const [name, setName] = useState(saved?.name ?? '');
  const [marks, setMarks] = useState<Record<string, DraftMark>>(saved?.marks ?? {});
  const [stored, setStored] = useState<'restored' | 'saved' | null>(saved ? 'restored' : null);
  const [problem, setProblem] = useState<Problem>(null);
  const [downloaded, setDownloaded] = useState(false);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const target = LANGUAGES[code];

  useEffect(() => {
    let live = true;
    loadReviewData(code).then(
      (loaded) => live && setData(loaded ?? 'failed'),
      () => live && setData('failed'),
    );
    return () => {
      live = false;
    };
  }, [code]);

  const texts = useMemo(() => (data && data !== 'failed' ? data.texts.filter((text) => text.translation !== undefined) : []), [data]);
  const done = texts.filter((text) => marks[text.key]).length;
  // The same function on every render, so that marking one text redraws only that text.
  const mark = useCallback((key: string, next: DraftMark) => {
    setDownloaded(false);
    setStored((s) => (s === 'saved' ? null : s));
    setMarks((m) => ({ ...m, [key]: next }));
  }, []);

  const toggle = useCallback((id: string) => setOpen((o) => ({ ...o, [id]: !o[id] })), []);

  const check = (): Problem => {
    if (!cleanName(name)) return { message: t('errors.name'), field: 'review-name' };
    if (done === 0) return { message: t('errors.nothing'), field: 'review-progress' };
    const empty = texts.find((text) => marks[text.key]?.verdict === 'change' && !(marks[text.key]!.suggestion ?? '').trim());
    if (empty) {
      setOpen((o) => ({ ...o, [`${empty.namespace}:${pageOf(empty)}`]: true }));
      return { message: t('errors.suggestion'), field: `review-${empty.key}-text` };
    }
    return null;
  };

  const downloadCheck = () => {
    const found = check();
    setProblem(found);
    if (found) return;
    const file = reviewFileOf(code, name, today(), texts, marks);
    download(`translation-check-${code}-${file.date}.json`, `${JSON.stringify(file, null, 1)}\n`, 'application/json');
    setDownloaded(true);
  };

  // The page's error boundary says what failed, with a button to try again.
  if (data === 'failed') throw new TextsUnavailableError();
  if (!ready) return null;
  return (
    <div className="translation-review" data-review={code}>
      <button type="button" className="back-link" onClick={onClose}>
        {t('common:actions.back')}
      </button>
      {problem && <ErrorSummary message={problem.message} fieldId={problem.field} />}
      <PageHeading>{t('title', { language: target.name })}</PageHeading>
      <p className="lead">{t('lead')}</p>
      <p className="inset">{t('privacy')}</p>
      {stored === 'restored' && <p role="status">{t('restored')}</p>}
      <div className={`form-group${problem?.field === 'review-name' ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="review-name">
          {t('name')}
        </label>
        <p className="hint" id="review-name-hint">
          {t('nameHint')}
        </p>
        <input id="review-name" className="input input--wide" autoComplete="name" aria-describedby="review-name-hint" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      {data && (
        <>
          <p role="status" className="meta" id="review-progress" tabIndex={-1}>
            {t('progress', { done, total: texts.length })}
          </p>
          {data.terms.length > 0 && <TermBase terms={data.terms} code={code} />}
          <ReviewGroups texts={texts} code={code} marks={marks} open={open} onToggle={toggle} onMark={mark} invalid={problem?.field} />
          <div className="journey-links">
            <button type="button" className="button" onClick={downloadCheck}>
              {t('download')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setStored(saveDraft(code, { name, marks }) ? 'saved' : null)}
            >
              {t('save')}
            </button>
          </div>
          {downloaded && <p role="status">{t('downloaded')}</p>}
          {stored && (
            <p role="status">
              {stored === 'saved' && `${t('saved')} `}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  forgetDraft(code);
                  setStored(null);
                }}
              >
                {t('forget')}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}

/** Every text, by namespace and page. Marking a text redraws only the pages that are open and the counts. */
const ReviewGroups = memo(function ReviewGroups({
  texts,
  code,
  marks,
  open,
  onToggle,
  onMark,
  invalid,
}: {
  texts: readonly ReviewText[];
  code: LanguageCode;
  marks: Record<string, DraftMark>;
  open: Record<string, boolean>;
  onToggle: (id: string) => void;
  onMark: (key: string, m: DraftMark) => void;
  invalid: string | undefined;
}) {
  const { t } = useTranslation('review');
  const groups = useMemo(
    () => REVIEW_NAMESPACES.map((namespace) => [namespace, pagesOf(texts.filter((text) => text.namespace === namespace))] as const).filter(([, pages]) => pages.length > 0),
    [texts],
  );
  const doneIn = (items: readonly ReviewText[]) => items.filter((text) => marks[text.key]).length;
  return (
    <>
      {groups.map(([namespace, pages]) => (
        <section key={namespace} className="review-group">
          <h2 className="review-group__heading">{t(`groups.${namespace}`)}</h2>
          <p className="meta">{t('groupProgress', { done: pages.reduce((sum, [, items]) => sum + doneIn(items), 0), total: pages.reduce((sum, [, items]) => sum + items.length, 0) })}</p>
          {pages.map(([page, items]) => {
            const id = `${namespace}:${page}`;
            const isOpen = open[id] ?? false;
            return (
              <ReviewPage
                key={id}
                id={id}
                page={page}
                items={items}
                code={code}
                done={doneIn(items)}
                progress={t}
                open={isOpen}
                marks={isOpen ? marks : undefined}
                invalid={isOpen ? invalid : undefined}
                onToggle={onToggle}
                onMark={onMark}
              />
            );
          })}
        </section>
      ))}
    </>
  );
});

/**
 * One page of the guide: its name and count, and its texts once opened. A closed page is not
 * redrawn when a text elsewhere is marked. It is given the list's `t` rather than asking for its
 * own: a hundred and fifty pages each subscribing to the texts made the page slow to draw.
 */
const ReviewPage = memo(function ReviewPage({
  id,
  page,
  items,
  code,
  done,
  progress: t,
  open,
  marks,
  invalid,
  onToggle,
  onMark,
}: {
  id: string;
  page: string;
  items: readonly ReviewText[];
  code: LanguageCode;
  done: number;
  progress: TFunction<'review'>;
  open: boolean;
  marks: Record<string, DraftMark> | undefined;
  invalid: string | undefined;
  onToggle: (id: string) => void;
  onMark: (key: string, m: DraftMark) => void;
}) {
  return (
    <div className="review-page">
      <h3 className="review-page__heading">
        <button
          type="button"
          className="review-group__toggle"
          aria-expanded={open}
          aria-controls={`review-page-${id}`}
          lang="en"
          dir="ltr"
          onClick={() => onToggle(id)}
        >
          {page}
        </button>{' '}
        <span className="meta">{t('groupProgress', { done, total: items.length })}</span>
      </h3>
      {open && (
        <ol className="review-list" id={`review-page-${id}`}>
          {items.map((text) => (
            <ReviewItem key={text.key} text={text} code={code} mark={marks?.[text.key]} onMark={onMark} invalid={invalid === `review-${text.key}-text`} />
          ))}
        </ol>
      )}
    </div>
  );
});

function TermBase({ terms, code }: { terms: ReviewData['terms']; code: LanguageCode }) {
  const { t } = useTranslation('review');
  return (
    <details className="review-terms">
      <summary>{t('terms')}</summary>
      <dl className="summary-list">
        {terms.map((term) => (
          <div key={term.id} className="summary-list__row">
            <dt className="summary-list__key" lang={code} dir={LANGUAGES[code].dir}>
              {term.rendering}
            </dt>
            <dd className="summary-list__value">
              <span lang="en" dir="ltr" className="review-terms__explanation">
                <strong>{term.id.replace(/-/g, ' ')}</strong>
                {term.english && `: ${term.english}`}
              </span>
              {term.explanation && (
                <span lang={code} dir={LANGUAGES[code].dir} className="review-terms__explanation">
                  {term.explanation}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function TextBlock({ value, lang, dir }: { value: TextValue; lang: string; dir: 'ltr' | 'rtl' }) {
  return Array.isArray(value) ? (
    <ul lang={lang} dir={dir} className="review-item__text">
      {value.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  ) : (
    <p lang={lang} dir={dir} className="review-item__text">
      {value}
    </p>
  );
}

const ReviewItem = memo(function ReviewItem({
  text,
  code,
  mark,
  onMark: onMarkKey,
  invalid,
}: {
  text: ReviewText;
  code: LanguageCode;
  mark: DraftMark | undefined;
  onMark: (key: string, m: DraftMark) => void;
  invalid: boolean;
}) {
  const onMark = (m: DraftMark) => onMarkKey(text.key, m);
  const { t } = useTranslation('review');
  const dir = LANGUAGES[code].dir;
  const id = `review-${text.key}`;
  const field = useRef<HTMLTextAreaElement>(null);
  return (
    <li className="review-item" data-key={text.key}>
      <p className="review-item__key" lang="en" dir="ltr">
        <code>{text.key}</code>
      </p>
      <div className="review-item__pair">
        <div>
          <p className="label">{t('english')}</p>
          <TextBlock value={text.english} lang="en" dir="ltr" />
        </div>
        <div>
          <p className="label">{t('translation')}</p>
          <TextBlock value={text.translation!} lang={code} dir={dir} />
          {text.otherForms.length > 0 && (
            <>
              <p className="hint">{t('otherForms')}</p>
              {text.otherForms.map(([key, value]) => (
                <TextBlock key={key} value={value} lang={code} dir={dir} />
              ))}
            </>
          )}
        </div>
      </div>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('question')}</legend>
        {(['right', 'change'] as const).map((verdict) => (
          <div className="choice" key={verdict}>
            <input
              className="choice__input"
              type="radio"
              id={`${id}-${verdict}`}
              name={id}
              checked={mark?.verdict === verdict}
              onChange={() => {
                onMark(verdict === 'right' ? { verdict } : { verdict, suggestion: mark?.suggestion ?? asText(text.translation) });
                if (verdict === 'change') setTimeout(() => field.current?.focus(), 0);
              }}
            />
            <label className="choice__label" htmlFor={`${id}-${verdict}`}>
              {t(verdict)}
            </label>
          </div>
        ))}
      </fieldset>
      {mark?.verdict === 'change' && (
        <div className={`form-group${invalid ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={`${id}-text`}>
            {t('suggestion')}
          </label>
          {invalid && <p className="error-message">{t('errors.suggestion')}</p>}
          <textarea
            ref={field}
            id={`${id}-text`}
            className="textarea"
            lang={code}
            dir={dir}
            rows={Math.min(8, Math.max(3, Math.ceil(asText(text.translation).length / 40)))}
            value={mark.suggestion ?? ''}
            onChange={(e) => onMark({ verdict: 'change', suggestion: e.target.value })}
          />
        </div>
      )}
    </li>
  );
});
