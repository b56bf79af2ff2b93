/**
 * Records every text the screens render: language, namespace, the exact key i18next used (with
 * its `_supporter` context, if any) and the English template it came from. An i18next
 * post-processor sees every call of `t`, including the ones react-i18next makes, so nothing a
 * screen shows escapes it.
 */
import i18next from 'i18next';

export interface RenderedText {
  lng: string;
  ns: string;
  /** The key as found, context included (`actions.call-adviser_supporter`). */
  key: string;
}

export const renderedTexts: RenderedText[] = [];

let installed = false;

export function recordRenderedTexts(): void {
  if (installed) return;
  installed = true;
  i18next.use({
    type: 'postProcessor',
    name: 'recordRendered',
    process(value: string, _key: string | string[], options: { i18nResolved?: { exactUsedKey?: string; usedLng?: string; usedNS?: string } }) {
      const r = options.i18nResolved;
      if (r?.exactUsedKey && r.usedLng && r.usedNS) renderedTexts.push({ lng: r.usedLng, ns: r.usedNS, key: r.exactUsedKey });
      return value;
    },
  });
  i18next.options.postProcess = ['recordRendered'];
  i18next.options.postProcessPassResolved = true;
}

/** The English text of a key, as written in locales/en (before any placeholder is filled). */
export function englishOf(ns: string, key: string): string | undefined {
  const value = i18next.getResource('en', ns, key) as unknown;
  return typeof value === 'string' ? value : undefined;
}

/** Whether a key has a `_supporter` variant in English (for any part of a nested key). */
export function hasSupporterVariant(ns: string, key: string): boolean {
  const parts = key.split('.');
  return parts.some((_, i) => {
    const candidate = [...parts.slice(0, i), `${parts[i]}_supporter`, ...parts.slice(i + 1)].join('.');
    return i18next.getResource('en', ns, candidate) !== undefined;
  });
}
