/**
 * Puts a running flow back where a saved case or saved progress left it, by replaying the steps
 * through the real machine: every answer is checked again by the machine's own guards, so a file
 * that does not fit the flow cannot put the app in an impossible state.
 */
import { createActor, type Actor } from 'xstate';
import { flowMachine } from './machine';
import { isQuestion, isStepId, type AnswerValue } from '../questions/steps';
import type { SavedPath } from './savedPath';

/** What a replay needs of the running flow. */
type FlowActor = Pick<Actor<typeof flowMachine>, 'send' | 'getSnapshot'>;

/** Replays the path; returns false (leaving the flow at the start) if any step does not follow. */
export function replayInto(actor: FlowActor, saved: SavedPath): boolean {
  actor.send({ type: 'restart' });
  const answers = saved.answers as Record<string, AnswerValue | undefined>;
  const { path } = saved;
  const follows =
    path[0] === 'start' &&
    path.slice(0, -1).every((step, i) => {
      if (!isStepId(step) || actor.getSnapshot().value !== step) return false;
      if (isQuestion(step)) {
        const value = answers[step];
        if (value === undefined) return false;
        actor.send({ type: 'answer', step, value });
      } else {
        actor.send({ type: 'next' });
      }
      return actor.getSnapshot().value === path[i + 1];
    });
  if (!follows) actor.send({ type: 'restart' });
  return follows;
}

/** Whether a saved path still fits the flow, tried on a scratch copy so that nothing changes. */
export function fitsFlow(saved: SavedPath): boolean {
  const scratch = createActor(flowMachine, { input: {} }).start();
  const fits = replayInto(scratch, saved);
  scratch.stop();
  return fits;
}

