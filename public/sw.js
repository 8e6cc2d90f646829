// Offline copy: on first visit, keeps every page, asset and the search index (listed in
// offline-manifest.json, written at build time) so the site stays readable and searchable
// with the network off. Pages come from the network when it answers, else from the copy;
// assets come from the copy first. The site works without this worker.
const scope = self.registration.scope;
const MANIFEST = new URL('offline-manifest.json', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const manifest = await (await fetch(MANIFEST, { cache: 'no-store' })).json();
      const cache = await caches.open(`itscm-${manifest.version}`);
      for (let i = 0; i < manifest.files.length; i += 25) {
        await cache.addAll(manifest.files.slice(i, i + 25).map((f) => new URL(f, scope).href));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = (await caches.keys()).sort().pop();
      for (const key of await caches.keys())
        if (key.startsWith('itscm-') && key !== keep) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

// Ignores Vary: a server may send Vary: Origin (astro preview does), and module scripts are
// requested with an Origin header that the cached copy was not, so honouring it misses them.
const LOOKUP = { ignoreSearch: true, ignoreVary: true };

async function fromCache(request) {
  const hit = await caches.match(request, LOOKUP);
  if (hit) return hit;
  if (request.mode === 'navigate')
    return (await caches.match(new URL('404.html', scope).href, LOOKUP)) ?? Response.error();
  return Response.error();
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => fromCache(request)));
  } else {
    event.respondWith(
      caches
        .match(request, LOOKUP)
        .then((hit) => hit ?? fetch(request))
        .catch(() => fromCache(request)),
    );
  }
});
