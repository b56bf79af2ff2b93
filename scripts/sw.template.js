/*
 * Service worker: keeps a copy of the app (every script and style, English, and each other
 * language and font once it has been opened) so a person who loses signal can finish. Only this
 * site's own files are cached: no answers, nothing personal.
 *
 * Updates never break an open page. A new version's worker installs its own copy beside the old
 * one and then waits: it takes over when every page of the old version is closed, or when the
 * person chooses "reload" in the page's notice. Built files have unique names, so a page asks
 * this version's copy first and then any other; an older copy is deleted only when no page is
 * open, or when it is more than KEEP_OLDER versions old. Pages are fetched from the network
 * first, so nobody opening the guide is kept on an old version while online.
 */
const PREFIX = 'nhs-charges-';
const CACHE = PREFIX + '__VERSION__';
const FILES = __FILES__;
/** Other languages' texts and start pages by language code, and fonts under '': copied when opened. */
const LATER = __LATER__;
const KEEP_OLDER = 2;
const LISTED = new Set([...FILES, ...Object.values(LATER).flat()].map((file) => new URL(file, self.registration.scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  // claim(): on a first visit, the page that installed the worker is served offline at once.
  event.waitUntil(self.clients.claim().then(removeOldCopies));
});

async function removeOldCopies() {
  const older = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  // caches.keys() lists the oldest first.
  const unused = open.length === 0 ? older : older.slice(0, Math.max(0, older.length - KEEP_OLDER));
  await Promise.all(unused.map((key) => caches.delete(key)));
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'skip-waiting') self.skipWaiting();
  // The page reads this language: copy its texts and start page now, so it works offline too.
  else if (data.type === 'keep-language' && typeof data.language === 'string' && data.language && Object.hasOwn(LATER, data.language)) {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(LATER[data.language])).catch(() => {}));
  }
  // A page asks whether this version is the one it runs: then there is no newer version to offer.
  else if (data.type === 'has-file' && event.ports[0]) event.ports[0].postMessage(LISTED.has(data.url));
});

// ignoreVary: module scripts are requested in CORS mode, and a server's 'Vary: Origin' must not hide the copy.
function fromCopies(request, options) {
  const match = Object.assign({ ignoreVary: true }, options);
  return caches
    .open(CACHE)
    .then((cache) => cache.match(request, match))
    .then((hit) => hit || caches.match(request, match));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        fromCopies(request, { ignoreSearch: true })
          .then((hit) => hit || fromCopies(new URL('index.html', request.url).href))
          .then((hit) => hit || fromCopies(new URL('index.html', self.registration.scope).href)),
      ),
    );
    return;
  }
  event.respondWith(fromCopies(request).then((hit) => hit || fetchAndKeep(request)));
});

/** A file of this version not copied at install (another language, a font): keep it once fetched. */
function fetchAndKeep(request) {
  return fetch(request).then((response) => {
    if (response.ok && LISTED.has(request.url)) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  });
}
