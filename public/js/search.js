// Search page: loads Pagefind only when someone searches (first input, focus or submit), then
// shows results with their kind, tier, status, owner and review state (Pagefind metadata).
// Filters map to the data-pagefind-filter facets.
const form = document.getElementById('search-form');
const statusLine = document.getElementById('search-status');
const list = document.getElementById('search-results');
let pagefind;
// True when the second bundle (everything but plans, teams, guides, policies and locations)
// could not be reached: offline, when only the core bundle was kept on this device.
let coreOnly = false;

// The core bundle first; the rest merged in when it answers (a probe of its entry file, so an
// unreachable bundle never breaks the search of the core).
function load() {
  pagefind ??= (async () => {
    const pf = await import(`${form.dataset.pagefind}pagefind.js`);
    const more = form.dataset.pagefindMore;
    try {
      const probe = await fetch(`${more}pagefind-entry.json`);
      if (!probe.ok) throw new Error(String(probe.status));
      await pf.mergeIndex(more);
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
    list.replaceChildren();
    statusLine.textContent = '';
    return;
  }
  statusLine.textContent = 'Searching…';
  const pf = await load();
  const search = await pf.debouncedSearch(q || null, { filters }, 200);
  if (search === null) return;
  const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  list.replaceChildren(
    ...results.map((r) => {
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
    }),
  );
  statusLine.textContent =
    `${search.results.length} result${search.results.length === 1 ? '' : 's'}${search.results.length > 30 ? ' (first 30 shown)' : ''}.` +
    (coreOnly
      ? ' Only plans, teams, guides, policies and locations are searched: the rest of the index is not on this device.'
      : '');
}

const input = document.getElementById('search-q');
input.value = new URLSearchParams(location.search).get('q') ?? '';
form.addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
form.addEventListener('input', () => run());
input.addEventListener('focus', () => load(), { once: true });
if (input.value) run();
