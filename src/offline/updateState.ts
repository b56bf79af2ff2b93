/**
 * Whether a newer version of the guide is ready, for the one-line notice (UpdateNotice), and the
 * person's choice to reload into it. The service worker's side is in serviceWorker.ts, which is
 * loaded only after the guide has started.
 */

let ready = false;
let reloading = false;
let waitingWorker: () => ServiceWorker | null = () => null;
const listeners = new Set<() => void>();

/** For useSyncExternalStore. */
export const updateReady = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => ready,
};

export function announceUpdate() {
  ready = true;
  for (const listener of listeners) listener();
}

/** Tells this module where to find the worker of the newer version, once registered. */
export function findWaitingWorkerWith(find: () => ServiceWorker | null) {
  waitingWorker = find;
}

/** True once the person chose to reload: the new worker's taking over then reloads the page. */
export const reloadingForUpdate = () => reloading;

/** The person chose to reload: let the waiting worker take over, then load the new version. */
export function reloadToUpdate() {
  reloading = true;
  const waiting = waitingWorker();
  if (!waiting) return window.location.reload();
  waiting.postMessage({ type: 'skip-waiting' });
  // If the worker does not take over quickly, reload anyway: the new page asks the network first.
  setTimeout(() => window.location.reload(), 3000);
}
