import { createElement, lazy, type ComponentType } from 'react';

/** How to ask again for each page whose file failed to arrive. */
const failedPages = new Set<() => void>();

/**
 * React.lazy, but a failed load is not remembered for ever: after forgetFailedLoads() the page's
 * file is asked for again the next time it is drawn. React.lazy alone would keep the failure
 * until the page is reloaded, which loses the answers.
 *
 * `preload()` fetches the page in the background (the app does so just after the first page is
 * drawn); once it has arrived, the page renders at once, with no moment without a heading.
 */
export function reloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const fetchPage = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        failedPages.add(refresh);
        throw error;
      },
    ));
  const make = () => lazy(() => fetchPage().then((component) => ({ default: component })));
  let current = make();
  const refresh = () => {
    current = make();
  };
  function ReloadablePage(props: P) {
    return createElement(loaded ?? current, props);
  }
  /** Resolves when the page has arrived, or could not be fetched (it is then asked for again when drawn). */
  ReloadablePage.preload = (): Promise<void> =>
    fetchPage().then(
      () => undefined,
      () => undefined,
    );
  return ReloadablePage;
}

/** "Try again", or leaving the page that failed: the next drawing of a failed page fetches it anew. */
export function forgetFailedLoads() {
  for (const refresh of failedPages) refresh();
  failedPages.clear();
}
