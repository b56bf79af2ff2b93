/*
 * Service worker: keeps a copy of the app (every script, style and language) so a person who loses
 * signal can finish. Pages are fetched from the network first, so nobody is kept on an old
 * version while online; the copy is only used when the network fails. Only this site's own files
 * are cached: no answers, nothing personal.
 */
const CACHE = 'nhs-charges-__VERSION__';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('nhs-charges-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(() =>
        caches
          .match(request, { ignoreSearch: true, ignoreVary: true })
          .then((hit) => hit || caches.match(new URL('index.html', request.url).href))
          .then((hit) => hit || caches.match(new URL('index.html', self.registration.scope).href)),
      ),
    );
    return;
  }
  // ignoreVary: module scripts are requested in CORS mode, and a server's 'Vary: Origin' must not hide the copy.
  event.respondWith(caches.match(request, { ignoreVary: true }).then((hit) => hit || fetch(request)));
});
