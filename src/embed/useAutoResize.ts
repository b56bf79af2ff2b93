import { useEffect, type RefObject } from 'react';
import { kindForHost, resizeMessage } from './messages';
import type { StepId } from '../questions/steps';

/**
 * Inside a frame, tells the parent page the content's height whenever it changes (a new step, a
 * language switch, an opened detail). The message holds the height and the step's kind only.
 */
export function useAutoResize(root: RefObject<HTMLElement | null>, step: StepId | null, enabled: boolean) {
  useEffect(() => {
    const element = root.current;
    if (!enabled || !element || window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const post = (force = false) => {
      const height = element.getBoundingClientRect().height;
      if (!force && Math.ceil(height) === last) return;
      last = Math.ceil(height);
      // The target is "*" because the app cannot know who embeds it; the message carries nothing private.
      window.parent.postMessage(resizeMessage(height, kindForHost(step)), '*');
    };
    const observer = new ResizeObserver(() => post());
    observer.observe(element);
    post(true);
    return () => observer.disconnect();
  }, [root, step, enabled]);
}
