// Progressive enhancement for tables marked data-sortable: sortable column headers (buttons,
// so keyboard users can sort) and the filter form beside the table. Without JavaScript the
// table is complete (or, when long, one page of it with page links) and already ranked.
//
// A table of several pages names the JSON of every row in data-rows (src/lib/render/table-json.ts).
// It is fetched the first time the reader filters or sorts; the matching rows of every page are
// then built into the table (elements and text nodes only), the pager is hidden, and "N of M
// shown" is said. Clearing the filter (with no column sorted) puts the page's own rows back; on
// such a table a third click on a sorted column stops sorting.

/** At most this many matching rows are built into the table: a filter narrows the rest. */
const MAX_ROWS = 500;
const n = (x) => x.toLocaleString('en');

// The shapes are those of src/lib/render/table-json.ts.
const partText = (p) => (typeof p === 'string' ? p : Array.isArray(p) ? p[0] : (p.sr ?? '') + p.t);
const cellParts = (c) => (typeof c === 'string' ? [c] : typeof c[0] === 'string' ? [c[0]] : c[0]);
const cellValue = (c) => (typeof c === 'string' || !c[1] ? undefined : c[1]);
const cellText = (c) => cellParts(c).map(partText).join('');

/** One cell of rows.json as the page renders it. */
function toCell(c, header) {
  const cell = document.createElement(header ? 'th' : 'td');
  if (header) cell.scope = 'row';
  if (typeof c !== 'string') {
    if (c[1]) cell.dataset.value = c[1];
    if (c[2]) cell.className = c[2];
  }
  for (const p of cellParts(c)) {
    if (typeof p === 'string') {
      cell.append(p);
      continue;
    }
    if (Array.isArray(p)) {
      const a = document.createElement('a');
      a.href = p[1];
      a.textContent = p[0];
      cell.append(a);
      continue;
    }
    const el = document.createElement('span');
    if (p.c) el.className = p.c;
    if (p.ti) el.title = p.ti;
    if (p.sr) {
      const sr = document.createElement('span');
      sr.className = 'visually-hidden';
      sr.textContent = p.sr;
      el.append(sr);
    }
    el.append(p.t);
    cell.append(el);
  }
  return cell;
}

/** One row of rows.json as a table row, with its filter values as data attributes. */
function toRow(json, row) {
  const tr = document.createElement('tr');
  const [data, ...cells] = row;
  json.data.forEach((name, i) => {
    tr.dataset[name] = data[i];
  });
  cells.forEach((c, i) => tr.append(toCell(c, i === json.head)));
  return tr;
}

for (const table of document.querySelectorAll('table[data-sortable]')) {
  const body = table.tBodies[0];
  const headers = [...table.tHead.rows[0].cells];
  const rowsUrl = table.dataset.rows;
  const pageRows = [...body.rows];
  const form = document.querySelector(`form[data-table-filter="${table.id}"]`);
  const output = form?.querySelector('output');
  let sorted; // { col, dir } when a column is sorted
  let json; // the promise of rows.json, fetched once
  let run = 0; // the latest update wins when rows.json arrives late

  const filters = () => {
    const f = form ? new FormData(form) : new FormData();
    const text = String(f.get('text') ?? '').toLowerCase();
    const data = [...f.entries()].filter(([k, v]) => k !== 'text' && v);
    return { text, data, active: Boolean(text) || data.length > 0 };
  };
  const compare = (x, y) => {
    const c = x < y ? -1 : x > y ? 1 : 0;
    return sorted.dir === 'ascending' ? c : -c;
  };
  const sortValue = (v) => {
    const th = headers[sorted.col];
    return th.dataset.sort === 'number' ? (v === '' ? Infinity : Number(v)) : v.toLowerCase();
  };

  // One page only: the rows on the page are every row.
  const updateInPage = (what) => {
    if (what === 'sort') {
      const value = (row) => {
        const cell = row.cells[sorted.col];
        return sortValue(cell.dataset.value ?? cell.textContent.trim());
      };
      body.append(...[...body.rows].sort((a, b) => compare(value(a), value(b))));
      return;
    }
    if (!form) return;
    const { text, data } = filters();
    let shown = 0;
    for (const row of body.rows) {
      const ok =
        (!text || row.textContent.toLowerCase().includes(text)) &&
        data.every(([k, v]) => row.dataset[k] === v);
      row.hidden = !ok;
      if (ok) shown++;
    }
    if (output) output.textContent = `${shown} of ${body.rows.length} shown`;
  };

  // Several pages: filter and sort every row of rows.json.
  const paging = document.querySelectorAll('nav.pager, .page-range');
  const updateAcrossPages = async () => {
    const mine = ++run;
    const { text, data, active } = filters();
    if (!active && !sorted) {
      body.replaceChildren(...pageRows);
      paging.forEach((el) => (el.hidden = false));
      if (output) output.textContent = '';
      return;
    }
    json ??= fetch(rowsUrl).then((r) => {
      if (!r.ok) throw new Error(`${rowsUrl}: ${r.status}`);
      return r.json();
    });
    let all;
    try {
      all = await json;
    } catch {
      json = undefined;
      if (output) output.textContent = 'The other pages could not be loaded: filtering this page.';
      return;
    }
    if (mine !== run) return;
    const index = Object.fromEntries(all.data.map((name, i) => [name, i]));
    let rows = all.rows.filter(
      ([values, ...cells]) =>
        data.every(([k, v]) => values[index[k]] === v) &&
        (!text || cells.map(cellText).join(' ').toLowerCase().includes(text)),
    );
    if (sorted) {
      const value = (row) => {
        const c = row[sorted.col + 1];
        return sortValue(cellValue(c) ?? cellText(c).trim());
      };
      rows = rows
        .map((row) => [value(row), row])
        .sort((a, b) => compare(a[0], b[0]))
        .map(([, row]) => row);
    }
    const built = rows.slice(0, MAX_ROWS);
    body.replaceChildren(...built.map((row) => toRow(all, row)));
    paging.forEach((el) => (el.hidden = true));
    if (output)
      output.textContent =
        built.length < rows.length
          ? `the first ${n(built.length)} of ${n(rows.length)} matching shown (of ${n(all.rows.length)}): narrow the filter for the rest`
          : `${n(rows.length)} of ${n(all.rows.length)} shown`;
  };
  const update = rowsUrl ? updateAcrossPages : updateInPage;

  headers.forEach((th, col) => {
    if (!th.dataset.sort) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const was = th.getAttribute('aria-sort');
      const dir =
        was === 'ascending' ? 'descending' : was === 'descending' && rowsUrl ? 'none' : 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      if (dir === 'none') sorted = undefined;
      else {
        th.setAttribute('aria-sort', dir);
        sorted = { col, dir };
      }
      update('sort');
    });
  });
  if (!form) continue;
  // What was typed or chosen before this script ran (or kept by the browser on going back).
  if (filters().active) update('filter');
  form.addEventListener('input', () => update('filter'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update('filter');
  });
}
