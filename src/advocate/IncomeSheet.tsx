import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../components/MoneyInput';
import { intlLocale } from '../lib/format';
import { formatAmount, formatPence, moneyExamples } from '../lib/money';
import { download } from './download';
import { computeSheet, MAX_MONTHLY_PENCE, readField, settleSheet, SHEET_GROUPS, sheetCsv, type SheetErrors, type SheetField, type SheetGroup } from './income';
import { printParts } from './print';
import { SheetStatement } from './SheetStatement';
import { useToolkit } from './store';

/**
 * The income and expenditure sheet: money fields that keep what was typed until it reads, then
 * keep the amount (shown in the page's language), totals and surplus; it prints and downloads.
 */
export function IncomeSheet() {
  const { t, i18n } = useTranslation('advocate');
  const { sheet, setSheet } = useToolkit();
  const [errors, setErrors] = useState<SheetErrors>({});
  const outcome = computeSheet(sheet);
  const [shown, setShown] = useState(false);
  const locale = intlLocale(i18n.language);
  const money = (pence: number) => formatPence(pence, locale);
  const fieldName = (f: SheetField) => t(`sheet.fields.${f}`);
  const message = (field: SheetField, error: NonNullable<SheetErrors[SheetField]>) =>
    t(`sheet.errors.${error}`, { field: fieldName(field), ...moneyExamples(locale), max: money(MAX_MONTHLY_PENCE) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const settled = settleSheet(sheet);
    setSheet(settled);
    const result = computeSheet(settled);
    setErrors(result.ok ? {} : result.errors);
    setShown(true);
    if (!result.ok) document.getElementById('sheet-errors')?.focus();
  };

  /** An amount that reads is kept as pence once the field is left. */
  const settle = (field: SheetField) => {
    const read = readField(sheet[field]);
    if (!read.ok || typeof sheet[field] === 'number') return;
    const { [field]: _, ...rest } = sheet;
    setSheet(read.pence === null ? rest : { ...rest, [field]: read.pence });
  };

  const errorList = Object.entries(errors) as [SheetField, NonNullable<SheetErrors[SheetField]>][];
  const csvLabel = (key: string) => (key.startsWith('groups.') || key.startsWith('fields.') ? t(`sheet.${key}`) : t(`sheet.csv.${key}`));
  return (
    <>
      <form onSubmit={submit} noValidate className="sheet no-print">
        <p>{t('sheet.intro')}</p>
        {errorList.length > 0 && (
          <div className="error-summary" role="alert" tabIndex={-1} id="sheet-errors">
            <h3 className="error-summary__title">{t('common:errors.summaryTitle')}</h3>
            <ul className="error-summary__list">
              {errorList.map(([field, error]) => (
                <li key={field}>
                  <a href={`#sheet-${field}`}>{message(field, error)}</a>
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
              const value = sheet[field];
              const error = errors[field];
              return (
                <MoneyInput
                  key={field}
                  id={`sheet-${field}`}
                  className="form-group form-group--field"
                  label={fieldName(field)}
                  value={typeof value === 'number' ? formatAmount(value, locale) : (value ?? '')}
                  error={error && message(field, error)}
                  onChange={(text) => setSheet({ ...sheet, [field]: text })}
                  onBlur={() => settle(field)}
                />
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
        <p className="journey-links">
          <button type="button" className="button button--secondary" onClick={() => printParts(['sheet'])}>
            {t('sheet.print')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => download('income-and-expenditure.csv', sheetCsv(sheet, csvLabel), 'text/csv;charset=utf-8')}>
            {t('sheet.download')}
          </button>
        </p>
      </form>
      <div className="print-only">
        <SheetStatement sheet={sheet} />
      </div>
    </>
  );
}
