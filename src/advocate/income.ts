/**
 * Income and expenditure, laid out like the Standard Financial Statement used in UK debt advice:
 * income, fixed costs, flexible costs, and what is left. The SFS spending-guideline figures are
 * licensed and are deliberately not included: the advocate and member enter their own amounts.
 */
import { parseMoney, type MoneyError } from '../lib/money';

export const SHEET_GROUPS = {
  income: ['earnings', 'benefits', 'pensions', 'otherIncome'],
  fixed: ['rent', 'councilTax', 'energy', 'water', 'careHealth', 'transport', 'school', 'insurance', 'otherEssentials'],
  flexible: ['communications', 'food', 'personal'],
} as const;

export type SheetGroup = keyof typeof SHEET_GROUPS;
export type SheetField = (typeof SHEET_GROUPS)[SheetGroup][number];
export const SHEET_FIELDS = Object.values(SHEET_GROUPS).flat() as SheetField[];

/** What was typed in each field, kept exactly as typed. */
export type SheetText = Partial<Record<SheetField, string>>;

/** £100,000 a month: anything above is taken to be a typing slip. */
export const MAX_MONTHLY_PENCE = 100_000_00;

export interface SheetResult {
  totals: Record<SheetGroup, number>;
  /** Income less fixed and flexible costs, in pence; negative when costs exceed income. */
  surplus: number;
  /**
   * The most a payment plan should ask for each month, in whole pounds (as pence): the whole
   * surplus is what is available for all debts together, so a plan must never exceed it.
   */
  suggestedInstalment: number;
}

export type SheetErrors = Partial<Record<SheetField, MoneyError>>;

/**
 * Reads every field (in any script's digits, with `locale`'s separators); blank counts as £0.
 * Returns the errors, or the totals when there are none.
 */
export function computeSheet(text: SheetText, locale = 'en-GB'): { ok: true; result: SheetResult } | { ok: false; errors: SheetErrors } {
  const errors: SheetErrors = {};
  const pence: Partial<Record<SheetField, number>> = {};
  for (const field of SHEET_FIELDS) {
    const parsed = parseMoney(text[field] ?? '', { maxPence: MAX_MONTHLY_PENCE, locale });
    if (parsed.ok) pence[field] = parsed.pence ?? 0;
    else errors[field] = parsed.error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const sum = (group: SheetGroup) => SHEET_GROUPS[group].reduce((total, f) => total + (pence[f] ?? 0), 0);
  const totals = { income: sum('income'), fixed: sum('fixed'), flexible: sum('flexible') };
  const surplus = totals.income - totals.fixed - totals.flexible;
  const suggestedInstalment = surplus > 0 ? Math.floor(surplus / 100) * 100 : 0;
  return { ok: true, result: { totals, surplus, suggestedInstalment } };
}
