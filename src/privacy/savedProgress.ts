/**
 * "Save my progress on this device": with a translation reviewer's unfinished check (./reviewDraft),
 * the only thing the app ever writes to browser storage, and only after the person asks. What is
 * read back is checked answer by answer; anything odd is thrown away rather than trusted.
 */
import type { SavedPath } from '../flow/savedPath';
import { isQuestion, isStepId, isValidAnswer, type Answers } from '../questions/steps';

export const STORAGE_KEY = 'nhs-charges-helper:progress';
const VERSION = 1;
const MAX_BYTES = 20_000;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function saveProgress(saved: SavedPath): boolean {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, answers: saved.answers, path: saved.path }));
    return storage() !== null;
  } catch {
    return false;
  }
}

export function forgetProgress(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Storage switched off: there is nothing to forget.
  }
}

/** Checks a stored value; returns null for anything that is not exactly what saveProgress wrote. */
export function parseProgress(text: string | null): SavedPath | null {
  if (!text || text.length > MAX_BYTES) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { version, answers, path } = data as Record<string, unknown>;
  if (version !== VERSION || typeof answers !== 'object' || answers === null || Array.isArray(answers)) return null;
  if (!Array.isArray(path) || path.length === 0 || path.length > 60 || !path.every(isStepId)) return null;
  const entries = Object.entries(answers);
  if (!entries.every(([step, value]) => isQuestion(step) && isValidAnswer(step, value))) return null;
  return { answers: Object.fromEntries(entries) as Answers, path };
}

/**
 * What an earlier visit saved: the path, or "unreadable" when something was stored but is not
 * exactly what saveProgress wrote (it is removed at once rather than trusted), or null.
 */
export function loadProgress(): SavedPath | 'unreadable' | null {
  try {
    const text = storage()?.getItem(STORAGE_KEY) ?? null;
    if (text === null) return null;
    const saved = parseProgress(text);
    if (saved) return saved;
    forgetProgress();
    return 'unreadable';
  } catch {
    return null;
  }
}
