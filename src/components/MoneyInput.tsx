interface Props {
  id: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** A money field with a £ prefix. It keeps exactly what was typed, even when it is wrong. */
export function MoneyInput({ id, label, hint, value, error, onChange }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label-heading" htmlFor={id}>
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
          dir="ltr"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
    </div>
  );
}
