/**
 * The start page is drawn before the flow's machine has arrived (issue 22). These tests hold the
 * written-out first state to the machine's own, and check that a tap made before the machine
 * arrives is neither lost nor done twice, and that a machine that cannot be fetched is said.
 */
import { describe, expect, it } from 'vitest';
import type { FlowEvent } from '../../src/flow/context';
import { FlowHandle, firstSnapshot, type FlowRuntime } from '../../src/session/flowHandle';
import * as runtime from '../../src/session/flowRuntime';

/** A fetch the test settles itself. */
function deferredLoad() {
  const calls: { resolve: (r: FlowRuntime) => void; reject: (e: unknown) => void }[] = [];
  const load = () => new Promise<FlowRuntime>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// One event of every kind the flow takes.
const EVENTS: FlowEvent[] = [
  { type: 'answer', step: 'audience', value: 'self' },
  { type: 'next' },
  { type: 'back' },
  { type: 'review.open', from: 'start' },
  { type: 'review.close' },
  { type: 'change', step: 'audience' },
  { type: 'restart' },
];

describe('the first state, written out for the start page', () => {
  it.each([{}, { answers: { region: 'scotland' } }] as const)('is the machine’s own first state (input %j)', (input) => {
    const real = runtime.startFlow(input).getSnapshot();
    const written = firstSnapshot(input);
    expect(written.value).toBe(real.value);
    expect(written.context).toEqual(real.context);
    for (const event of EVENTS) expect([event.type, written.can(event)]).toEqual([event.type, real.can(event)]);
  });
});

describe('a tap before the machine has arrived', () => {
  it('is kept, and done in order when the machine arrives', async () => {
    const { load, calls } = deferredLoad();
    const flow = new FlowHandle({}, load);
    const seen: unknown[] = [];
    flow.subscribe((snapshot) => seen.push(snapshot.value));
    flow.fetch();
    flow.send({ type: 'next' });
    flow.send({ type: 'answer', step: 'audience', value: 'self' });
    expect(flow.getSnapshot().value).toBe('start');
    expect(calls).toHaveLength(1);
    calls[0].resolve(runtime);
    await settle();
    expect(flow.getSnapshot().value).toBe('nation');
    expect(flow.getSnapshot().context.history).toEqual(['start', 'audience']);
    expect(seen.at(-1)).toBe('nation');
    // Done once: one more Continue is the only move.
    flow.send({ type: 'back' });
    expect(flow.getSnapshot().value).toBe('audience');
  });

  it('is done at once when the machine is already here', () => {
    const flow = new FlowHandle({}, () => Promise.reject(new Error('not asked')), runtime);
    flow.send({ type: 'next' });
    expect(flow.getSnapshot().value).toBe('audience');
  });

  it('whenReady waits for the machine itself', async () => {
    const { load, calls } = deferredLoad();
    const flow = new FlowHandle({}, load);
    const values: unknown[] = [];
    flow.whenReady((running) => values.push(running.getSnapshot().value));
    expect(values).toEqual([]);
    calls[0].resolve(runtime);
    await settle();
    expect(values).toEqual(['start']);
  });
});

describe('a machine that cannot be fetched', () => {
  it('is said only while a tap waits for it, and fetched again on Try again', async () => {
    const { load, calls } = deferredLoad();
    const flow = new FlowHandle({}, load);
    let told = 0;
    flow.watch(() => told++);
    // Failing in the background, with no tap waiting, troubles nobody...
    flow.fetch();
    calls[0].reject(new Error('Failed to fetch dynamically imported module'));
    await settle();
    expect(flow.problem).toBeNull();
    // ...but the next tap asks again, and a second failure is said.
    flow.send({ type: 'next' });
    expect(calls).toHaveLength(2);
    calls[1].reject(new Error('Failed to fetch dynamically imported module'));
    await settle();
    expect(String(flow.problem)).toMatch(/dynamically imported module/);
    expect(told).toBeGreaterThan(0);
    // Try again: asked for once more, and the tap that waited is done.
    const retried = flow.retry();
    expect(flow.problem).toBeNull();
    calls[2].resolve(runtime);
    await retried;
    expect(flow.problem).toBeNull();
    expect(flow.getSnapshot().value).toBe('audience');
  });
});
