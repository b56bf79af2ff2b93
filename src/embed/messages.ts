/**
 * The one message the app sends to a page that embeds it: its height, so the frame can fit its
 * content. Version 1 carries only the height and the kind of step, never an answer.
 *
 *   { "type": "nhs-charges-helper:resize", "version": 1, "height": 1024, "kind": "question" }
 *
 * kind: "question" (a question page), "outcome" (the outcome, guidance or signposting) or "page"
 * (the start page, "Your answers" and other pages).
 *
 * The height must not tell the host what the person was told: it is rounded up to a step of
 * HEIGHT_STEP px, and an outcome, guidance or signposting page always reports at least
 * outcomeFloor(width), which every such page fits under, so at a given width they all report the
 * same height. (A page taller still, say with the member's language beside every text, reports
 * its rounded height: that says it is long, not which outcome it is.)
 */
import { STEPS, type StepId } from '../questions/steps';

export const RESIZE_MESSAGE_TYPE = 'nhs-charges-helper:resize';
export const RESIZE_MESSAGE_VERSION = 1;
export const HEIGHT_STEP = 512;

export type StepKindForHost = 'question' | 'outcome' | 'page';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  version: typeof RESIZE_MESSAGE_VERSION;
  height: number;
  kind: StepKindForHost;
}

export function kindForHost(step: StepId | null): StepKindForHost {
  if (!step) return 'page';
  const kind = STEPS[step].kind;
  if (kind === 'radios' || kind === 'checkboxes' || kind === 'money') return 'question';
  if (kind === 'outcome' || kind === 'info' || kind === 'signposting') return 'outcome';
  return 'page';
}

/**
 * The least height of an outcome, guidance or signposting page in a frame `width` px wide: text
 * wraps into more lines in a narrower frame. Measured with every outcome in English and Arabic
 * from 320 to 1024 px, with room to spare; tests/e2e/embed.e2e.ts checks it still holds.
 */
export function outcomeFloor(width: number): number {
  return 3840 + 768_000 / Math.max(width, 280);
}

/** The height to report: never less than the content, and saying nothing about which outcome. */
export function reportedHeight(height: number, kind: StepKindForHost, width: number): number {
  const least = kind === 'outcome' ? outcomeFloor(width) : 0;
  return Math.ceil(Math.max(height, least, 1) / HEIGHT_STEP) * HEIGHT_STEP;
}

export function resizeMessage(height: number, kind: StepKindForHost): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, version: RESIZE_MESSAGE_VERSION, height: Math.max(0, Math.ceil(height)), kind };
}

/** What a host should accept: exactly these four fields, of these types. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    Object.keys(d).sort().join() === 'height,kind,type,version' &&
    d.type === RESIZE_MESSAGE_TYPE &&
    d.version === RESIZE_MESSAGE_VERSION &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height) &&
    d.height >= 0 &&
    d.height < 100_000 &&
    (d.kind === 'question' || d.kind === 'outcome' || d.kind === 'page')
  );
}
