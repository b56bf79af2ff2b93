/**
 * The running flow as the screens see it, before and after its machine has arrived.
 *
 * The machine is not part of the first load (issue 22): the start page is drawn from the
 * machine's first state, written out here, and the machine is fetched as soon as the page is
 * drawn. A tap that comes before it has arrived is kept and done, in order, when it arrives. If it
 * cannot be fetched while a tap waits, `problem` says so, and `retry()` asks for it again.
 */
import type { Actor, SnapshotFrom } from 'xstate';
import type { flowMachine } from '../flow/machine';
import { initialContext, type FlowEvent } from '../flow/context';
import type { Answers } from '../questions/steps';

export type FlowSnapshot = SnapshotFrom<typeof flowMachine>;
export interface FlowInput {
  answers?: Answers;
}
type RunningFlow = Actor<typeof flowMachine>;
/** What flowRuntime.ts gives. */
export interface FlowRuntime {
  startFlow: (input: FlowInput) => RunningFlow;
}

type Observer = ((snapshot: FlowSnapshot) => void) | { next?: (snapshot: FlowSnapshot) => void; error?: (error: unknown) => void };

/**
 * The events the machine's first state accepts, as the machine's own `can` answers there
 * (tests/session/flowHandle.test.ts compares the two for every kind of event).
 */
const ACCEPTED_AT_START: ReadonlySet<FlowEvent['type']> = new Set(['next', 'review.open', 'restart']);

/** The machine's first state, written out: all the start page reads of it. */
export function firstSnapshot(input: FlowInput): FlowSnapshot {
  const snapshot = {
    value: 'start',
    context: initialContext(input.answers),
    status: 'active',
    can: (event: FlowEvent) => ACCEPTED_AT_START.has(event.type),
  };
  return snapshot as unknown as FlowSnapshot;
}

const tell = (observer: Observer, snapshot: FlowSnapshot) => (typeof observer === 'function' ? observer(snapshot) : observer.next?.(snapshot));

export class FlowHandle {
  private running: RunningFlow | null = null;
  private readonly first: FlowSnapshot;
  /** Taps made before the machine arrived, and what waits to use the machine itself. */
  private readonly waiting: FlowEvent[] = [];
  private readonly onReady: (() => void)[] = [];
  private readonly observers = new Set<Observer>();
  private readonly watchers = new Set<() => void>();
  private loading: Promise<void> | null = null;
  /** Why the machine could not be fetched, while a tap waits for it. */
  problem: unknown = null;

  constructor(
    private readonly input: FlowInput,
    private readonly load: () => Promise<FlowRuntime>,
    loaded?: FlowRuntime,
  ) {
    this.first = firstSnapshot(input);
    if (loaded) this.begin(loaded);
  }

  /** Whether a tap, or something else, waits for the machine. */
  private get wanted(): boolean {
    return !this.running && (this.waiting.length > 0 || this.onReady.length > 0);
  }

  /** Asks for the machine, unless it is here or on its way. Resolves once it has arrived or failed. */
  fetch = (): Promise<void> => {
    if (this.running) return Promise.resolve();
    this.loading ??= this.load().then(
      (runtime) => {
        this.loading = null;
        this.begin(runtime);
      },
      (error: unknown) => {
        this.loading = null;
        if (this.wanted) this.problem = error;
        this.changed();
      },
    );
    return this.loading;
  };

  /** "Try again" after the machine could not be fetched. */
  retry = (): Promise<void> => {
    this.problem = null;
    return this.fetch();
  };

  send = (event: FlowEvent): void => {
    if (this.running) return this.running.send(event);
    this.waiting.push(event);
    this.changed();
    void this.fetch();
  };

  /** Runs `use` with the machine itself, now if it is here, or once it has arrived. */
  whenReady = (use: (flow: RunningFlow) => void): void => {
    if (this.running) return use(this.running);
    this.onReady.push(() => use(this.running!));
    this.changed();
    void this.fetch();
  };

  getSnapshot = (): FlowSnapshot => this.running?.getSnapshot() ?? this.first;

  subscribe = (observer: Observer): { unsubscribe: () => void } => {
    this.observers.add(observer);
    return { unsubscribe: () => void this.observers.delete(observer) };
  };

  /** For the page: called when `problem` may have changed. */
  watch = (listener: () => void): (() => void) => {
    this.watchers.add(listener);
    return () => void this.watchers.delete(listener);
  };

  private begin(runtime: FlowRuntime) {
    const running = runtime.startFlow(this.input);
    this.running = running;
    this.problem = null;
    running.subscribe({
      next: (snapshot) => this.observers.forEach((observer) => tell(observer, snapshot)),
      error: (error) => this.observers.forEach((observer) => typeof observer !== 'function' && observer.error?.(error)),
    });
    for (const event of this.waiting.splice(0)) running.send(event);
    for (const use of this.onReady.splice(0)) use();
    // The machine's own first state replaces the written-out one, if no tap has moved it yet.
    this.observers.forEach((observer) => tell(observer, running.getSnapshot()));
    this.changed();
  }

  private changed() {
    this.watchers.forEach((listener) => listener());
  }
}
