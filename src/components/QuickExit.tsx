import { useEffect, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentIndex, isFramed, stopAllSync } from '../session/historySync';

/** Where quick exit goes: a neutral site, set at build time with VITE_EXIT_URL. */
export const EXIT_URL: string = import.meta.env.VITE_EXIT_URL || 'https://www.bbc.co.uk/weather';

/** Shift pressed three times within this many milliseconds also exits, as on GOV.UK. */
const SHIFT_WINDOW_MS = 1000;

/**
 * "Exit this page": a real link to the neutral site, so it works before the app has started, with
 * scripts off, and offline (the prerendered page carries it). With the app running it first clears
 * the answers, then opens the neutral site in place of the guide, so Back does not return to the
 * answers (see leaveNow).
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

  const leave = (event: MouseEvent<HTMLAnchorElement>) => {
    // A click with a modifier key would open a new tab and leave the guide on screen: leave anyway.
    event.preventDefault();
    onExit();
  };

  return (
    // Outside the page's header, so that it can stay on screen down the whole page; a landmark of
    // its own, so that it is not loose content and can be found from the list of landmarks.
    <aside className="quick-exit" aria-labelledby="quick-exit-link">
      <a id="quick-exit-link" href={EXIT_URL} className="quick-exit__button" rel="noreferrer" onClick={leave} aria-describedby="quick-exit-hint">
        {t('quickExit.button')}
      </a>
      <span id="quick-exit-hint" className="visually-hidden">
        {t('quickExit.hint')}
      </span>
    </aside>
  );
}

/**
 * Clears the answers, then leaves. Inside a partner's frame it takes the whole window away where
 * the browser allows it, and otherwise at least the frame; replace() keeps Back from returning, and
 * the guide added nothing to the partner's history. On its own it first returns to its first
 * history entry, so that opening the neutral site drops every later entry: at most that one entry
 * of the guide is left, and it opens a fresh start page.
 */
export function leaveNow(clear: () => void): void {
  stopAllSync();
  clear();
  // Nothing of the answers may survive in the page the browser keeps for its Back button: empty
  // it now, and if the browser brings it back anyway, load the guide afresh.
  document.body.replaceChildren();
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) window.location.reload();
  });
  if (isFramed()) {
    try {
      window.top?.location.replace(EXIT_URL);
    } catch {
      // A sandboxed or cross-origin parent may refuse: the frame still leaves below.
    }
    window.location.replace(EXIT_URL);
    return;
  }
  void backToFirstEntry().then(() => {
    if (hasLaterEntries()) window.location.assign(EXIT_URL);
    else window.location.replace(EXIT_URL);
  });
}

/** Waits (briefly) until the browser is back on the guide's first entry. */
function backToFirstEntry(): Promise<void> {
  const index = currentIndex();
  if (index === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('popstate', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 500);
    window.addEventListener('popstate', done);
    window.history.go(-index);
  });
}

/** Whether the history holds entries after this one; when the browser will not say, assume so. */
function hasLaterEntries(): boolean {
  const current = typeof navigation === 'undefined' ? null : navigation.currentEntry;
  return current ? current.index < navigation.entries().length - 1 : true;
}
