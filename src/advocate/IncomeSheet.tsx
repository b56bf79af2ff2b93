import { intlLocale } from '../lib/format';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPence } from '../lib/money';
import { computeSheet, SHEET_GROUPS, type SheetErrors, type SheetField, type SheetGroup } from './income';
import { useToolkit } from './store';

/** The income and expenditure sheet: money fields that keep what was typed, totals and surplus. */
export function IncomeSheet() {
  const { t, i18n } = useTranslation('advocate');
  const { sheet, setSheet } = useToolkit();
  const [errors, setErrors] = useState<SheetErrors>({});
  const outcome = computeSheet(sheet, i18n.language);
  const [shown, setShown] = useState(false);
  const money = (pence: number) => formatPence(pence, intlLocale(i18n.language));
  const fieldName = (f: SheetField) => t(`sheet.fields.${f}`);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = computeSheet(sheet, i18n.language);
    setErrors(result.ok ? {} : result.errors);
    setShown(true);
    if (!result.ok) document.getElementById('sheet-errors')?.focus();
  };

  const errorList = Object.entries(errors) as [SheetField, NonNullable<SheetErrors[SheetField]>][];
  return (
    <form onSubmit={submit} noValidate className="sheet">
      <p>{t('sheet.intro')}</p>
      {errorList.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} id="sheet-errors">
          <h3 className="error-summary__title">{t('common:errors.summaryTitle')}</h3>
          <ul className="error-summary__list">
            {errorList.map(([field, error]) => (
              <li key={field}>
                <a href={`#sheet-${field}`}>{t(`sheet.errors.${error}`, { field: fieldName(field) })}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {(Object.keys(SHEET_GROUPS) as SheetGroup[]).map((group) => (
        <fieldset key={group} className="fieldset sheet__group">
          <legend className="fieldset__legend">
            <h3>{t(`sheet.groups.${group}`)}</h3>
          </legend>
          {SHEET_GROUPS[group].map((field) => {
            const error = errors[field];
            return (
              <div key={field} className={`form-group${error ? ' form-group--error' : ''}`}>
                <label className="label" htmlFor={`sheet-${field}`}>
                  {fieldName(field)}
                </label>
                {error && (
                  <p className="error-message" id={`sheet-${field}-error`}>
                    {t(`sheet.errors.${error}`, { field: fieldName(field) })}
                  </p>
                )}
                <div className="money">
                  <span className="money__prefix" aria-hidden="true">£</span>
                  <input
                    id={`sheet-${field}`}
                    className={`input${error ? ' input--error' : ''}`}
                    inputMode="decimal"
                    autoComplete="off"
                    dir="ltr"
                    value={sheet[field] ?? ''}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `sheet-${field}-error` : undefined}
                    onChange={(e) => setSheet({ ...sheet, [field]: e.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
      <button type="submit" className="button">
        {t('sheet.calculate')}
      </button>
      {shown && outcome.ok && (
        <div className="inset" role="status">
          <p>{t('sheet.totals', { income: money(outcome.result.totals.income), fixed: money(outcome.result.totals.fixed), flexible: money(outcome.result.totals.flexible) })}</p>
          {outcome.result.surplus >= 0 ? (
            <>
              <p>
                <strong>{t('sheet.surplus', { surplus: money(outcome.result.surplus) })}</strong>
              </p>
              <p>{t('sheet.suggest', { instalment: money(outcome.result.suggestedInstalment) })}</p>
            </>
          ) : (
            <p>
              <strong>{t('sheet.deficit', { deficit: money(-outcome.result.surplus) })}</strong>
            </p>
          )}
        </div>
      )}
    </form>
  );
}
