import { useEffect, useRef, useState } from 'react';
import { formatAmount, MONEY_MAX_LENGTH, parseMoney } from '../lib/money';

interface Props {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  className?: string;
}

/** A money field with a £ prefix. It keeps exactly what was typed, even when it is wrong. */
export function MoneyInput({ id, label, hint, value, error, onChange, onBlur, className = 'form-group' }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`${className}${error ? ' form-group--error' : ''}`}>
      <label className={className === 'form-group' ? 'label-heading' : 'label'} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error-message">
          {error}
        </p>
      )}
      <div className="money">
        <span className="money__prefix" aria-hidden="true">
          £
        </span>
        <input
          className={`input${error ? ' input--error' : ''}`}
          id={id}
          name={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          maxLength={MONEY_MAX_LENGTH}
          dir="ltr"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
      </div>
    </div>
  );
}

/**
 * The text of a money field whose amount, once read, is kept as pence: it starts as `pence` written
 * in the page's language, and when the language changes an amount that reads is written again in
 * the new one. What does not read yet stays exactly as typed (it means the same in every language).
 */
export function useMoneyText(pence: number | undefined, locale: string): [string, (text: string) => void] {
  const [text, setText] = useState(() => (pence === undefined ? '' : formatAmount(pence, locale)));
  const shownIn = useRef(locale);
  useEffect(() => {
    if (shownIn.current === locale) return;
    shownIn.current = locale;
    const read = parseMoney(text);
    if (read.ok && read.pence !== null) setText(formatAmount(read.pence, locale));
  }, [locale, text]);
  return [text, setText];
}
