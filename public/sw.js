// Offline copy that fits a phone. The site works without this worker.
//
// What it keeps, in one cache per site version ("itscm-<version>", from offline-manifest.json,
// written at build time by scripts/astro-offline.ts):
// - on install, the shell (CSS and scripts, favicon, the 404, home, search and /offline/ pages)
//   and the search core (the pagefind/ bundle): a first visit costs that and nothing more;
// - every page the reader opens and every file it uses, as it is fetched;
// - the packs the reader chose with a "Keep ... offline" button. The page script
//   (js/keep-offline.js) does that fetching itself, into this same cache, so it can show
//   progress and failures without messages to and fro; its requests carry "?itscm-keep" and
//   this worker lets them through untouched. What was chosen is a small JSON record stored in
//   the cache under offline/kept.json, an address the server never serves.
//
// Pages come from the network when it answers (and are stored), else from the copy; a page not
// in the copy gets the 404 page marked "not kept" (data-not-kept on <html>). Other files come
// from the copy first: within a version they cannot change.
//
// On a new version, install keeps the new shell and search core, then refreshes what the reader
// had: the chosen packs (their lists as the new version has them) and every page still on the
// site (a page the new version no longer has is dropped; one the network cannot fetch now is
// carried over from the old copy rather than lost). Activate then deletes the older caches.
//
// The build writes the site's version into VERSION below (scripts/astro-offline.ts), so a new
// version of the site is a new worker: the browser installs it on the next visit online.
const VERSION = 'unbuilt';
const scope = self.registration.scope;
const at = (path) => new URL(path, scope).href;
const MANIFEST = at('offline-manifest.json');
const RECORD = at('offline/kept.json');
const PREFIX = 'itscm-';
const KEEP_PARAM = 'itscm-keep';
// Ignores Vary: a server may send Vary: Origin (astro preview does), and module scripts are
// requested with an Origin header that the cached copy was not, so honouring it misses them.
const LOOKUP = { ignoreSearch: true, ignoreVary: true };

const withoutSearch = (href) => {
  const u = new URL(href);
  u.search = '';
  u.hash = '';
  return u.href;
};
const isPage = (href) => /\/$|\.html$/.test(new URL(href).pathname);

const NAME = `${PREFIX}${VERSION}`;
const currentCache = () => caches.open(NAME);

/** Runs `work` over `items`, `width` at a time. */
async function pool(items, width, work) {
  const queue = [...items];
  const run = async () => {
    while (queue.length) await work(queue.shift());
  };
  await Promise.all(Array.from({ length: width }, run));
}

/** Keeps `response` for `href` when it is a whole, direct, same-site answer. */
async function store(cache, href, response) {
  if (
    cache &&
    response.ok &&
    response.status === 200 &&
    response.type === 'basic' &&
    !response.redirected
  )
    await cache.put(withoutSearch(href), response);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const res = await fetch(MANIFEST, { cache: 'no-store' });
      const manifest = await res.clone().json();
      // Half a deployment (a new worker, an old manifest, or the reverse): try again later.
      if (manifest.version !== VERSION) throw new Error(`offline-manifest.json is not ${VERSION}`);
      const older = (await caches.keys()).filter((k) => k.startsWith(PREFIX) && k !== NAME);
      const cache = await caches.open(NAME);
      const core = [...manifest.shell, ...manifest.search].map(at);
      for (let i = 0; i < core.length; i += 25)
        await cache.addAll(core.slice(i, i + 25).map((u) => new Request(u, { cache: 'no-cache' })));
      await cache.put(MANIFEST, res);
      if (older.length) {
        try {
          await refresh(await caches.open(older[older.length - 1]), cache, manifest, new Set(core));
        } catch {
          // The new shell stands; what could not be refreshed is fetched again when opened.
        }
      }
      await self.skipWaiting();
    })(),
  );
});

/** Brings what the reader kept in `old` into `cache`, as the new version has it. */
async function refresh(old, cache, manifest, core) {
  const kept = (await cache.match(RECORD)) ?? (await old.match(RECORD));
  const record = kept ? await kept.json() : { packs: {} };
  const wanted = new Set();
  const today = new Date().toISOString().slice(0, 10);
  for (const id of Object.keys(record.packs)) {
    const list = at(id === 'all' ? manifest.all : `${manifest.packs}${id}.json`);
    try {
      const r = await fetch(list, { cache: 'no-store' });
      if (r.status === 404 || r.status === 410) {
        delete record.packs[id];
        continue;
      }
      if (!r.ok) continue;
      const pack = await r.clone().json();
      await cache.put(list, r);
      const files = pack.pages ?? pack.files;
      for (const f of files) wanted.add(at(f));
      record.packs[id] = { ...record.packs[id], date: today, pages: files.length };
    } catch {
      // Offline now: its pages are carried over below, with the old copy's date.
      const r = await old.match(list);
      if (r) await cache.put(list, r);
    }
  }
  for (const request of await old.keys()) {
    const href = withoutSearch(request.url);
    if (isPage(href)) wanted.add(href);
  }
  await pool(
    [...wanted].filter((href) => !core.has(href)),
    6,
    async (href) => {
      try {
        const r = await fetch(href, { cache: 'no-cache' });
        if (r.ok && !r.redirected) return await store(cache, href, r);
        if (r.status === 404 || r.status === 410) return;
      } catch {
        // Carried over below.
      }
      const previous = await old.match(href, LOOKUP);
      if (previous) await cache.put(href, previous);
    },
  );
  await cache.put(
    RECORD,
    new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }),
  );
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(PREFIX) && name !== NAME) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** The 404 page, marked as the page that stands in for one not kept on this device. */
async function notKept() {
  const page = await caches.match(at('404.html'), LOOKUP);
  if (!page) return Response.error();
  const html = (await page.text()).replace('<html', '<html data-not-kept');
  return new Response(html, {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

/**
 * A kept page served because the network failed, marked as the offline copy: the page then says
 * so whatever the browser believes about being online (navigator.onLine stays true on a network
 * that answers nothing, and in some browsers' offline emulation).
 */
async function offlineCopy(hit) {
  if (!(hit.headers.get('content-type') ?? '').includes('text/html')) return hit;
  const html = (await hit.text()).replace('<html', '<html data-offline-copy');
  return new Response(html, { status: hit.status, headers: hit.headers });
}

async function fromCache(request) {
  const hit = await caches.match(request, LOOKUP);
  if (hit) return request.mode === 'navigate' ? offlineCopy(hit) : hit;
  return request.mode === 'navigate' ? notKept() : Response.error();
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  // The page script keeping a pack fetches and stores by itself.
  if (new URL(request.url).searchParams.has(KEEP_PARAM)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).then(
        (response) => {
          const copy = response.clone();
          event.waitUntil(currentCache().then((c) => store(c, request.url, copy)));
          return response;
        },
        () => fromCache(request),
      ),
    );
    return;
  }
  event.respondWith(
    caches
      .match(request, LOOKUP)
      .then(
        (hit) =>
          hit ??
          fetch(request).then((response) => {
            const copy = response.clone();
            if (request.url !== RECORD)
              event.waitUntil(currentCache().then((c) => store(c, request.url, copy)));
            return response;
          }),
      )
      .catch(() => fromCache(request)),
  );
});
