/**
 * Saving a case to a file and opening it again. The file holds the case's label, the answers, the
 * contact log, the income sheet, the bill's details, the member's language and the letters the
 * advocate changed, never more. Opening checks everything; a bad file changes nothing.
 *
 * Every file the app saves opens again: the forms hold no more than a file may (the limits below
 * are the forms' maxlength and counts), and a case is checked before it is written. The largest
 * case the forms allow is far under CASE_FILE_MAX_BYTES (tests/advocate/caseFile.test.ts).
 *
 * Version 1 (before the label, bill, member's language and letters; sheet amounts as typed)
 * still opens.
 */
import { isLanguage, type LanguageCode } from '../i18n/languages';
import { isQuestion, isValidAnswer, type Answers } from '../questions/steps';
import { BILL_FIELDS, BILL_TEXT_FIELDS, BILL_TEXT_MAX, checkBill, settleBill, type BillDetails } from './bill';
import { isValidEntry, LIMITS, localToday, type ContactEntry } from './contactLog';
import { readField, settleSheet, SHEET_FIELDS, type Sheet, type SheetField } from './income';
import { LETTERS, type LetterId } from './letters';
import type { EditedLetters } from './store';

export const CASE_FILE_SCHEMA_VERSION = 2;
/** Above the largest case the forms allow (about 3.4 MB: 500 log entries of 2,120 three-byte characters). */
export const CASE_FILE_MAX_BYTES = 4_000_000;
export const LABEL_MAX_LENGTH = 60;
export const LETTER_MAX_LENGTH = 10_000;
const PATH_MAX = 60;

export interface CaseData {
  label: string;
  answers: Answers;
  /** The steps visited, so the case reopens where it was left. */
  path: string[];
  log: ContactEntry[];
  sheet: Sheet;
  bill: BillDetails;
  memberLanguage: LanguageCode | null;
  letters: EditedLetters;
}

export type CaseFileError = 'too-large' | 'not-json' | 'wrong-version' | 'missing-field' | 'invalid-answer' | 'invalid-log' | 'invalid-sheet' | 'invalid-case';

/** What stops a case being saved, by part, so the save can explain it before writing anything. */
export type CaseProblem = 'label' | 'labelLong' | 'sheet' | 'bill' | 'log' | 'letters' | 'too-large';

export function checkCase(data: CaseData, today = localToday()): CaseProblem[] {
  const problems: CaseProblem[] = [];
  if (!data.label.trim()) problems.push('label');
  else if (data.label.length > LABEL_MAX_LENGTH) problems.push('labelLong');
  if (SHEET_FIELDS.some((f) => !readField(data.sheet[f]).ok)) problems.push('sheet');
  if (Object.keys(checkBill(data.bill, today)).length > 0) problems.push('bill');
  if (data.log.length > LIMITS.entries || !data.log.every((e) => isValidEntry(e, today))) problems.push('log');
  if (Object.values(data.letters).some((l) => (l?.length ?? 0) > LETTER_MAX_LENGTH)) problems.push('letters');
  return problems;
}

/** The file's text: amounts as pence, blank fields left out. Check the case first (checkCase). */
export function serializeCase(data: CaseData, savedAt = new Date()): string {
  return JSON.stringify(
    {
      schemaVersion: CASE_FILE_SCHEMA_VERSION,
      savedAt: savedAt.toISOString(),
      label: data.label.trim(),
      answers: data.answers,
      path: data.path,
      log: data.log,
      sheet: settleSheet(data.sheet),
      bill: settleBill(data.bill),
      memberLanguage: data.memberLanguage,
      letters: data.letters,
    },
    null,
    2,
  );
}

/**
 * A file name from the label and the local date and time, such as
 * "nhs-charges-AB-maternity-2026-11-23-1430.json": two cases saved on one day differ.
 */
export function caseFileName(label: string, now = new Date()): string {
  const slug = label.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${localToday(now)}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `nhs-charges-${slug ? `${slug}-` : ''}${stamp}.json`;
}

type Parsed = { ok: true; data: CaseData } | { ok: false; error: CaseFileError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The answers and path, as both versions hold them. */
function readCommon(file: Record<string, unknown>, today: string): { ok: false; error: CaseFileError } | { ok: true; answers: Answers; path: string[]; log: ContactEntry[] } {
  const { answers, path, log } = file;
  if (!isRecord(answers) || !Object.entries(answers).every(([q, v]) => isQuestion(q) && isValidAnswer(q, v))) return { ok: false, error: 'invalid-answer' };
  if (!Array.isArray(path) || path.length > PATH_MAX || !path.every((s) => typeof s === 'string')) return { ok: false, error: 'invalid-answer' };
  if (!Array.isArray(log) || log.length > LIMITS.entries || !log.every((e) => isValidEntry(e, today))) return { ok: false, error: 'invalid-log' };
  return {
    ok: true,
    answers: Object.fromEntries(Object.entries(answers)) as Answers,
    path: [...path] as string[],
    log: (log as ContactEntry[]).map((e) => ({ date: e.date, time: e.time, who: e.who, how: e.how, what: e.what })),
  };
}

const isPence = (v: unknown, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

function readVersion2(file: Record<string, unknown>, today: string): Parsed {
  const common = readCommon(file, today);
  if (!common.ok) return common;
  const { label, sheet, bill, memberLanguage, letters } = file;
  if (!isRecord(sheet) || !Object.entries(sheet).every(([f, v]) => (SHEET_FIELDS as string[]).includes(f) && readField(v as number).ok && typeof v === 'number')) {
    return { ok: false, error: 'invalid-sheet' };
  }
  if (typeof label !== 'string' || label.length > LABEL_MAX_LENGTH) return { ok: false, error: 'invalid-case' };
  if (memberLanguage !== null && !isLanguage(memberLanguage)) return { ok: false, error: 'invalid-case' };
  if (!isRecord(letters) || !Object.entries(letters).every(([id, text]) => (LETTERS as readonly string[]).includes(id) && typeof text === 'string' && text.length <= LETTER_MAX_LENGTH)) {
    return { ok: false, error: 'invalid-case' };
  }
  if (!isRecord(bill) || !Object.keys(bill).every((k) => (BILL_FIELDS as readonly string[]).includes(k))) return { ok: false, error: 'invalid-case' };
  const textsOk = BILL_TEXT_FIELDS.every((f) => bill[f] === undefined || (typeof bill[f] === 'string' && (bill[f] as string).length <= BILL_TEXT_MAX));
  const dateOk = bill.invoiceDate === undefined || typeof bill.invoiceDate === 'string';
  const amountOk = bill.amount === undefined || isPence(bill.amount, Number.MAX_SAFE_INTEGER);
  if (!textsOk || !dateOk || !amountOk || Object.keys(checkBill(bill as BillDetails, today)).length > 0) return { ok: false, error: 'invalid-case' };
  return {
    ok: true,
    data: {
      label,
      answers: common.answers,
      path: common.path,
      log: common.log,
      sheet: Object.fromEntries(Object.entries(sheet)) as Partial<Record<SheetField, number>>,
      bill: Object.fromEntries(BILL_FIELDS.filter((f) => bill[f] !== undefined).map((f) => [f, bill[f]])) as BillDetails,
      memberLanguage: memberLanguage as LanguageCode | null,
      letters: Object.fromEntries(Object.entries(letters)) as Partial<Record<LetterId, string>>,
    },
  };
}

/** Version 1: the sheet held the text typed in each field, at most 40 characters. */
function readVersion1(file: Record<string, unknown>, today: string): Parsed {
  const common = readCommon(file, today);
  if (!common.ok) return common;
  const { sheet } = file;
  if (!isRecord(sheet) || !Object.entries(sheet).every(([f, v]) => (SHEET_FIELDS as string[]).includes(f) && typeof v === 'string' && v.length <= 40)) {
    return { ok: false, error: 'invalid-sheet' };
  }
  // Amounts that read become pence; any other text is kept as typed, for the advocate to correct.
  const settled = settleSheet(sheet as Sheet);
  return { ok: true, data: { label: '', answers: common.answers, path: common.path, log: common.log, sheet: settled, bill: {}, memberLanguage: null, letters: {} } };
}

export function parseCase(text: string, today = localToday()): Parsed {
  if (new Blob([text]).size > CASE_FILE_MAX_BYTES) return { ok: false, error: 'too-large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isRecord(raw)) return { ok: false, error: 'not-json' };
  const version = raw.schemaVersion;
  if (version !== 1 && version !== CASE_FILE_SCHEMA_VERSION) return { ok: false, error: 'wrong-version' };
  const required = version === 1 ? ['answers', 'path', 'log', 'sheet'] : ['label', 'answers', 'path', 'log', 'sheet', 'bill', 'memberLanguage', 'letters'];
  if (required.some((key) => raw[key] === undefined)) return { ok: false, error: 'missing-field' };
  return version === 1 ? readVersion1(raw, today) : readVersion2(raw, today);
}
