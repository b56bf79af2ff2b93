/** Where a person is in the flow, as saved progress and case files keep it. Needs no machine. */
import type { Answers, StepId } from '../questions/steps';
import type { FlowContext } from './context';

export interface SavedPath {
  answers: Answers;
  /** The steps visited, in order, ending with the step to return to. */
  path: StepId[];
}

/** The path to save: the steps visited and the current one. */
export function currentPath(snapshot: { value: unknown; context: FlowContext }): SavedPath {
  const current = snapshot.value as StepId;
  const { answers, history, returnTo } = snapshot.context;
  const here = current === 'review' && returnTo ? returnTo : current;
  return { answers, path: [...history, here] };
}
