/**
 * Where every language's text files are. This map grows with each language, so it is loaded after
 * the first page (or first of all when the page is not in English): the English start page's first
 * download stays the same however many languages the guide speaks.
 * locales/<code>/_source.json records which English each text was made from: never sent to a page.
 */
export const loaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/*.json', '!../../locales/*/_*.json']);
