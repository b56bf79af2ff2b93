/**
 * The running flow, shared by every screen through React context: `Flow.Provider`,
 * `Flow.useActorRef()` and `Flow.useSelector()`, as @xstate/react's createActorContext gives, but
 * with the machine fetched after the start page is drawn (flowHandle.ts, issue 22).
 */
import { createContext, createElement, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useSelector as useActorSelector } from '@xstate/react';
import type { Actor } from 'xstate';
import type { flowMachine } from '../flow/machine';
import { FlowHandle, type FlowInput, type FlowSnapshot } from './flowHandle';

type Runtime = typeof import('./flowRuntime');
let runtime: Runtime | undefined;
let fetching: Promise<Runtime> | undefined;

/** Fetches the machine (once; again after a failure). The tests call it before drawing the app. */
export function loadFlowRuntime(): Promise<Runtime> {
  fetching ??= import('./flowRuntime').then(
    (module) => (runtime = module),
    (error: unknown) => {
      fetching = undefined;
      throw error;
    },
  );
  return fetching;
}

/** The machine's module if it has arrived: for what cannot wait a moment for it. */
export const flowRuntimeIfLoaded = (): Runtime | undefined => runtime;

const Context = createContext<FlowHandle | null>(null);

function Provider({ input, children }: { input: FlowInput; children: ReactNode }) {
  const [flow] = useState(() => new FlowHandle(input, loadFlowRuntime, runtime));
  // Asked for as soon as the first page is drawn: every later page needs it.
  useEffect(() => void flow.fetch(), [flow]);
  return createElement(Context.Provider, { value: flow }, children);
}

function useActorRef(): FlowHandle {
  const flow = useContext(Context);
  if (!flow) throw new Error('The flow is used outside Flow.Provider');
  return flow;
}

function useSelector<T>(selector: (snapshot: FlowSnapshot) => T, compare?: (a: T, b: T) => boolean): T {
  // The handle has the actor's getSnapshot and subscribe, which is all useSelector asks of it.
  return useActorSelector(useActorRef() as unknown as Actor<typeof flowMachine>, selector, compare);
}

/** Why the machine could not be fetched while a tap waits for it, or null. */
function useLoadProblem(): unknown {
  const flow = useActorRef();
  const problem = () => flow.problem;
  return useSyncExternalStore(flow.watch, problem, problem);
}

export const Flow = { Provider, useActorRef, useSelector, useLoadProblem };

/** Texts for "someone I support" use the i18next context "supporter" (keys ending _supporter). */
export function usePersonContext(): { context?: 'supporter' } {
  const audience = Flow.useSelector((s) => s.context.answers.audience);
  return audience === 'supporter' ? { context: 'supporter' } : {};
}
