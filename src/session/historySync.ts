/**
 * Keeps the browser's history and the flow in step, so the phone's Back and Forward buttons move
 * one step in the direction pressed, also in bursts.
 *
 * The guide's entries all have the same address (answers never go into it) and are numbered from
 * the first one: entry n is the flow n steps in, and a page opened over the flow (the letters and
 * tools, the case summary, the reference pages) adds one more entry. The number in each entry says
 * which way a press went, so Forward can never move the flow backwards.
 *
 * - Going forward in the flow adds entries; going back in the flow (the guide's own Back link,
 *   "Start again", "Change") moves back through them, keeping those ahead for Forward.
 * - Back or Forward in the browser moves the flow to the entry's step: Back by stepping back,
 *   Forward by giving the saved answers again. If that cannot reach the entry (the answers were
 *   cleared), the browser is put back where the flow is.
 * - A reload keeps the history but starts the flow afresh, so the page returns to the first entry
 *   at once: the next Back leaves the guide instead of landing on a dead entry.
 * - Inside a frame the history belongs to the partner's page: the guide adds nothing to it.
 */
import type { FlowHandle } from './flowHandle';
import { stepOf } from '../flow/step';
import { STEPS, isQuestion, type AnswerValue } from '../questions/steps';

/** Where the person is: the flow's depth, and the page opened over the flow, if any. */
export interface Place {
  depth: number;
  page: string | null;
}

interface Entry {
  nhsStep: number;
  nhsPage: string | null;
}

const indexOf = (place: Place) => place.depth + (place.page ? 1 : 0);
const entry = (index: number, page: string | null): Entry => ({ nhsStep: index, nhsPage: page });

function readEntry(state: unknown): Entry | null {
  const value = (state as Partial<Entry> | null)?.nhsStep;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return null;
  const page = (state as Partial<Entry>).nhsPage;
  return entry(value, typeof page === 'string' ? page : null);
}

/** True inside a frame (or when the browser will not say): then the guide adds no entries. */
export function isFramed(): boolean {
  try {
    return window.top !== window.self;
  } catch {
    return true;
  }
}

/** The position of the current entry among the guide's entries (0 for the first). */
export const currentIndex = () => readEntry(window.history.state)?.nhsStep ?? 0;

type FlowActor = Pick<FlowHandle, 'send' | 'getSnapshot' | 'subscribe'>;

/** Set by quick exit: from then on nothing here touches the history or the flow. */
let leaving = false;
export const stopAllSync = () => {
  leaving = true;
};

export class HistorySync {
  /** The index of the entry the browser shows, as far as this page knows. */
  private index: number;
  /** Where a history.go() of ours will land, until its popstate arrives. */
  private expected: number | null = null;
  /** Set while this class moves the flow itself, so that it does not answer its own moves. */
  private moving = false;
  private stopped = false;

  constructor(
    private readonly actor: FlowActor,
    private readonly getPage: () => string | null,
    private readonly setPage: (page: string | null) => void,
  ) {
    this.index = currentIndex();
  }

  start(): () => void {
    if (this.index === 0) window.history.replaceState(entry(0, null), '');
    // The entry for a step is added in the tap that changed it. Deferring it to after the paint
    // (10-50 ms less per tap on a slow phone, issue 22) raced with a page opened over the flow: a
    // late entry could close "All exemptions" or "Open a saved case" just after it opened.
    const subscription = this.actor.subscribe(() => this.follow());
    window.addEventListener('popstate', this.onPopState);
    this.follow();
    return () => {
      this.stopped = true;
      subscription.unsubscribe();
      window.removeEventListener('popstate', this.onPopState);
    };
  }

  /** The guide changed place by itself: add entries, or move back through them, to match. */
  follow = () => {
    if (this.stopped || leaving || this.moving || this.expected !== null) return;
    const place = this.place();
    const wanted = indexOf(place);
    if (wanted > this.index) {
      for (let i = this.index + 1; i <= wanted; i++) window.history.pushState(entry(i, i === wanted ? place.page : null), '');
      this.index = wanted;
    } else if (wanted < this.index) {
      this.expected = wanted;
      window.history.go(wanted - this.index);
    } else if (readEntry(window.history.state)?.nhsPage !== place.page) {
      window.history.replaceState(entry(wanted, place.page), '');
    }
  };

  private onPopState = (event: PopStateEvent) => {
    const target = readEntry(event.state);
    if (this.stopped || leaving || !target) return;
    this.index = target.nhsStep;
    const ours = this.expected === target.nhsStep;
    this.expected = null;
    // Our own move back has arrived; the flow may have moved again meanwhile.
    if (ours) return this.follow();
    this.moving = true;
    try {
      const depth = target.nhsStep - (target.nhsPage ? 1 : 0);
      this.moveFlowTo(depth);
      this.setPage(this.depth() === depth ? target.nhsPage : null);
    } finally {
      this.moving = false;
    }
    this.follow();
  };

  private moveFlowTo(depth: number) {
    while (this.depth() > depth && this.actor.getSnapshot().can({ type: 'back' })) this.actor.send({ type: 'back' });
    while (this.depth() < depth && this.redo());
  }

  /** One step forward with the answer already given, as the person did before going back. */
  private redo(): boolean {
    const snapshot = this.actor.getSnapshot();
    const step = stepOf(snapshot.value);
    const before = this.depth();
    if (isQuestion(step)) {
      const value = (snapshot.context.answers as Record<string, AnswerValue | undefined>)[step];
      if (value === undefined) return false;
      this.actor.send({ type: 'answer', step, value });
    } else if (['start', 'outcome', 'info'].includes(STEPS[step].kind)) {
      this.actor.send({ type: 'next' });
    }
    return this.depth() > before;
  }

  private depth = () => this.actor.getSnapshot().context.history.length;
  private place = (): Place => ({ depth: this.depth(), page: this.getPage() });
}
