import { useEffect, useRef } from 'react';
import { Flow } from './flowActor';

/**
 * Lets the phone's own Back button step back through the questions, as a person expects, instead
 * of leaving the guide and losing everything. Each step forward adds a history entry with the same
 * address (answers never go into the address); going back in the browser sends "back" to the flow.
 */
export function useBrowserHistory(): { back: () => void } {
  const actor = Flow.useActorRef();
  const depth = Flow.useSelector((s) => s.context.history.length);
  const shown = useRef(depth);

  useEffect(() => {
    if (depth > shown.current) window.history.pushState({ nhsStep: depth }, '');
    else if (depth < shown.current && (window.history.state?.nhsStep ?? 0) !== depth) window.history.replaceState({ nhsStep: depth }, '');
    shown.current = depth;
  }, [depth]);

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const target = typeof event.state?.nhsStep === 'number' ? event.state.nhsStep : 0;
      const current = actor.getSnapshot().context.history.length;
      // Go back to the entry's step; an entry left over from an earlier path counts as one step.
      const steps = target < current ? current - target : 1;
      for (let i = 0; i < steps && actor.getSnapshot().can({ type: 'back' }); i++) actor.send({ type: 'back' });
      shown.current = actor.getSnapshot().context.history.length;
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [actor]);

  return {
    back: () => {
      // In step with the browser: let it go back, so its history and the flow stay together.
      if (window.history.state?.nhsStep === actor.getSnapshot().context.history.length && depth > 0) window.history.back();
      else actor.send({ type: 'back' });
    },
  };
}
