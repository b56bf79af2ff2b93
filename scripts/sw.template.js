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
/**
 * Every language's prerendered start page (about 3 KB each, gzipped): copied once the page that
 * registered this worker is idle, so that a shared link in any language opens offline.
 */
const PAGES = __PAGES__;
const KEEP_OLDER = 2;
const LISTED = new Set([...FILES, ...PAGES, ...Object.values(LATER).flat()].map((file) => new URL(file, self.registration.scope).href));

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
  // The page is idle: copy every language's start page.
  else if (data.type === 'keep-start-pages') {
    event.waitUntil(caches.open(CACHE).then((cache) => keepMissing(cache, PAGES)).catch(() => {}));
  }
  // A page asks whether this version is the one it runs: then there is no newer version to offer.
  else if (data.type === 'has-file' && event.ports[0]) event.ports[0].postMessage(LISTED.has(data.url));
  // Offline, a page asks whether a language's texts are here before it requests them (no request
  // that can only fail, and no network error in its console).
  else if (data.type === 'has-texts' && event.ports[0] && typeof data.language === 'string' && typeof data.namespace === 'string') {
    const port = event.ports[0];
    const file = [...LISTED].find((url) => url.includes(`/assets/locale-${data.language}-${data.namespace}-`));
    event.waitUntil((file ? fromCopies(file) : Promise.resolve(undefined)).then((hit) => port.postMessage(!!hit), () => port.postMessage(false)));
  }
});

/** Copies the files not already held: a page the person opened is not fetched twice. */
async function keepMissing(cache, files) {
  for (const file of files) {
    if (!(await fromCopies(new URL(file, self.registration.scope).href))) await cache.add(file).catch(() => {});
  }
}

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
    event.respondWith(fetch(request).catch(() => offlinePage(request)));
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

/**
 * Offline, a page: its own copy (a language's start page, dist/<code>/index.html), or else the
 * guide's start page at the guide's own address, where its relative paths work (served at another
 * folder's address, they would point into that folder, and no script would run). A language's
 * folder keeps its language (?lang=), and the address keeps its other parameters (embed=1...).
 */
async function offlinePage(request) {
  const url = new URL(request.url);
  const own = (await fromCopies(request, { ignoreSearch: true })) || (await fromCopies(new URL('index.html', url).href, { ignoreSearch: true }));
  if (own) return own;
  const scope = new URL(self.registration.scope);
  if (url.pathname === scope.pathname) return Response.error();
  const folder = url.pathname.slice(scope.pathname.length).split('/')[0];
  const start = new URL(scope.href);
  start.search = url.search;
  if (Object.hasOwn(LATER, folder) && folder && !start.searchParams.has('lang')) start.searchParams.set('lang', folder);
  return Response.redirect(start.href, 302);
}
