import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** The label in a second language, shown beneath it in its own direction. */
  translation?: string;
  /** The hint in that language. */
  hintTranslation?: string;
  member?: { lang: string; dir: 'ltr' | 'rtl' } | null;
}

interface Props {
  name: string;
  type: 'radio' | 'checkbox';
  legend: ReactNode;
  hint?: ReactNode;
  choices: Choice[];
  dividerBefore?: string;
  selected: string[];
  error?: string;
  onChange: (selected: string[]) => void;
  /** "or" before the divided options, in the member's language too. */
  dividerTranslation?: { text: string; lang: string; dir: 'ltr' | 'rtl' };
}

/**
 * Radios or checkboxes in a fieldset whose legend is the page heading (the GOV.UK "question page"
 * pattern). The first input carries the id the error summary links to.
 */
export function Choices({ name, type, legend, hint, choices, dividerBefore, selected, error, onChange, dividerTranslation }: Props) {
  const { t } = useTranslation('common');
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;

  const toggle = (value: string, checked: boolean) => {
    if (type === 'radio') return onChange([value]);
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };

  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend">{legend}</legend>
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={errorId} className="error-message">
            {error}
          </p>
        )}
        <div className={type === 'radio' ? 'radios' : 'checkboxes'}>
          {choices.map((choice, index) => {
            const id = index === 0 ? name : `${name}-${choice.value}`;
            return (
              <div key={choice.value}>
                {choice.value === dividerBefore && (
                  <p className="choice-divider">
                    {t('or')}
                    {dividerTranslation && (
                      <span className="parallel" lang={dividerTranslation.lang} dir={dividerTranslation.dir}>
                        {dividerTranslation.text}
                      </span>
                    )}
                  </p>
                )}
                <div className="choice">
                  <input
                    className="choice__input"
                    id={id}
                    name={name}
                    type={type}
                    value={choice.value}
                    checked={selected.includes(choice.value)}
                    aria-describedby={choice.hint ? `${id}-hint` : undefined}
                    onChange={(e) => toggle(choice.value, e.target.checked)}
                  />
                  <label className="choice__label" htmlFor={id}>
                    {choice.label}
                    {choice.translation && choice.member && (
                      <span className="parallel" lang={choice.member.lang} dir={choice.member.dir}>
                        {choice.translation}
                      </span>
                    )}
                  </label>
                  {choice.hint && (
                    <p id={`${id}-hint`} className="hint choice__hint">
                      {choice.hint}
                      {choice.hintTranslation && choice.member && (
                        <span className="parallel" lang={choice.member.lang} dir={choice.member.dir}>
                          {choice.hintTranslation}
                        </span>
                      )}
                    </p>
                  )}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
