// magnesium-calculator-sw.js: lets widget.html, the calculator on a page of
// its own, work without a network once it has been opened. Registered only
// by widget.html in a top-level tab (widget-frame.js), never by the loader on
// a writer's page. It touches only the folder's own files below.
//
// Updates: the build puts a hash of these files in VERSION, so a new build
// is a new service worker and a new cache; the old cache is deleted when the
// new worker takes over. Requests go to the network first (a new build is
// used as soon as it is online) and to the cache when the network fails.
const VERSION = '__VERSION__';
const CACHE = `magnesium-calculator-${VERSION}`;
// The files kept for offline use, from the one list of shipped files
// (xtask/src/shipped.rs), written by the build.
const FILES = "__FILES__";
const folder = new URL('./', self.location.href);
const ours = (url) => url.origin === folder.origin && FILES.some((f) => url.pathname === new URL(f, folder).pathname);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(new URL(f, folder), { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((k) => k.startsWith('magnesium-calculator-') && k !== CACHE)
        .map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !ours(url)) return;
  // One cache entry per file, whatever the query (widget.html?lang=de).
  const key = new URL(url.pathname, url.origin).href;
  event.respondWith(
    fetch(event.request).then(
      (response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
        }
        return response;
      },
      () => caches.match(key).then((cached) => cached || Response.error()),
    ),
  );
});
