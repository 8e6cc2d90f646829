// The focused dependency view, enhanced: filter checkboxes that dim (or hide) records in the
// diagram and the list, zoom buttons and drag-to-pan for the diagram, and, when a box is
// hovered or focused, its paths to the record in focus highlighted. Without JavaScript the
// page works as it is: the list is complete and the bottleneck path is drawn bold.
const view = document.querySelector('.dependency-view');
const tools = view?.querySelector('.dv-tools');
const svg = view?.querySelector('svg.diagram');
const box = svg?.closest('.diagram-scroll');
if (view && tools && svg && box) {
  const focus = view.dataset.focus;
  const nodes = [...svg.querySelectorAll('a.node')];
  const edges = [...svg.querySelectorAll('path.edge')];
  const entries = [...view.querySelectorAll('li.dv-entry')];
  const status = tools.querySelector('[data-status]');
  const hide = tools.querySelector('.dv-hide');

  // Filters: a record is out when any facet's checked values do not include one of its values.
  const apply = () => {
    const boxes = [...tools.querySelectorAll('input[data-filter]')];
    const allowed = new Map();
    for (const b of boxes) {
      if (!allowed.has(b.dataset.filter)) allowed.set(b.dataset.filter, new Set());
      if (b.checked) allowed.get(b.dataset.filter).add(b.value);
    }
    const isOut = (el) => {
      for (const [name, values] of allowed) {
        const own = (el.dataset[name] ?? '').split(' ').filter(Boolean);
        if (own.length === 0) continue;
        if (!own.some((v) => values.has(v))) return true;
      }
      return false;
    };
    const cls = hide.checked ? 'dv-gone' : 'dv-dim';
    const out = new Set();
    for (const el of [...nodes, ...entries]) {
      const o = isOut(el) && el.dataset.key !== focus;
      el.classList.remove('dv-gone', 'dv-dim');
      if (o) {
        el.classList.add(cls);
        out.add(el.dataset.key);
      }
    }
    for (const e of edges) {
      e.classList.remove('dv-gone', 'dv-dim');
      if (out.has(e.dataset.from) || out.has(e.dataset.to)) e.classList.add(cls);
    }
    if (status)
      status.textContent = out.size
        ? `${out.size} of ${nodes.length} records filtered out (${hide.checked ? 'hidden' : 'dimmed'}).`
        : '';
  };
  tools.addEventListener('change', apply);

  // Zoom: the diagram's drawn size, from a quarter to twice its natural size.
  const natural = { w: svg.width.baseVal.value, h: svg.height.baseVal.value };
  let scale = 1;
  const zoom = (to) => {
    scale = Math.min(2, Math.max(0.25, to));
    svg.setAttribute('width', String(Math.round(natural.w * scale)));
    svg.setAttribute('height', String(Math.round(natural.h * scale)));
  };
  tools.addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-zoom]');
    if (!b) return;
    const z = b.dataset.zoom;
    zoom(z === 'in' ? scale * 1.25 : z === 'out' ? scale / 1.25 : 1);
  });

  // Pan: drag the diagram's background (links still open on a click).
  box.classList.add('dv-pan');
  let drag;
  box.addEventListener('pointerdown', (ev) => {
    if (ev.button !== 0 || ev.target.closest('a')) return;
    drag = { x: ev.clientX, y: ev.clientY, left: box.scrollLeft, top: box.scrollTop };
    box.classList.add('dv-panning');
    box.setPointerCapture(ev.pointerId);
  });
  box.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    box.scrollLeft = drag.left - (ev.clientX - drag.x);
    box.scrollTop = drag.top - (ev.clientY - drag.y);
  });
  const stop = () => {
    drag = undefined;
    box.classList.remove('dv-panning');
  };
  box.addEventListener('pointerup', stop);
  box.addEventListener('pointercancel', stop);

  // Paths between a record and the focus: records reachable from one that reach the other.
  const out = new Map();
  const into = new Map();
  for (const e of edges) {
    const { from, to } = e.dataset;
    if (!out.has(from)) out.set(from, []);
    if (!into.has(to)) into.set(to, []);
    out.get(from).push(to);
    into.get(to).push(from);
  }
  const reach = (start, next) => {
    const seen = new Set([start]);
    const todo = [start];
    while (todo.length)
      for (const w of next.get(todo.pop()) ?? [])
        if (!seen.has(w)) {
          seen.add(w);
          todo.push(w);
        }
    return seen;
  };
  const between = (a, b) => {
    const s = new Set();
    const down = reach(a, out);
    const up = reach(b, into);
    for (const k of down) if (up.has(k)) s.add(k);
    return s;
  };
  const trace = (key) => {
    const onA = between(focus, key);
    const onB = between(key, focus);
    const on = (k) => (onA.has(k) && onA.size > 1) || (onB.has(k) && onB.size > 1);
    svg.classList.add('dv-tracing');
    for (const n of nodes) n.classList.toggle('dv-on-path', on(n.dataset.key));
    for (const e of edges) {
      const { from, to } = e.dataset;
      const hit = (onA.has(from) && onA.has(to)) || (onB.has(from) && onB.has(to));
      e.classList.toggle('dv-on-path', hit && (onA.size > 1 || onB.size > 1));
    }
  };
  const untrace = () => {
    svg.classList.remove('dv-tracing');
    for (const el of [...nodes, ...edges]) el.classList.remove('dv-on-path');
  };
  for (const n of nodes) {
    n.addEventListener('mouseenter', () => trace(n.dataset.key));
    n.addEventListener('focus', () => trace(n.dataset.key));
    n.addEventListener('mouseleave', untrace);
    n.addEventListener('blur', untrace);
  }
}
