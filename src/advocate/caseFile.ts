/**
 * Saving a case to a file and opening it again. The file holds the answers, the contact log and
 * the income sheet, never more. Opening checks everything; a bad file changes nothing.
 */
import { isQuestion, isValidAnswer, type Answers } from '../questions/steps';
import { isValidEntry, type ContactEntry } from './contactLog';
import { SHEET_FIELDS, type SheetText } from './income';

export const CASE_FILE_SCHEMA_VERSION = 1;
export const CASE_FILE_MAX_BYTES = 200_000;

export interface CaseData {
  answers: Answers;
  /** The steps visited, so the case reopens where it was left. */
  path: string[];
  log: ContactEntry[];
  sheet: SheetText;
}

export type CaseFileError = 'too-large' | 'not-json' | 'wrong-version' | 'missing-field' | 'invalid-answer' | 'invalid-log' | 'invalid-sheet';

export function serializeCase(data: CaseData, savedAt = new Date()): string {
  return JSON.stringify({ schemaVersion: CASE_FILE_SCHEMA_VERSION, savedAt: savedAt.toISOString(), ...data }, null, 2);
}

export function parseCase(text: string): { ok: true; data: CaseData } | { ok: false; error: CaseFileError } {
  if (new Blob([text]).size > CASE_FILE_MAX_BYTES) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'not-json' };
  const file = raw as Record<string, unknown>;
  if (file.schemaVersion !== CASE_FILE_SCHEMA_VERSION) return { ok: false, error: 'wrong-version' };
  const { answers, path, log, sheet } = file;
  if (answers === undefined || path === undefined || log === undefined || sheet === undefined) return { ok: false, error: 'missing-field' };
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return { ok: false, error: 'invalid-answer' };
  if (!Object.entries(answers).every(([q, v]) => isQuestion(q) && isValidAnswer(q, v))) return { ok: false, error: 'invalid-answer' };
  if (!Array.isArray(path) || path.length > 60 || !path.every((s) => typeof s === 'string')) return { ok: false, error: 'invalid-answer' };
  if (!Array.isArray(log) || log.length > 500 || !log.every(isValidEntry)) return { ok: false, error: 'invalid-log' };
  if (typeof sheet !== 'object' || sheet === null || Array.isArray(sheet)) return { ok: false, error: 'invalid-sheet' };
  const sheetEntries = Object.entries(sheet);
  if (!sheetEntries.every(([f, v]) => (SHEET_FIELDS as string[]).includes(f) && typeof v === 'string' && v.length <= 40)) {
    return { ok: false, error: 'invalid-sheet' };
  }
  return {
    ok: true,
    data: {
      answers: Object.fromEntries(Object.entries(answers)) as Answers,
      path: [...path] as string[],
      log: (log as ContactEntry[]).map((e) => ({ date: e.date, time: e.time, who: e.who, how: e.how, what: e.what })),
      sheet: Object.fromEntries(sheetEntries) as SheetText,
    },
  };
}
