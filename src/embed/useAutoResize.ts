import { useEffect, useRef, type RefObject } from 'react';
import { kindForHost, reportedHeight, resizeMessage } from './messages';
import type { StepId } from '../questions/steps';

/**
 * Inside a frame, tells the parent page how tall to make it: the content's height, rounded so that
 * it says nothing about the outcome (see messages.ts). A message goes only when what it says
 * changes, so the host cannot count the steps by their messages either.
 */
export function useAutoResize(root: RefObject<HTMLElement | null>, step: StepId | null, enabled: boolean) {
  // What the parent page was last told, across steps.
  const told = useRef({ height: -1, kind: '' });
  useEffect(() => {
    const element = root.current;
    if (!enabled || !element || window.parent === window || typeof ResizeObserver === 'undefined') return;
    const kind = kindForHost(step);
    const post = () => {
      const height = reportedHeight(element.getBoundingClientRect().height, kind, window.innerWidth);
      if (height === told.current.height && kind === told.current.kind) return;
      told.current = { height, kind };
      // The target is "*" because the app cannot know who embeds it; the message carries nothing private.
      window.parent.postMessage(resizeMessage(height, kind), '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [root, step, enabled]);
}
