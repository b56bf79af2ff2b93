/**
 * How every value reaches a text: i18next's formatter, replaced. A text names the format of a value
 * it holds ("{{debtThreshold2016, money}}", "{{date, date}}"), and every value placed in a
 * right-to-left text is isolated, so that an English citation, an amount, a date or a phone number
 * never pulls the text's brackets and punctuation to the wrong side. Values are formatted in the
 * language of the text asked for (the member's language in the side-by-side view), not the page's.
 */
import type { FormatterModule } from 'i18next';
import { formatDate, formatMoney, formatPercent, isolate } from '../lib/format';

/** The formats a text may name, and what each expects. */
export const FORMATS = {
  /** Pence. */
  money: (value: unknown, language: string) => formatMoney(Number(value), language),
  /** An ISO date: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
  date: (value: unknown, language: string) => formatDate(String(value), language),
  /** A ratio: 1.5 is 150%. */
  percent: (value: unknown, language: string) => formatPercent(Number(value), language),
} as const;

export type FormatName = keyof typeof FORMATS;
const isFormat = (name: string): name is FormatName => Object.hasOwn(FORMATS, name);

export const formatting: FormatterModule = {
  type: 'formatter',
  init() {},
  // Formats are added to FORMATS above, not at run time.
  add() {},
  addCached() {},
  format(value, format, lng) {
    if (value == null) return value;
    const language = lng ?? 'en';
    const name = format?.trim() ?? '';
    const text = isFormat(name) ? FORMATS[name](value, language) : String(value);
    return isolate(text, language);
  },
};
