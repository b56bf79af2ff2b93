import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Where quick exit goes: a neutral site, set at build time with VITE_EXIT_URL. */
export const EXIT_URL: string = import.meta.env.VITE_EXIT_URL || 'https://www.bbc.co.uk/weather';

/** Shift pressed three times within this many milliseconds also exits, as on GOV.UK. */
const SHIFT_WINDOW_MS = 1000;

/**
 * "Exit this page": clears the answers, then replaces this page in the history with a neutral
 * site, so Back does not return to the guide.
 */
export function QuickExit({ onExit }: { onExit: () => void }) {
  const { t } = useTranslation('common');

  useEffect(() => {
    let presses: number[] = [];
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Shift' || e.repeat) return;
      const now = e.timeStamp;
      presses = [...presses.filter((p) => now - p < SHIFT_WINDOW_MS), now];
      if (presses.length >= 3) onExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onExit]);

  return (
    <div className="quick-exit">
      <button type="button" className="quick-exit__button" onClick={onExit} aria-describedby="quick-exit-hint">
        {t('quickExit.button')}
      </button>
      <span id="quick-exit-hint" className="visually-hidden">
        {t('quickExit.hint')}
      </span>
    </div>
  );
}

/**
 * Clears the answers, then leaves. Inside a partner's frame it takes the whole window away where
 * the browser allows it, and otherwise at least the frame; replace() keeps Back from returning.
 */
export function leaveNow(clear: () => void): void {
  clear();
  // Nothing of the answers may survive in the page the browser keeps for its Back button: empty
  // it now, and if the browser brings it back anyway, load the guide afresh.
  document.body.replaceChildren();
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) window.location.reload();
  });
  if (window.top && window.top !== window) {
    try {
      window.top.location.replace(EXIT_URL);
    } catch {
      // A sandboxed or cross-origin parent may refuse: the frame still leaves below.
    }
  }
  window.location.replace(EXIT_URL);
}
