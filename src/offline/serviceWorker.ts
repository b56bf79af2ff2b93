/**
 * Registers the service worker (scripts/sw.template.js) and notices a newer version of the guide.
 * Loaded only after the guide has started: nothing here is needed for the first page.
 *
 * A new version never replaces the files of an open page: its worker waits until every page of
 * the old one is closed, or until the person chooses to reload. Meanwhile the page shows a one-line
 * notice (UpdateNotice). A page that already runs the newer version (opened after it was
 * published) is not told about it: the worker is asked whether it lists this page's own script.
 */
import i18next from 'i18next';
import { personPaused } from '../lib/personPaused';
import { announceUpdate, findWaitingWorkerWith, reloadingForUpdate } from './updateState';

/** Asks the worker to keep a copy of the language being read (the others are not copied). */
function keepLanguage(registration: ServiceWorkerRegistration) {
  const send = (language: string) => (registration.active ?? navigator.serviceWorker.controller)?.postMessage({ type: 'keep-language', language });
  send(i18next.language);
  i18next.on('languageChanged', send);
}

/** Asks a worker whether its version includes this page's script; no answer counts as "no". */
function knowsScript(worker: ServiceWorker, script: string): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(false), 3000);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data === true);
    };
    worker.postMessage({ type: 'has-file', url: script }, [channel.port2]);
  });
}

/**
 * How long the person must have neither touched nor typed before the worker copies anything. The
 * copy (58 files, about 190 KB) competes with the page for the phone's processor. Started as soon
 * as the later pages had arrived, it met the first Continue of someone tapping through quickly
 * (the bench, 4x CPU slowdown: that Continue 97 ms on average, 64 ms when the copy waited for a
 * pause; docs/performance.md). The journey's own pages are already loaded in the open page; the
 * copy is for a reload, the next visit and the advocate's tools when offline, and anyone reading a
 * page pauses this long.
 */
const PAUSE_MS = 1000;

/** Runs `task` once the person has paused and the page is idle. */
function whenPaused(task: () => void) {
  void personPaused(PAUSE_MS).then(task);
}

/** At the person's next pause, asks the worker to copy every language's start page (see sw.template.js). */
function keepStartPages(registration: ServiceWorkerRegistration) {
  whenPaused(() => (registration.active ?? navigator.serviceWorker.controller)?.postMessage({ type: 'keep-start-pages' }));
}

/**
 * `script` is this page's own module script (import.meta.url of the entry). main.tsx calls this
 * once the page is idle and the later pages have arrived; the worker is registered, and copies the
 * app, at the person's next pause; the start pages of the other languages are asked for at the
 * pause after that.
 */
export function registerServiceWorker(script: string) {
  whenPaused(() => register(script));
}

function register(script: string) {
  const workers = navigator.serviceWorker;
  const startedWithWorker = workers.controller !== null;
  const check = async (candidate: ServiceWorker | null) => {
    // With no worker before, this is the first install: there is nothing newer to announce.
    if (candidate && workers.controller && !(await knowsScript(candidate, script))) announceUpdate();
  };

  workers.addEventListener('controllerchange', () => {
    if (reloadingForUpdate()) window.location.reload();
    else if (startedWithWorker) void check(workers.controller);
  });
  // Offline, a page the worker already serves uses its registration as it is: registering again
  // would fetch sw.js, which can only fail (an error in the console) and changes nothing.
  const registration = !navigator.onLine && workers.controller ? workers.getRegistration() : workers.register('./sw.js', { updateViaCache: 'none' });
  registration.then(
    (registered: ServiceWorkerRegistration | undefined) => {
      // (Undefined where service workers are blocked, as in a browser test of a first visit.)
      if (!registered) return;
      findWaitingWorkerWith(() => registered.waiting);
      void navigator.serviceWorker.ready.then((ready) => {
        keepLanguage(ready);
        keepStartPages(ready);
      });
      if (registered.waiting) void check(registered.waiting);
      registered.addEventListener('updatefound', () => {
        const installing = registered.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') void check(installing);
        });
      });
      // A tab left open for days asks for news when the person comes back to it.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && navigator.onLine) registered.update().catch(() => {});
      });
    },
    () => {
      // Offline use is a bonus: the app works without it.
    },
  );
}
