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
