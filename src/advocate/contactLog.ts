/** The contact log: every contact from a debt collector or the trust, for the record. */

export const CONTACT_METHODS = ['letter', 'phone', 'text', 'email', 'visit', 'other'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export interface ContactEntry {
  date: string; // YYYY-MM-DD
  time: string; // HH:MM
  who: string;
  how: ContactMethod;
  what: string;
}

/** The most each field and the log may hold: the form enforces them, and so does opening a file. */
export const LIMITS = { who: 120, what: 2000, entries: 500 } as const;
export type ContactError = 'date' | 'dateFuture' | 'time' | 'who' | 'whoLong' | 'how' | 'what' | 'whatLong';

/** A date as YYYY-MM-DD, with no time zone in it. */
export function realDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Today's date where the person is (their device's time zone), as YYYY-MM-DD. Not UTC: just
 * after midnight in a British summer, UTC still says yesterday.
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The problems with an entry, by field; empty when it can be added. Dates after today are refused. */
export function validateEntry(e: Partial<ContactEntry>, today = localToday()): Partial<Record<keyof ContactEntry, ContactError>> {
  const errors: Partial<Record<keyof ContactEntry, ContactError>> = {};
  if (!e.date || !realDate(e.date)) errors.date = 'date';
  else if (e.date > today) errors.date = 'dateFuture';
  if (!e.time || !/^([01]\d|2[0-3]):[0-5]\d$/.test(e.time)) errors.time = 'time';
  if (!e.who?.trim()) errors.who = 'who';
  else if (e.who.length > LIMITS.who) errors.who = 'whoLong';
  if (!e.how || !(CONTACT_METHODS as readonly string[]).includes(e.how)) errors.how = 'how';
  if (!e.what?.trim()) errors.what = 'what';
  else if (e.what.length > LIMITS.what) errors.what = 'whatLong';
  return errors;
}

/** An entry from a file: exactly the form's fields, by the form's rules (a date after today is refused). */
export function isValidEntry(e: unknown, today = localToday()): e is ContactEntry {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return false;
  const keys = Object.keys(e).sort().join();
  if (keys !== 'date,how,time,what,who' || !Object.values(e).every((v) => typeof v === 'string')) return false;
  return Object.keys(validateEntry(e as ContactEntry, today)).length === 0;
}

/** A CSV cell, quoted, and safe to open in a spreadsheet (no formula can start it). */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(entries: ContactEntry[], headings: [string, string, string, string, string], methodLabel: (m: ContactMethod) => string): string {
  const rows = [headings.map(cell).join(','), ...entries.map((e) => [e.date, e.time, e.who, methodLabel(e.how), e.what].map(cell).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}

export function toText(entries: ContactEntry[], methodLabel: (m: ContactMethod) => string): string {
  return entries.map((e) => `${e.date} ${e.time} | ${e.who} | ${methodLabel(e.how)}\n${e.what}\n`).join('\n');
}
