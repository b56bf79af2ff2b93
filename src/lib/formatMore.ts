/**
 * Lists ("Monday, Wednesday and Friday") and language names ("Welsh") in the reader's language,
 * for the organisation pages: apart from ./format so that the first download does without them.
 * A language of ./formatTable uses the table's words; every other one Intl's.
 */
import { formatterFor, intlLocale, once } from './format';

export interface Lists {
  list(items: readonly string[]): string;
  /** A language's name, from its code ("cy" → "Welsh"). */
  languageName(code: string): string;
}

export function intlLists(language: string): Lists {
  const locale = intlLocale(language);
  const list = once(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const names = once(() => new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' }));
  return { list: (items) => list().format(items), languageName: (code) => names().of(code) ?? code };
}

const cache = new Map<string, Lists>();

function listsOf(language: string): Lists {
  const table = formatterFor(language) as Partial<Lists>;
  if (table.list && table.languageName) return table as Lists;
  let lists = cache.get(language);
  if (!lists) cache.set(language, (lists = intlLists(language)));
  return lists;
}

export const formatList = (items: readonly string[], language: string) => listsOf(language).list(items);
export const languageName = (code: string, language: string) => listsOf(language).languageName(code);

/**
 * Makes the Intl objects the later pages use for a language (dates, times, weekdays, money, lists,
 * language names), one small task each, for idle time. The first object of each kind is slow to
 * make (the browser loads its data for the language: 20–60 ms on a fast machine) and would
 * otherwise be made inside the tap that opens the outcome, support or organisation pages. Each
 * is kept (see ./format), so later calls are quick.
 */
export function formatterWarmUps(language: string): (() => unknown)[] {
  const format = () => formatterFor(language);
  return [
    () => format().date('2024-01-01'),
    () => format().date('2024-01'),
    () => format().time('09:00'),
    () => format().weekday(0),
    () => [format().money(100), format().money(150)],
    () => format().percent(0.5),
    () => formatList(['a', 'b'], language),
    () => languageName('en', language),
  ];
}
