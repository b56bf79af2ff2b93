/**
 * A translation reviewer's unfinished check, kept on this device only when they press "Save my
 * progress on this device" (see src/screens/translationReview). Like saved answers, what is read
 * back is checked entry by entry, and anything odd is dropped rather than trusted.
 */
export interface DraftMark {
  verdict: 'right' | 'change';
  suggestion?: string;
}

export interface ReviewDraft {
  name: string;
  marks: Record<string, DraftMark>;
}

export const draftKey = (language: string) => `nhs-charges-helper:review:${language}`;
const MAX_BYTES = 2_000_000;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function saveDraft(language: string, draft: ReviewDraft): boolean {
  try {
    const store = storage();
    store?.setItem(draftKey(language), JSON.stringify({ version: 1, ...draft }));
    return store !== null;
  } catch {
    return false;
  }
}

export function forgetDraft(language: string): void {
  try {
    storage()?.removeItem(draftKey(language));
  } catch {
    // Storage switched off: nothing to forget.
  }
}

/** What was saved for this language, with only well-formed marks; null when nothing (readable) is there. */
export function loadDraft(language: string): ReviewDraft | null {
  let data: unknown;
  try {
    const text = storage()?.getItem(draftKey(language)) ?? null;
    if (text === null || text.length > MAX_BYTES) return null;
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { version, name, marks } = data as Record<string, unknown>;
  if (version !== 1 || typeof marks !== 'object' || marks === null) return null;
  const kept: Record<string, DraftMark> = {};
  for (const [key, mark] of Object.entries(marks)) {
    if (typeof mark !== 'object' || mark === null) continue;
    const { verdict, suggestion } = mark as Record<string, unknown>;
    if (verdict === 'right') kept[key] = { verdict };
    else if (verdict === 'change' && (suggestion === undefined || typeof suggestion === 'string')) kept[key] = { verdict, suggestion: suggestion as string | undefined };
  }
  return { name: typeof name === 'string' ? name.slice(0, 200) : '', marks: kept };
}
