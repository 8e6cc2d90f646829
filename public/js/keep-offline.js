// "Keep offline" buttons (team and plan pages, and "Keep everything" on /offline/) and the list of
// what this device keeps (/offline/). Without JavaScript, or in a browser without a service
// worker, the sections stay hidden and the /offline/ page explains what a copy needs.
//
// This script does the keeping itself, into the cache the offline worker (sw.js) reads: it
// fetches the pack's list (offline/packs/<kind>-<id>.json, or offline/all.json), then each file
// not kept yet, with "?itscm-keep" so the worker lets the request through, and stores it under
// its plain address. What was chosen is a JSON record in the same cache (offline/kept.json); the
// worker refreshes the chosen packs when the site has a new version. Nothing leaves this site.
const root = new URL('../', import.meta.url);
const at = (path) => new URL(path, root).href;
const RECORD = at('offline/kept.json');
const MANIFEST = at('offline-manifest.json');
const PREFIX = 'itscm-';
const WIDTH = 4;

const supported = 'serviceWorker' in navigator && 'caches' in self;

// The worker's cache: after activation the only itscm- one; while a new version installs, the
// newer (CacheStorage lists caches in the order they were made), which is the one that stays.
async function openCache() {
  const names = (await caches.keys()).filter((k) => k.startsWith(PREFIX));
  return names.length ? caches.open(names[names.length - 1]) : undefined;
}

async function readJson(cache, href) {
  const r = await cache.match(href, { ignoreVary: true });
  return r ? r.json() : undefined;
}

const readRecord = async (cache) => (await readJson(cache, RECORD)) ?? { packs: {} };

function writeRecord(cache, record) {
  return cache.put(
    RECORD,
    new Response(JSON.stringify(record), { headers: { 'content-type': 'application/json' } }),
  );
}

const listHref = (manifest, id) => at(id === 'all' ? manifest.all : `${manifest.packs}${id}.json`);
const filesOf = (list) => (list.pages ?? list.files).map(at);

/** Fetches a file past the worker's copy (the worker lets "?itscm-keep" through). */
function fetchToKeep(href) {
  const u = new URL(href);
  u.searchParams.set('itscm-keep', '1');
  return fetch(u, { cache: 'no-cache' });
}

async function manifestOf(cache) {
  return (await readJson(cache, MANIFEST)) ?? (await (await fetch(MANIFEST)).json());
}

/** Keeps pack `id`; `progress(done, total)` after each file. Resolves to the files that failed. */
async function keepPack(id, progress) {
  const cache = await openCache();
  if (!cache) throw new Error('no offline copy yet');
  const manifest = await manifestOf(cache);
  const href = listHref(manifest, id);
  const res = await fetchToKeep(href);
  if (!res.ok) throw new Error(`${href}: ${res.status}`);
  const list = await res.clone().json();
  await cache.put(href, res);
  const files = filesOf(list);
  let done = 0;
  const failed = [];
  const queue = [...files];
  progress(0, files.length);
  const run = async () => {
    while (queue.length) {
      const file = queue.shift();
      try {
        if (!(await cache.match(file, { ignoreVary: true }))) {
          const r = await fetchToKeep(file);
          if (!r.ok || r.redirected) throw new Error(String(r.status));
          await cache.put(file, r);
        }
      } catch {
        failed.push(file);
      }
      progress(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: WIDTH }, run));
  if (failed.length === 0) {
    const record = await readRecord(cache);
    record.packs[id] = {
      title: list.title ?? 'Everything',
      href: list.pages ? files[0] : at('./'),
      date: new Date().toISOString().slice(0, 10),
      pages: files.length,
    };
    await writeRecord(cache, record);
  }
  return { failed, total: files.length };
}

/** Removes pack `id` (or every pack and visited page when `id` is null); shell and search stay. */
async function removeKept(id) {
  const cache = await openCache();
  if (!cache) return;
  const manifest = await manifestOf(cache);
  const record = await readRecord(cache);
  const stay = new Set([...manifest.shell, ...manifest.search].map(at));
  stay.add(MANIFEST);
  stay.add(RECORD);
  const ids = id === null ? Object.keys(record.packs) : [id];
  for (const other of Object.keys(record.packs)) {
    if (ids.includes(other)) continue;
    const list = await readJson(cache, listHref(manifest, other));
    stay.add(listHref(manifest, other));
    if (list) for (const f of filesOf(list)) stay.add(f);
  }
  let drop;
  if (id === null) {
    drop = (await cache.keys()).map((r) => r.url);
  } else {
    const list = await readJson(cache, listHref(manifest, id));
    drop = [listHref(manifest, id), ...(list ? filesOf(list) : [])];
  }
  for (const href of drop) if (!stay.has(href)) await cache.delete(href, { ignoreVary: true });
  for (const gone of ids) delete record.packs[gone];
  await writeRecord(cache, record);
}

/** Wires one "Keep ... offline" section: [data-keep] with its buttons and status line. */
function wire(section, onChange) {
  const id = section.dataset.keep;
  const start = section.querySelector('[data-keep-start]');
  const remove = section.querySelector('[data-keep-remove]');
  const state = section.querySelector('[data-keep-state]');
  const label = start.textContent;
  const show = async () => {
    const cache = await openCache();
    const kept = cache && (await readRecord(cache)).packs[id];
    start.hidden = Boolean(kept);
    start.disabled = false;
    start.textContent = label;
    remove.hidden = !kept;
    section.dataset.state = kept ? 'kept' : 'idle';
    state.textContent = kept
      ? `Kept on this device: ${count(kept.pages, id === 'all' ? 'file' : 'page')}, copy of ${kept.date}.`
      : '';
  };
  start.addEventListener('click', async () => {
    start.disabled = true;
    section.dataset.state = 'keeping';
    try {
      const { failed, total } = await keepPack(id, (done, all) => {
        state.textContent = `Keeping ${done} of ${all}…`;
      });
      if (failed.length) {
        section.dataset.state = 'failed';
        state.textContent = `Could not keep ${failed.length} of ${total}: no network, or the site did not answer. The rest is kept.`;
        start.textContent = 'Retry';
        start.disabled = false;
      } else await show();
    } catch {
      section.dataset.state = 'failed';
      state.textContent = 'Could not keep it: no network, or the site did not answer.';
      start.textContent = 'Retry';
      start.disabled = false;
    }
    onChange();
  });
  remove.addEventListener('click', async () => {
    remove.disabled = true;
    await removeKept(id);
    remove.disabled = false;
    await show();
    onChange();
  });
  return show;
}

const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const formatBytes = (n) =>
  n >= 1e9
    ? `${(n / 1e9).toFixed(1)} GB`
    : n >= 1e6
      ? `${(n / 1e6).toFixed(1)} MB`
      : `${Math.max(1, Math.round(n / 1e3))} KB`;

/** The /offline/ page's list of what this device keeps. */
async function showDevice(panel) {
  const cache = await openCache();
  if (!cache) return;
  const manifest = await manifestOf(cache);
  const record = await readRecord(cache);
  const keys = (await cache.keys()).map((r) => r.url).filter((u) => u !== RECORD && u !== MANIFEST);
  const pages = keys.filter((u) => /\/$|\.html$/.test(new URL(u).pathname));
  const set = (name, text) => {
    const el = panel.querySelector(`[data-device="${name}"]`);
    if (el) el.textContent = text;
  };
  set('asof', manifest.asOf ?? 'unknown');
  set(
    'pages',
    `${count(pages.length, 'page')} and ${count(keys.length - pages.length, 'other file')}`,
  );
  set(
    'everything',
    `${manifest.everything.files} files, about ${formatBytes(manifest.everything.bytes)} of storage`,
  );
  const estimate = navigator.storage?.estimate ? await navigator.storage.estimate() : undefined;
  set(
    'storage',
    estimate?.usage !== undefined
      ? `${formatBytes(estimate.usage)} used by this site${estimate.quota ? ` (the browser allows ${formatBytes(estimate.quota)})` : ''}`
      : 'this browser does not say',
  );
  const list = panel.querySelector('[data-device="packs"]');
  const ids = Object.keys(record.packs).sort();
  list.replaceChildren(
    ...ids.map((id) => {
      const p = record.packs[id];
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = p.href;
      a.textContent = p.title;
      li.append(a, ` · ${count(p.pages, id === 'all' ? 'file' : 'page')} · copy of ${p.date}`);
      return li;
    }),
  );
  panel.querySelector('[data-device="none"]').hidden = ids.length > 0;
  await listPages(panel, cache, pages);
}

const SHOWN = 200;
const parser = new DOMParser();

/** Links to the first pages kept here, by their titles (read from the copy), A to Z by address. */
async function listPages(panel, cache, pages) {
  const list = panel.querySelector('[data-device="pagelist"]');
  const sorted = pages.filter((u) => !u.endsWith('/404.html')).sort();
  const items = [];
  for (const href of sorted.slice(0, SHOWN)) {
    const r = await cache.match(href, { ignoreVary: true });
    const raw = r ? /<title>([^<]*)<\/title>/.exec(await r.text())?.[1] : undefined;
    const title = raw ? parser.parseFromString(`<title>${raw}</title>`, 'text/html').title : '';
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = href;
    a.textContent = title.split(' · ')[0] || new URL(href).pathname;
    li.append(a);
    items.push(li);
  }
  list.replaceChildren(...items);
  const rest = sorted.length - SHOWN;
  panel.querySelector('[data-device="more"]').textContent =
    rest > 0 ? `And ${count(rest, 'more page')}.` : '';
}

if (supported) {
  const ready = navigator.serviceWorker.ready;
  ready.then(async () => {
    // The worker's install may still be keeping the shell: wait for its cache.
    for (let i = 0; i < 50 && !(await openCache()); i++)
      await new Promise((ok) => setTimeout(ok, 200));
    const panel = document.querySelector('[data-offline-device]');
    const refreshPanel = () => (panel ? showDevice(panel) : Promise.resolve());
    const shows = [...document.querySelectorAll('[data-keep]')].map((s) => wire(s, refreshPanel));
    const refreshAll = async () => {
      for (const show of shows) await show();
      await refreshPanel();
    };
    const clear = document.querySelector('[data-remove-all]');
    clear?.addEventListener('click', async () => {
      clear.disabled = true;
      await removeKept(null);
      clear.disabled = false;
      await refreshAll();
    });
    await refreshAll();
    for (const el of document.querySelectorAll('[data-keep], [data-offline-device]'))
      el.hidden = false;
    for (const el of document.querySelectorAll('[data-offline-needs-js]')) el.hidden = true;
  });
}
