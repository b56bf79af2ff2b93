// Watching interactions in the page with the Event Timing API, the basis of INP: an interaction's
// duration runs from the input (the tap) to the next paint after its handlers have run, so it is
// input delay + processing + presentation. Entries under 16 ms are not reported (the API's floor).

/**
 * Runs in the page before any of its scripts (page.addInitScript). It notes, for every input, the
 * step shown when it happened (the `data-step` of the page that was tapped) and what was tapped,
 * and collects every interaction's Event Timing entries.
 */
export function observeInteractions() {
  const inputs = [];
  const entries = [];
  const describe = (target) => {
    const element = target instanceof Element ? target.closest('button, label, input, a, select') ?? target : null;
    if (!element) return '?';
    if (element.tagName === 'LABEL') return 'choice';
    if (element.tagName === 'INPUT' && element.type !== 'radio' && element.type !== 'checkbox') return 'typing';
    return (element.textContent || element.tagName).trim().replace(/\s+/g, ' ').slice(0, 24);
  };
  for (const type of ['pointerdown', 'keydown']) {
    addEventListener(
      type,
      (event) => {
        const step = document.querySelector('[data-step]')?.getAttribute('data-step') ?? 'prerendered start page';
        inputs.push({ time: event.timeStamp, step, what: describe(event.target) });
      },
      { capture: true },
    );
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      entries.push({
        id: e.interactionId,
        name: e.name,
        start: e.startTime,
        duration: e.duration,
        inputDelay: e.processingStart - e.startTime,
        processing: e.processingEnd - e.processingStart,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // When the app registers its service worker, whose install copies the whole app for offline use
  // (src/offline/serviceWorker.ts): a tap during that copy competes with it, so the report says
  // whether the copy began during the journey, and on which page. Noted only, never changed.
  let worker = null;
  const workers = navigator.serviceWorker;
  if (workers) {
    const register = workers.register.bind(workers);
    workers.register = (...args) => {
      worker ??= { time: performance.now(), step: document.querySelector('[data-step]')?.getAttribute('data-step') ?? '?' };
      return register(...args);
    };
  }
  window.__benchInteractions = () => ({ inputs, entries, worker });
}

/**
 * One row per interaction: its duration (the longest of its events, as INP counts it), the split
 * of that event into input delay, processing and presentation, and the step it happened on.
 */
export function interactionsFrom({ inputs, entries }) {
  const byId = new Map();
  for (const entry of entries) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
  return [...byId.values()].map((events) => {
    const first = Math.min(...events.map((e) => e.start));
    const longest = events.reduce((a, b) => (b.duration > a.duration ? b : a));
    // The input that began it: the last one noted at or before its first event.
    const input = inputs.filter((i) => i.time <= first + 0.5).at(-1) ?? { step: '?', what: '?' };
    return {
      start: first,
      step: input.step,
      what: input.what,
      duration: longest.duration,
      inputDelay: Math.round(longest.inputDelay),
      processing: Math.round(longest.processing),
      presentation: Math.round(longest.duration - longest.inputDelay - longest.processing),
    };
  });
}
