// Search page: loads Pagefind only when someone searches (first input, focus or submit), then
// shows results ten at a time, each with its kind, tier, status, owner and review state
// (Pagefind metadata), a button fetching the next ten. Filters map to the data-pagefind-filter
// facets. Pagefind runs on the page rather than in its web worker: the worker is 12 KB more to
// fetch on a phone, and a search of a short query takes milliseconds.
const form = document.getElementById('search-form');
const statusLine = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
const PAGE = 10;
// The results of the search on screen, and how many of them are shown.
let current = [];
let shownCount = 0;
let pagefind;
// True when the second bundle (everything but plans, teams, guides, policies and locations)
// could not be reached: offline, when only the core bundle was kept on this device.
let coreOnly = false;

// The core bundle first; the rest merged in when it answers (a probe of its entry file, so an
// unreachable bundle never breaks the search of the core).
function load() {
  pagefind ??= (async () => {
    const pf = await import(`${form.dataset.pagefind}pagefind.js`);
    await pf.options({ noWorker: true });
    const rest = form.dataset.pagefindMore;
    try {
      const probe = await fetch(`${rest}pagefind-entry.json`);
      if (!probe.ok) throw new Error(String(probe.status));
      await pf.mergeIndex(rest);
    } catch {
      coreOnly = true;
    }
    return pf;
  })();
  return pagefind;
}

function text(tag, value, className) {
  const el = document.createElement(tag);
  el.textContent = value;
  if (className) el.className = className;
  return el;
}

async function run() {
  const data = new FormData(form);
  const q = String(data.get('q') ?? '').trim();
  const filters = {};
  for (const key of ['kind', 'tier', 'owner', 'status'])
    if (data.get(key)) filters[key] = String(data.get(key));
  const url = new URL(location.href);
  url.searchParams.set('q', q);
  history.replaceState(null, '', url);
  if (!q && Object.keys(filters).length === 0) {
    current = [];
    list.replaceChildren();
    more.hidden = true;
    statusLine.textContent = '';
    return;
  }
  statusLine.textContent = 'Searching…';
  const pf = await load();
  const search = await pf.debouncedSearch(q || null, { filters }, 200);
  if (search === null) return;
  current = search.results;
  shownCount = 0;
  list.replaceChildren();
  await showMore();
}

function resultItem(r) {
  const li = document.createElement('li');
  const a = text('a', r.meta.title ?? r.url);
  a.href = r.url;
  const { kind, tier, status, owner, review } = r.meta;
  const facets = [kind, tier, status, owner && `owned by ${owner}`, review];
  const meta = text('div', facets.filter(Boolean).join(' · '), 'meta');
  const excerpt = document.createElement('p');
  // Pagefind's excerpt marks matches with <mark>; everything else in it is escaped text.
  for (const part of r.excerpt.split(/(<mark>.*?<\/mark>)/)) {
    excerpt.append(
      part.startsWith('<mark>')
        ? text('mark', part.slice(6, -7))
        : document.createTextNode(
            part
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&quot;/g, '"')
              .replace(/&#39;/g, "'")
              .replace(/&amp;/g, '&'),
          ),
    );
  }
  li.append(a, meta, excerpt);
  return li;
}

// The next ten results of the current search: their excerpts are fetched only now.
async function showMore() {
  const results = current;
  // One page at a time: a second click while this one loads would fetch the same ten.
  more.disabled = true;
  const next = await Promise.all(results.slice(shownCount, shownCount + PAGE).map((r) => r.data()));
  if (results !== current) return;
  list.append(...next.map(resultItem));
  shownCount += next.length;
  const n = results.length;
  statusLine.textContent =
    `${n} result${n === 1 ? '' : 's'}${n > shownCount ? `, first ${shownCount} shown` : ''}.` +
    (coreOnly
      ? ' Only plans, teams, guides, policies and locations are searched: the rest of the index is not on this device.'
      : '');
  more.hidden = shownCount >= n;
  more.disabled = false;
  more.textContent = `Show ${Math.min(PAGE, n - shownCount)} more`;
}

const input = document.getElementById('search-q');
input.value = new URLSearchParams(location.search).get('q') ?? '';
form.addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
form.addEventListener('input', () => run());
input.addEventListener('focus', () => load(), { once: true });
more.addEventListener('click', () => showMore());
if (input.value) run();
