import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../components/MoneyInput';
import type { LanguageCode } from '../i18n/languages';
import { formatDate, intlLocale } from '../lib/format';
import { formatAmount, formatPence, moneyExamples } from '../lib/money';
import { cleanText } from '../lib/text';
import { BILL_FIELDS, BILL_TEXT_MAX, checkBill, readBillAmount, type BillDetails, type BillField, type BillTextField } from './bill';
import { localToday } from './contactLog';
import { useToolkit } from './store';

/**
 * The bill's details for the case summary, as the advocate copies them from the invoice. The
 * amount starts as the one given in the questions; like every amount, once read it is kept as
 * pence and shown in the page's language.
 */
export function BillDetailsForm({ answeredPence }: { answeredPence?: number }) {
  const { t, i18n } = useTranslation(['advocate', 'common']);
  const { bill, setBill } = useToolkit();
  const locale = intlLocale(i18n.language);
  const errors = checkBill(bill);
  const amount = bill.amount ?? answeredPence;
  const text = (field: BillTextField) => (
    <div className="form-group form-group--field" key={field}>
      <label className="label" htmlFor={`bill-${field}`}>
        {t(`bill.fields.${field}`)}
      </label>
      <input
        id={`bill-${field}`}
        className="input input--wide"
        maxLength={BILL_TEXT_MAX}
        autoComplete="off"
        value={bill[field] ?? ''}
        onChange={(e) => setBill({ ...bill, [field]: cleanText(e.target.value).replace(/\n/g, ' ') })}
      />
    </div>
  );
  const settleAmount = () => {
    const read = readBillAmount(bill.amount);
    if (read.ok && typeof bill.amount === 'string') setBill({ ...bill, amount: read.pence ?? undefined });
  };
  const moneyError = errors.amount && !['long', 'date', 'dateFuture'].includes(errors.amount) ? t(`common:errors.money.${errors.amount}`, moneyExamples(locale)) : undefined;

  return (
    <fieldset className="fieldset bill-form no-print">
      <legend className="fieldset__legend">
        <h2>{t('bill.title')}</h2>
      </legend>
      <p className="hint">{t('bill.intro')}</p>
      {text('trust')}
      {text('invoiceNumber')}
      <div className={`form-group form-group--field${errors.invoiceDate ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor="bill-invoiceDate">
          {t('bill.fields.invoiceDate')}
        </label>
        {errors.invoiceDate && (
          <p className="error-message" id="bill-invoiceDate-error">
            {t(`bill.errors.${errors.invoiceDate}`)}
          </p>
        )}
        <input
          id="bill-invoiceDate"
          className="input"
          type="date"
          max={localToday()}
          value={bill.invoiceDate ?? ''}
          aria-describedby={errors.invoiceDate ? 'bill-invoiceDate-error' : undefined}
          onChange={(e) => setBill({ ...bill, invoiceDate: e.target.value || undefined })}
        />
      </div>
      <MoneyInput
        id="bill-amount"
        className="form-group form-group--field"
        label={t('bill.fields.amount')}
        value={typeof amount === 'number' ? formatAmount(amount, locale) : (amount ?? '')}
        error={moneyError}
        onChange={(value) => setBill({ ...bill, amount: value })}
        onBlur={settleAmount}
      />
      {text('collector')}
      {text('reference')}
    </fieldset>
  );
}

/** The bill's details as printed on the summary, in the language asked for. */
export function BillDetailsList({ bill, answeredPence, lng }: { bill: BillDetails; answeredPence?: number; lng: LanguageCode }) {
  const { t } = useTranslation('advocate', { lng });
  const amount = readBillAmount(bill.amount ?? answeredPence);
  const value = (field: BillField): string => {
    if (field === 'amount') return amount.ok && amount.pence !== null ? formatPence(amount.pence, intlLocale(lng)) : typeof bill.amount === 'string' ? bill.amount : '';
    if (field === 'invoiceDate' && bill.invoiceDate) return formatDate(bill.invoiceDate, lng);
    return bill[field] ?? '';
  };
  return (
    <dl className="summary-list summary__bill">
      {BILL_FIELDS.map((field) => (
        <div key={field} className="summary-list__row">
          <dt className="summary-list__key">{t(`bill.fields.${field}`)}</dt>
          <dd className="summary-list__value" dir={field === 'amount' ? 'ltr' : 'auto'}>
            {value(field) || <span className="summary__blank">{t('bill.blank')}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
