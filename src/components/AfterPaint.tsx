import { useDeferredValue, type ReactNode } from 'react';

/**
 * Parts of a page below its first screen, drawn just after the page's first paint (issue 22):
 * the tap that opens the page draws the heading and what a phone shows first, then React draws
 * these in the background, in slices that let the phone answer the next tap. Nothing is left out:
 * they follow within a frame or two. (React's useDeferredValue with an initial value: the first
 * render gets `false`, and a deferred render follows at once with `true`.)
 */
export function AfterPaint({ children }: { children: ReactNode }) {
  const ready = useDeferredValue(true, false);
  return ready ? children : null;
}
