/**
 * Opening hours in the reader's language: weekday names and times come from ../lib/format (Intl,
 * or the language's own words where the browser has none), so no day or time is written out in a
 * locale file. Times are on a 24-hour clock: "Monday to Friday, 09:00 to 17:00" in English.
 */
import { formatTime, weekdayName } from '../lib/format';
import type { Day, Hours } from './types';

const DAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const weekday = (day: Day, language: string) => weekdayName(DAYS.indexOf(day), language);

/** Runs of consecutive days: mon,tue,wed → [mon, wed]. */
export function dayRuns(days: readonly Day[]): [Day, Day][] {
  const sorted = DAYS.filter((d) => days.includes(d));
  const runs: [Day, Day][] = [];
  for (const d of sorted) {
    const last = runs.at(-1);
    if (last && DAYS.indexOf(d) === DAYS.indexOf(last[1]) + 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}

export interface HoursText {
  /** 'everyDay', or weekday names and ranges in the reader's language. */
  days: { everyDay: true } | { everyDay: false; runs: ([string] | [string, string])[] };
  /** Undefined means all day (24 hours). */
  times?: [string, string];
}

export function hoursText(hours: Hours, language: string): HoursText {
  const everyDay = DAYS.every((d) => hours.days.includes(d));
  const times: [string, string] | undefined =
    hours.from && hours.to ? [formatTime(hours.from, language), formatTime(hours.to, language)] : undefined;
  if (everyDay) return { days: { everyDay: true }, times };
  const runs = dayRuns(hours.days).map(([a, b]): [string] | [string, string] =>
    a === b ? [weekday(a, language)] : [weekday(a, language), weekday(b, language)],
  );
  return { days: { everyDay: false, runs }, times };
}
