import { useEffect, useRef } from 'react';
import i18next from 'i18next';
import { frameHeight, resizeMessage } from './messages';

/**
 * Inside a frame, tells the parent page how tall to make it: one height that depends only on the
 * frame's width and the language it opened in (see messages.ts), sent when the guide starts and
 * again only when the frame's width changes. Answers, outcomes, pages and the mode change nothing
 * the parent page can see; a page taller than that height scrolls inside the frame.
 */
export function useAutoResize(enabled: boolean) {
  // The language the frame opened in, which the parent page chose: switching language inside the
  // frame sends nothing.
  const language = useRef(i18next.language).current;
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let told = -1;
    const post = () => {
      const height = frameHeight(window.innerWidth, language);
      if (height === told) return;
      told = height;
      // The target is "*" because the app cannot know who embeds it; the message carries nothing private.
      window.parent.postMessage(resizeMessage(height), '*');
    };
    post();
    // Also fired when the parent page sets the frame's height: that changes nothing here.
    window.addEventListener('resize', post);
    return () => window.removeEventListener('resize', post);
  }, [enabled, language]);
}
