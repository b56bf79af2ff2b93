/**
 * The bill's details, as the advocate copies them from the invoice for the case summary: the
 * guide asks for none of them, and keeps them only in this browser or in a saved case file.
 */
import { MAX_PENCE, parseMoney, type MoneyError } from '../lib/money';
import { localToday, realDate } from './contactLog';

export const BILL_TEXT_FIELDS = ['trust', 'invoiceNumber', 'collector', 'reference'] as const;
export type BillTextField = (typeof BILL_TEXT_FIELDS)[number];
export const BILL_FIELDS = ['trust', 'invoiceNumber', 'invoiceDate', 'amount', 'collector', 'reference'] as const;
export type BillField = (typeof BILL_FIELDS)[number];

/** The most a text field of the bill holds (its maxlength, and the limit in a file). */
export const BILL_TEXT_MAX = 120;

export interface BillDetails extends Partial<Record<BillTextField, string>> {
  /** YYYY-MM-DD. */
  invoiceDate?: string;
  /** Pence once read; the text as typed while it cannot be read. */
  amount?: number | string;
}

export type BillError = 'long' | 'date' | 'dateFuture' | MoneyError;

/** What is wrong with each field; empty when the details can be kept in a file. */
export function checkBill(bill: BillDetails, today = localToday()): Partial<Record<BillField, BillError>> {
  const errors: Partial<Record<BillField, BillError>> = {};
  for (const field of BILL_TEXT_FIELDS) if ((bill[field]?.length ?? 0) > BILL_TEXT_MAX) errors[field] = 'long';
  if (bill.invoiceDate) {
    if (!realDate(bill.invoiceDate)) errors.invoiceDate = 'date';
    else if (bill.invoiceDate > today) errors.invoiceDate = 'dateFuture';
  }
  const amount = readBillAmount(bill.amount);
  if (!amount.ok) errors.amount = amount.error;
  return errors;
}

export function readBillAmount(value: number | string | undefined): { ok: true; pence: number | null } | { ok: false; error: MoneyError } {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= MAX_PENCE ? { ok: true, pence: value } : { ok: false, error: 'too-large' };
  return parseMoney(value ?? '');
}

/** The details without blank fields, and the amount as pence where it reads. */
export function settleBill(bill: BillDetails): BillDetails {
  const settled: BillDetails = {};
  for (const field of BILL_FIELDS) {
    const value = bill[field];
    if (value === undefined || value === '') continue;
    if (field === 'amount') {
      const read = readBillAmount(value);
      if (!read.ok) settled.amount = value;
      else if (read.pence !== null) settled.amount = read.pence;
    } else settled[field] = value as string;
  }
  return settled;
}
