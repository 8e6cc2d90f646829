// Only on sites built without Chromium: draws <pre class="mermaid"> blocks in the browser,
// loading the mermaid bundle shipped with the site when the first diagram comes into view.
const blocks = [...document.querySelectorAll('pre.mermaid')];
const base = new URL('../', import.meta.url);
let loading;
const load = () =>
  (loading ??= new Promise((ok, fail) => {
    const s = document.createElement('script');
    s.src = new URL('vendor/mermaid.min.js', base).href;
    s.onload = ok;
    s.onerror = fail;
    document.head.append(s);
  }));
const observer = new IntersectionObserver(async (entries) => {
  const visible = entries.filter((e) => e.isIntersecting).map((e) => e.target);
  if (!visible.length) return;
  visible.forEach((el) => observer.unobserve(el));
  await load();
  window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  await window.mermaid.run({ nodes: visible });
});
blocks.forEach((b) => observer.observe(b));
