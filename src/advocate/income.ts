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

/**
 * Each field's amount: pence once it has been read (then shown back in the page's language, so it
 * never changes meaning), or the text exactly as typed while it cannot be read.
 */
export type SheetValue = number | string;
export type Sheet = Partial<Record<SheetField, SheetValue>>;

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

/** One field read: its pence (null when blank), or why it cannot be read. */
export function readField(value: SheetValue | undefined): { ok: true; pence: number | null } | { ok: false; error: MoneyError } {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= MAX_MONTHLY_PENCE ? { ok: true, pence: value } : { ok: false, error: 'too-large' };
  return parseMoney(value ?? '', { maxPence: MAX_MONTHLY_PENCE });
}

/** The sheet with every field that reads kept as pence (blank ones dropped); the rest as typed. */
export function settleSheet(sheet: Sheet): Sheet {
  const settled: Sheet = {};
  for (const field of SHEET_FIELDS) {
    if (sheet[field] === undefined) continue;
    const read = readField(sheet[field]);
    if (!read.ok) settled[field] = sheet[field];
    else if (read.pence !== null) settled[field] = read.pence;
  }
  return settled;
}

/**
 * Reads every field (in any script's digits; see parseMoney); blank counts as £0.
 * Returns the errors, or the totals when there are none. (`_locale` is ignored: an amount reads the
 * same in every language. It stays for callers written before that.)
 */
export function computeSheet(sheet: Sheet, _locale?: string): { ok: true; result: SheetResult } | { ok: false; errors: SheetErrors } {
  const errors: SheetErrors = {};
  const pence: Partial<Record<SheetField, number>> = {};
  for (const field of SHEET_FIELDS) {
    const read = readField(sheet[field]);
    if (read.ok) pence[field] = read.pence ?? 0;
    else errors[field] = read.error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const sum = (group: SheetGroup) => SHEET_GROUPS[group].reduce((total, f) => total + (pence[f] ?? 0), 0);
  const totals = { income: sum('income'), fixed: sum('fixed'), flexible: sum('flexible') };
  const surplus = totals.income - totals.fixed - totals.flexible;
  const suggestedInstalment = surplus > 0 ? Math.floor(surplus / 100) * 100 : 0;
  return { ok: true, result: { totals, surplus, suggestedInstalment } };
}

/** The sheet as a spreadsheet: one row per field with an amount, then the totals. Amounts in pounds. */
export function sheetCsv(sheet: Sheet, label: (key: string) => string): string {
  const cell = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const pounds = (pence: number) => (pence / 100).toFixed(2);
  const rows = [[label('group'), label('item'), label('amount')]];
  for (const group of Object.keys(SHEET_GROUPS) as SheetGroup[]) {
    for (const field of SHEET_GROUPS[group]) {
      const read = readField(sheet[field]);
      if (read.ok && read.pence !== null) rows.push([label(`groups.${group}`), label(`fields.${field}`), pounds(read.pence)]);
    }
  }
  const outcome = computeSheet(sheet);
  if (outcome.ok) {
    for (const group of Object.keys(SHEET_GROUPS) as SheetGroup[]) rows.push([label(`groups.${group}`), label('total'), pounds(outcome.result.totals[group])]);
    rows.push(['', label('left'), pounds(outcome.result.surplus)]);
  }
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** The sheet as lines of text, to follow a letter in a text file. */
export function sheetText(sheet: Sheet, label: (key: string, values?: Record<string, string>) => string, money: (pence: number) => string): string {
  const outcome = computeSheet(sheet);
  const lines: string[] = [];
  for (const group of Object.keys(SHEET_GROUPS) as SheetGroup[]) {
    lines.push(`${label(`groups.${group}`)}: ${outcome.ok ? money(outcome.result.totals[group]) : ''}`.trim());
    for (const field of SHEET_GROUPS[group]) {
      const read = readField(sheet[field]);
      if (read.ok && read.pence !== null) lines.push(`  ${label(`fields.${field}`)}: ${money(read.pence)}`);
    }
  }
  if (outcome.ok) lines.push(label('surplus', { surplus: money(outcome.result.surplus) }));
  return lines.join('\n');
}
