// Progressive enhancement for tables marked data-sortable: sortable column headers (buttons,
// so keyboard users can sort) and the filter form beside the table. Without JavaScript the
// table is complete and already ranked.
for (const table of document.querySelectorAll('table[data-sortable]')) {
  const body = table.tBodies[0];
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, col) => {
    if (!th.dataset.sort) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      const dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', dir);
      const value = (row) => {
        const cell = row.cells[col];
        const v = cell.dataset.value ?? cell.textContent.trim();
        return th.dataset.sort === 'number' ? (v === '' ? Infinity : Number(v)) : v.toLowerCase();
      };
      const rows = [...body.rows].sort((a, b) => {
        const x = value(a),
          y = value(b);
        const c = x < y ? -1 : x > y ? 1 : 0;
        return dir === 'ascending' ? c : -c;
      });
      body.append(...rows);
    });
  });
  const form = document.querySelector(`form[data-table-filter="${table.id}"]`);
  if (!form) continue;
  form.hidden = false;
  const output = form.querySelector('output');
  const apply = () => {
    const f = new FormData(form);
    let shown = 0;
    for (const row of body.rows) {
      const text = String(f.get('text') ?? '').toLowerCase();
      const ok =
        (!text || row.textContent.toLowerCase().includes(text)) &&
        [...f.entries()].every(([k, v]) => k === 'text' || !v || row.dataset[k] === v);
      row.hidden = !ok;
      if (ok) shown++;
    }
    if (output) output.textContent = `${shown} of ${body.rows.length} shown`;
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
}
