/**
 * The one message the app sends to a page that embeds it: its height, so the frame can fit its
 * content. Version 1 carries only the height and the kind of step, never an answer.
 *
 *   { "type": "nhs-charges-helper:resize", "version": 1, "height": 812, "kind": "question" }
 *
 * kind: "question" (a question page), "outcome" (the outcome, guidance or signposting) or "page"
 * (the start page, "Your answers" and other pages).
 */
import { STEPS, type StepId } from '../questions/steps';

export const RESIZE_MESSAGE_TYPE = 'nhs-charges-helper:resize';
export const RESIZE_MESSAGE_VERSION = 1;

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
