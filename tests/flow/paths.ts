/**
 * The machine's paths, from xstate/graph.
 *
 * A node is a step plus the answers that can still change where the flow goes: before the outcome,
 * every Check answer; from the outcome on, only what the later guards read (the outcome, whether
 * the person is undocumented, the nation, the bill and the treatment date). getAdjacencyMap walks
 * every answer at every node, so every reachable situation is visited. A *path* is then a distinct
 * sequence of steps from the start to signposting; each comes with one witness: real answers that
 * take the real machine along it.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import { getAdjacencyMap, type AdjacencyValue } from 'xstate/graph';
import { answersOnPath, type FlowEvent } from '../../src/flow/context';
import { flowMachine } from '../../src/flow/machine';
import { STEPS, type StepId } from '../../src/questions/steps';
import { decide, isUndocumented } from '../../src/rules';
import { eventsAt } from './events';

type Snap = SnapshotFrom<typeof flowMachine>;

export function routingKey(snapshot: Snap): string {
  const step = snapshot.value as StepId;
  const answers = answersOnPath(snapshot.context.answers, snapshot.context.history);
  if (STEPS[step].phase === 'check' && step !== 'result') {
    const { audience: _audience, ...check } = answers;
    return JSON.stringify([step, check]);
  }
  const outcome = decide(answers).outcome;
  return JSON.stringify([step, outcome, isUndocumented(answers), answers.nation, answers.bill, answers.treatmentDate]);
}

export const adjacency = getAdjacencyMap(flowMachine, { events: eventsAt, serializeState: routingKey }) as unknown as Record<
  string,
  AdjacencyValue<Snap, FlowEvent>
>;

export interface StepPath {
  steps: StepId[];
  events: FlowEvent[];
  /** The state reached by replaying the events through a fresh actor of the real machine. */
  state: Snap;
  /** The steps that replay actually passed through (equal to steps when the node key is exact). */
  replayed: StepId[];
}

function replay(events: FlowEvent[]): { state: Snap; replayed: StepId[] } {
  const actor = createActor(flowMachine, { input: {} }).start();
  const replayed = [actor.getSnapshot().value as StepId];
  for (const event of events) {
    actor.send(event);
    replayed.push(actor.getSnapshot().value as StepId);
  }
  return { state: actor.getSnapshot(), replayed };
}

/** Every distinct sequence of steps from the start to a step with no way on, each with a witness. */
export function distinctPaths(): StepPath[] {
  const found = new Map<string, StepPath>();
  const seen = new Set<string>();
  const walk = (key: string, steps: StepId[], events: FlowEvent[]) => {
    // Two nodes with the same key and the same steps so far have the same futures.
    const memo = `${key}|${steps.join('>')}`;
    if (seen.has(memo)) return;
    seen.add(memo);
    const node = adjacency[key]!;
    const next = Object.values(node.transitions);
    if (next.length === 0) {
      const id = steps.join('>');
      if (!found.has(id)) found.set(id, { steps, events, ...replay(events) });
      return;
    }
    for (const { event, state } of next) {
      walk(routingKey(state), [...steps, state.value as StepId], [...events, event]);
    }
  };
  const start = Object.keys(adjacency)[0]!;
  walk(start, [adjacency[start]!.state.value as StepId], []);
  return [...found.values()];
}
