/**
 * Sätteri (Astro 7's Markdown processor) plugin: replaces ```mermaid code blocks with the SVG
 * drawn at build time, or, when the build has no Chromium, with the source in a <pre> that
 * the browser renders lazily (public/js/mermaid-fallback.js), saying so on the page.
 */
import { defineMdastPlugin } from 'satteri';
import { renderMermaid } from './mermaid-render.ts';

const BASE = (process.env.ITSCM_BASE || '/').replace(/\/?$/, '/');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const mermaidPlugin = defineMdastPlugin({
  name: 'itscm-mermaid',
  async code(node, ctx) {
    if (node.lang !== 'mermaid') return;
    const svg = await renderMermaid(node.value);
    const html = svg
      ? `<figure class="chart mermaid-diagram" data-pagefind-ignore="all">${svg}<figcaption class="visually-hidden">Diagram. Its source:</figcaption><details class="alt"><summary>Diagram source</summary><pre><code>${escape(node.value)}</code></pre></details></figure>`
      : `<figure class="chart mermaid-fallback" data-pagefind-ignore="all"><pre class="mermaid">${escape(node.value)}</pre><figcaption class="note">This diagram is drawn in your browser because the site was built without Chromium; without JavaScript its source is shown.</figcaption></figure><script type="module" src="${BASE}js/mermaid-fallback.js"></script>`;
    ctx.replaceNode(node, { raw: html, mdxExpressions: false });
  },
});
