/**
 * Reading amounts of money typed by a person: "£1,200.50", "1200", " 1 200 " and blank are fine;
 * negatives, letters and absurd values are refused with a reason the screen can explain.
 */

export type MoneyError = 'negative' | 'not-a-number' | 'too-many-decimals' | 'too-large';
export type MoneyResult = { ok: true; pence: number | null } | { ok: false; error: MoneyError };

/** £10 million: far above any real NHS bill or monthly budget line. */
export const MAX_PENCE = 10_000_000_00;

export function parseMoney(input: string, maxPence = MAX_PENCE): MoneyResult {
  const text = input.normalize('NFKC').trim().replace(/^£\s*/, '').replace(/\s*(gbp|£)$/i, '');
  if (text === '') return { ok: true, pence: null };
  if (/^[-−(]/.test(text)) return { ok: false, error: 'negative' };
  // Thousands separators: commas in groups of three, or spaces.
  const plain = /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(text) ? text.replace(/,/g, '') : text.replace(/\s+/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(plain);
  if (!match) return { ok: false, error: 'not-a-number' };
  const [, whole, fraction = ''] = match;
  if (fraction.length > 2) return { ok: false, error: 'too-many-decimals' };
  if (whole!.length > 12) return { ok: false, error: 'too-large' };
  const pence = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (pence > maxPence) return { ok: false, error: 'too-large' };
  return { ok: true, pence };
}

/** "£1,200.50" from pence, in the given locale's digits. */
export function formatPence(pence: number, locale = 'en-GB'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: pence % 100 === 0 ? 0 : 2,
  }).format(pence / 100);
}
