import { createActor } from 'xstate';
import { expect, test } from 'vitest';
import { flowMachine } from '../../src/flow/machine';
import { replayInto } from '../../src/flow/replay';
import { currentPath } from '../../src/flow/savedPath';
import { drive } from '../support/drive';

const answers = { audience: 'self', nation: 'england', care: 'hospital', cause: 'no', status: 'asylum', asylumStage: 'pending', bill: 'no', act: 'not-now', region: 'bristol' } as const;

test('a saved path replays to the same step with the same answers', () => {
  const { actor } = drive(answers, 'act');
  const saved = currentPath(actor.getSnapshot());
  const fresh = createActor(flowMachine, { input: {} }).start();
  expect(replayInto(fresh, saved)).toBe(true);
  expect(fresh.getSnapshot().value).toBe('act');
  expect(fresh.getSnapshot().context.history).toEqual(actor.getSnapshot().context.history);
  expect(fresh.getSnapshot().context.answers).toEqual(actor.getSnapshot().context.answers);
});

test('a path that does not follow the flow is refused and leaves the start page', () => {
  const fresh = createActor(flowMachine, { input: {} }).start();
  expect(replayInto(fresh, { answers, path: ['start', 'audience', 'nation', 'status'] })).toBe(false);
  expect(fresh.getSnapshot().value).toBe('start');
  expect(fresh.getSnapshot().context.history).toEqual([]);
});

test('an answer the flow does not accept is refused', () => {
  const fresh = createActor(flowMachine, { input: {} }).start();
  const bad = { ...answers, care: 'dentist' } as never;
  expect(replayInto(fresh, { answers: bad, path: ['start', 'audience', 'nation', 'care', 'cause'] })).toBe(false);
  expect(fresh.getSnapshot().value).toBe('start');
});
