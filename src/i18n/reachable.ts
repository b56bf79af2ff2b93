/**
 * Whether a language's texts can be had now. Asked before fetching them, so that a page that is
 * offline does not send requests that can only fail (each one a network error in the console):
 * offline, the service worker says whether it holds a copy (scripts/sw.template.js, "has-texts").
 * Online, or with no worker to ask, or no answer, the answer is yes: try.
 */
export function textsReachable(language: string, namespace: string): Promise<boolean> {
  if (typeof navigator === 'undefined' || navigator.onLine !== false) return Promise.resolve(true);
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return Promise.resolve(true);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(true), 1000);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data !== false);
    };
    worker.postMessage({ type: 'has-texts', language, namespace }, [channel.port2]);
  });
}
