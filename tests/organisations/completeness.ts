/** What makes an organisation record incomplete. Shared by the data test and the docs script. */
import type { Organisation, Source } from '../../src/organisations/types';

const DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const digits = (s: string) => s.replace(/\D/g, '');

/** The number as dialled inside the UK: +44 20… becomes 020…. */
function national(tel: string): string {
  const d = digits(tel);
  return tel.startsWith('+44') ? `0${d.slice(2)}` : d;
}

function sourceProblems(what: string, source: Source | undefined): string[] {
  if (!source) return [`${what}: no source`];
  const out: string[] = [];
  if (!/^https?:\/\/[^/\s]+\.[^/\s]+/.test(source.url)) out.push(`${what}: source "${source.url}" is not a web page`);
  if (!DATE.test(source.date)) out.push(`${what}: source date "${source.date}" is not YYYY, YYYY-MM, YYYY-MM-DD or "undated"`);
  if (!source.words.trim()) out.push(`${what}: source has no words`);
  return out;
}

export function contactProblems(o: Organisation): string[] {
  const out: string[] = [];
  const p = (s: string) => out.push(`${o.id}: ${s}`);
  const methods = (o.phones?.length ?? 0) + (o.emails?.length ?? 0) + (o.web?.length ?? 0) + (o.walkIns?.length ?? 0);
  // The website is a real way to reach an organisation: only one from the campaign toolkit may rest on it alone.
  if (!o.withheld && methods === 0 && !o.fromToolkit) p('no phone, email, web form or address');
  for (const s of sourceProblems('website', o.website.source)) p(s);
  for (const phone of o.phones ?? []) {
    const what = `phone ${phone.display}`;
    const problems = sourceProblems(what, phone.source);
    problems.forEach(p);
    if (national(phone.tel) !== digits(phone.display)) p(`${what}: tel "${phone.tel}" is not the number shown`);
    if (!/^(\+44\d{9,10}|\d{3,8})$/.test(phone.tel)) p(`${what}: tel "${phone.tel}" is not +44… or a short number`);
    if (!problems.length && !digits(phone.source.words).includes(digits(phone.display)))
      p(`${what}: its source does not show this number`);
    for (const h of phone.hours ?? []) {
      if (!h.days.length) p(`${what}: opening hours with no days`);
      if (Boolean(h.from) !== Boolean(h.to) || [h.from, h.to].some((t) => t && !TIME.test(t))) p(`${what}: hours must be HH:MM to HH:MM`);
    }
  }
  for (const e of o.emails ?? []) {
    const what = `email ${e.address}`;
    const problems = sourceProblems(what, e.source);
    problems.forEach(p);
    const spelled = e.source?.words.toLowerCase().replace(/\s*\[at\]\s*/g, '@').replace(/\s*\[dot\]\s*/g, '.');
    if (!problems.length && !spelled!.includes(e.address.toLowerCase())) p(`${what}: its source does not show this address`);
  }
  for (const w of o.web ?? []) sourceProblems(`web ${w.kind} ${w.url}`, w.source).forEach(p);
  for (const w of o.walkIns ?? []) sourceProblems(`walk-in ${w.address}`, w.source).forEach(p);
  if (o.free) sourceProblems('free', o.free.source).forEach(p);
  if (o.languages) sourceProblems('languages', o.languages.source).forEach(p);
  if (o.withheld?.reason === 'reported-closed') sourceProblems('reported closed', o.withheld.source).forEach(p);
  return out;
}
