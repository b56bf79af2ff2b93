import { useCallback, useEffect, useRef, useState } from 'react';
import { Flow } from '../session/flowActor';
import { HistorySync, isFramed } from '../session/historySync';

/**
 * Lets the phone's own Back and Forward buttons step through the questions, as a person expects,
 * instead of leaving the guide and losing everything (see historySync.ts). It also holds which
 * page, if any, is open over the flow, because opening one is a step in the browser's history too.
 * Returns that page and the way to open or close one.
 */
export function useBrowserHistory<P extends string>(): [P | null, (page: P | null) => void] {
  const actor = Flow.useActorRef();
  const [page, setPageState] = useState<P | null>(null);
  // Read by the sync at once, before React has drawn the change.
  const current = useRef<P | null>(null);
  const sync = useRef<HistorySync | null>(null);

  const setPage = useCallback((next: P | null) => {
    current.current = next;
    setPageState(next);
    sync.current?.follow();
  }, []);

  useEffect(() => {
    if (isFramed()) return;
    const fromBrowser = (next: string | null) => {
      current.current = next as P | null;
      setPageState(next as P | null);
    };
    const running = new HistorySync(actor, () => current.current, fromBrowser);
    sync.current = running;
    const stop = running.start();
    return () => {
      stop();
      sync.current = null;
    };
  }, [actor]);

  return [page, setPage];
}
