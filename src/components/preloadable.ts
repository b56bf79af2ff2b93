import { createElement, lazy, type ComponentType } from 'react';

/**
 * A page loaded after the first one. `preload()` fetches it in the background (the app calls it
 * just after the first page is drawn); once it has arrived it renders at once, with no moment
 * without a heading. Until then it renders like React.lazy, and a failed fetch is asked for again
 * the next time it is drawn, so a dropped connection never loses the answers.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const fetch = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  let lazyPage = lazy(() => fetch().then((component) => ({ default: component })));
  function Page(props: P) {
    if (loaded) return createElement(loaded, props);
    return createElement(lazyPage, props);
  }
  /** Fetches the page in the background; resolves when it has arrived (or could not be fetched). */
  Page.preload = (): Promise<void> =>
    fetch().then(
      () => undefined,
      () => {
        lazyPage = lazy(() => fetch().then((component) => ({ default: component })));
      },
    );
  return Page;
}
