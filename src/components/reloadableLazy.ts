import { createElement, lazy, type ComponentType } from 'react';

/** How to ask again for each page whose file failed to arrive. */
const failedPages = new Set<() => void>();

/**
 * React.lazy, but a failed load is not remembered for ever: after forgetFailedLoads() the page's
 * file is asked for again the next time it is drawn. React.lazy alone would keep the failure
 * until the page is reloaded, which loses the answers.
 */
export function reloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failedPages.add(refresh);
          throw error;
        },
      ),
    );
  let current = make();
  const refresh = () => {
    current = make();
  };
  return function ReloadablePage(props: P) {
    return createElement(current, props);
  };
}

/** "Try again", or leaving the page that failed: the next drawing of a failed page fetches it anew. */
export function forgetFailedLoads() {
  for (const refresh of failedPages) refresh();
  failedPages.clear();
}
