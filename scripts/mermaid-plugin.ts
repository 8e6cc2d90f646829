/**
 * Sätteri (Astro 7's Markdown processor) plugin: replaces ```mermaid code blocks with the SVG
 * drawn at build time, or, when the build has no Chromium, with the source in a <pre> that
 * the browser renders lazily (public/js/mermaid-fallback.js), saying so on the page.
 *
 * The source shown under the diagram (and the one the browser fallback reads) is exactly the
 * block's text. In MDX, raw HTML is parsed again as JSX text: smart punctuation turns `--` into
 * an en dash and each line loses its indentation. So in MDX the source goes in as a JSX
 * element whose `children` is a string attribute, which nothing rewrites; in Markdown, raw
 * HTML is copied verbatim and escaping `&`, `<` and `>` is enough.
 */
import { defineMdastPlugin, type MdastNode } from 'satteri';
import { renderMermaid } from './mermaid-render.ts';

const BASE = (process.env.ITSCM_BASE || '/').replace(/\/?$/, '/');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });

/** An MDX JSX element; `text`, when given, is its exact text content. */
const jsx = (
  name: string,
  attributes: Record<string, string>,
  children: MdastNode[] = [],
  text?: string,
): MdastNode =>
  ({
    type: 'mdxJsxFlowElement',
    name,
    attributes: [
      ...Object.entries(attributes).map(([k, v]) => attr(k, v)),
      ...(text === undefined ? [] : [attr('children', text)]),
    ],
    children,
  }) as unknown as MdastNode;

const FALLBACK_NOTE =
  'This diagram is drawn in your browser because the site was built without Chromium; without JavaScript its source is shown.';

export const mermaidPlugin = defineMdastPlugin({
  name: 'itscm-mermaid',
  async code(node, ctx) {
    if (node.lang !== 'mermaid') return;
    const source = node.value;
    const mdx = ctx.sourceFormat === 'mdx';
    const svg = await renderMermaid(source);
    if (svg) {
      const figure = `<figure class="chart mermaid-diagram">${svg}<figcaption class="visually-hidden">Diagram; its source follows.</figcaption></figure>`;
      if (!mdx) {
        ctx.replaceNode(node, {
          rawHtml: `${figure}<details class="alt"><summary>Diagram source</summary><pre><code>${escape(source)}</code></pre></details>`,
        });
        return;
      }
      ctx.insertBefore(node, { rawHtml: figure });
      ctx.replaceNode(
        node,
        jsx('details', { class: 'alt' }, [
          jsx('summary', {}, [{ type: 'text', value: 'Diagram source' } as MdastNode]),
          jsx('pre', {}, [jsx('code', {}, [], source)]),
        ]),
      );
      return;
    }
    const script = `<script type="module" src="${BASE}js/mermaid-fallback.js"></script>`;
    if (!mdx) {
      ctx.replaceNode(node, {
        rawHtml: `<figure class="chart mermaid-fallback"><pre class="mermaid">${escape(source)}</pre><figcaption class="note">${FALLBACK_NOTE}</figcaption></figure>${script}`,
      });
      return;
    }
    ctx.insertAfter(node, { rawHtml: script });
    ctx.replaceNode(
      node,
      jsx('figure', { class: 'chart mermaid-fallback' }, [
        jsx('pre', { class: 'mermaid' }, [], source),
        jsx('figcaption', { class: 'note' }, [{ type: 'text', value: FALLBACK_NOTE } as MdastNode]),
      ]),
    );
  },
});
