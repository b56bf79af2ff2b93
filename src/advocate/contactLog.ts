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

export const LIMITS = { who: 120, what: 2000 } as const;
export type ContactError = 'date' | 'dateFuture' | 'time' | 'who' | 'whoLong' | 'how' | 'what' | 'whatLong';

function realDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The problems with an entry, by field; empty when it can be added. */
export function validateEntry(e: Partial<ContactEntry>, today = new Date().toISOString().slice(0, 10)): Partial<Record<keyof ContactEntry, ContactError>> {
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

export function isValidEntry(e: unknown): e is ContactEntry {
  if (typeof e !== 'object' || e === null) return false;
  const keys = Object.keys(e).sort().join();
  return keys === 'date,how,time,what,who' && Object.keys(validateEntry(e as ContactEntry, '9999-12-31')).length === 0;
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
