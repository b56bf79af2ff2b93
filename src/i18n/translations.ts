/**
 * How each translation was made, and how much of it a person has checked. Shown on the
 * Translations page and in docs/translations.md; a machine-made language shows a notice, in that
 * language, on its start page and on every outcome. `reviewedBy`/`reviewedOn` are filled only when a
 * native speaker has really checked the texts, and `reviewedShare` is the share of keys they checked.
 */
import type { LanguageCode } from './languages';

export interface Translation {
  method: 'machine' | 'reviewed';
  /** Who or what made it. */
  madeBy: string;
  madeOn: string;
  reviewedBy?: string;
  reviewedOn?: string;
  /** 0 to 1: the share of keys a native speaker has checked. */
  reviewedShare: number;
}

const MACHINE = 'An AI language model (Claude), prompted by the developers';

export const TRANSLATIONS: Record<Exclude<LanguageCode, 'en'>, Translation> = {
  ar: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  fa: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  ps: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  ur: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  ckb: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  ti: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  am: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  so: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  bn: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  hi: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  ta: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  vi: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  zh: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  sq: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  tr: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  fr: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  es: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  pt: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  ro: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  pl: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  uk: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
  ru: { method: 'machine', madeBy: MACHINE, madeOn: '2026-11-23', reviewedShare: 0 },
};

export function translationOf(language: string): Translation | undefined {
  return (TRANSLATIONS as Record<string, Translation>)[language];
}
