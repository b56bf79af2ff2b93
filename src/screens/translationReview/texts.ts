/**
 * What the review page shows, loaded only when it is opened: every text of the guide in English
 * and in the language checked, the hash of the English each translation was made from
 * (locales/<code>/_source.json), and the language's term base (locales/<code>/_terms.json) if it
 * has one. None of these files is part of an ordinary visit.
 */
import i18next from 'i18next';
import { loadTexts } from '../../i18n/init';
// Part of this page's own file (it is loaded only when the page is opened).
import ENGLISH_TERMS from '../../i18n/englishTerms.json';

/** Every namespace a translation has, in the order the page lists them. */
export const REVIEW_NAMESPACES = ['common', 'questions', 'outcomes', 'rules', 'organisations', 'advocate', 'letters', 'embed', 'review'] as const;
export type ReviewNamespace = (typeof REVIEW_NAMESPACES)[number];

const SOURCES = import.meta.glob<{ default: Record<string, string> }>('../../../locales/*/_source.json');
const TERMS = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/_terms.json');

export type TextValue = string | string[];

export interface ReviewText {
  key: string;
  namespace: ReviewNamespace;
  english: TextValue;
  translation: TextValue | undefined;
  /** The language's plural forms English has no key for (Arabic's "few", say), shown with "other". */
  otherForms: [string, TextValue][];
  /** The hash of the English the translation was made from. */
  englishHash: string | undefined;
}

export interface Term {
  id: string;
  /** What the term means, in English. */
  english?: string;
  rendering: string;
  explanation?: string;
}

export interface ReviewData {
  texts: ReviewText[];
  terms: Term[];
}

function flatten(value: unknown, prefix: string, out: Map<string, TextValue>) {
  if (typeof value === 'string' || Array.isArray(value)) out.set(prefix, value as TextValue);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A term base entry, whatever shape it has: its rendering and explanation, or nothing. */
function termOf(id: string, value: unknown, english: unknown): Term | null {
  const text = (v: unknown, ...names: string[]) => {
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object') for (const n of names) if (typeof (v as Record<string, unknown>)[n] === 'string') return (v as Record<string, string>)[n];
    return undefined;
  };
  const rendering = text(value, 'rendering', 'translation', 'term');
  if (!rendering) return null;
  return { id, rendering, explanation: text(value, 'explanation', 'note'), english: text(english, 'definition', 'term') };
}

/**
 * The term base as the page shows it: locales/<code>/_terms.json (id → { rendering, explanation? })
 * beside src/i18n/englishTerms.json (id → { definition }). An entry of another shape is left out.
 */
export function termsOf(terms: Record<string, unknown>, english: Record<string, unknown>): Term[] {
  return Object.entries(terms).flatMap(([id, value]) => termOf(id, value, english[id]) ?? []);
}

export async function loadReviewData(code: string): Promise<ReviewData | null> {
  const [english, translated] = await Promise.all([loadTexts('en', REVIEW_NAMESPACES), loadTexts(code, REVIEW_NAMESPACES)]);
  if (!english || !translated) return null;
  const sources = (await SOURCES[`../../../locales/${code}/_source.json`]?.())?.default ?? {};
  const terms = await TERMS[`../../../locales/${code}/_terms.json`]?.().then(
    (m) => m.default,
    () => undefined,
  );
  const texts: ReviewText[] = [];
  for (const namespace of REVIEW_NAMESPACES) {
    const en = flatten(i18next.getResourceBundle('en', namespace), '', new Map());
    const tr = flatten(i18next.getResourceBundle(code, namespace), '', new Map());
    for (const [key, value] of en) {
      const base = key.replace(PLURAL, '');
      const otherForms: [string, TextValue][] = key.endsWith('_other')
        ? [...tr].filter(([k]) => k !== key && k.replace(PLURAL, '') === base && !en.has(k))
        : [];
      texts.push({ key: `${namespace}:${key}`, namespace, english: value, translation: tr.get(key), otherForms, englishHash: sources[`${namespace}:${key}`] });
    }
  }
  return { texts, terms: termsOf(terms ?? {}, ENGLISH_TERMS) };
}
