import { describe, it, expect, inject, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launch } from './browser.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

/** Every built HTML page of a site. */
function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory()) out.push(...htmlFiles(join(dir, e.name)));
    else if (e.name.endsWith('.html')) out.push(join(dir, e.name));
  return out;
}

/** The text content of HTML text (what a reader selects and what copy.js copies). */
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

interface Shown {
  file: string;
  source: string;
  /** The box texts and edge count of the SVG drawn next to it (generated diagrams). */
  boxes?: string[];
  edges?: number;
}

/** Every Mermaid source a page shows: generated diagrams' "Mermaid source", guides' "Diagram source". */
function shownSources(dist: string): Shown[] {
  const out: Shown[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(
      /<summary>(Mermaid source|Diagram source)<\/summary><pre><code[^>]*>([\s\S]*?)<\/code><\/pre>/g,
    )) {
      const shown: Shown = { file: file.slice(dist.length), source: unescape(m[2]) };
      if (m[1] === 'Mermaid source') {
        // The diagram drawn on the page just before this source.
        const before = html.slice(0, m.index);
        const svg = before.slice(before.lastIndexOf('<svg class="diagram"'));
        shown.boxes = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)]
          .map((t) =>
            [...t[1].matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((x) => unescape(x[1])).join(' '),
          )
          .sort();
        shown.edges = (svg.match(/<path class="edge /g) ?? []).length;
      }
      out.push(shown);
    }
  }
  return out;
}

describe.skipIf(!CHROMIUM)('the Mermaid source every page shows', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    // Mermaid from this project's own node_modules: no network.
    await page.addScriptTag({
      path: join(PROJECT_ROOT, 'node_modules/mermaid/dist/mermaid.min.js'),
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const sources = () => shownSources(inject('sampleDist'));

  it('is what Mermaid parses, on every page, and draws the same boxes and arrows as the SVG', async () => {
    const all = sources();
    expect(all.filter((s) => s.boxes).length).toBeGreaterThan(200);
    expect(all.filter((s) => !s.boxes).length).toBeGreaterThan(0);
    const unique = [...new Map(all.map((s) => [s.source, s])).values()];
    const parsed = await page.evaluate(
      async (texts: string[]) => {
        interface Mermaid {
          initialize(config: object): void;
          parse(text: string): Promise<unknown>;
          mermaidAPI: {
            getDiagramFromText(text: string): Promise<{
              db: {
                getVertices?: () => Map<string, { text: string }>;
                getEdges: () => unknown[];
              };
            }>;
          };
        }
        const m = (window as unknown as { mermaid: Mermaid }).mermaid;
        m.initialize({ startOnLoad: false, securityLevel: 'strict' });
        const out: { error?: string; texts?: string[]; edges?: number }[] = [];
        for (const text of texts)
          try {
            await m.parse(text);
            const d = await m.mermaidAPI.getDiagramFromText(text);
            const vertices = d.db.getVertices?.();
            out.push(
              vertices
                ? {
                    texts: [...vertices.values()].map((v) => v.text),
                    edges: d.db.getEdges().length,
                  }
                : {},
            );
          } catch (e) {
            out.push({ error: String((e as Error).message ?? e) });
          }
        return out;
      },
      unique.map((s) => s.source),
    );
    const failures = unique
      .map((s, i) => ({ file: s.file, error: parsed[i].error }))
      .filter((f) => f.error);
    expect(failures).toEqual([]);
    const decode = (t: string) =>
      t.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
    unique.forEach((s, i) => {
      if (!s.boxes) return;
      expect(parsed[i].texts!.map(decode).sort(), s.file).toEqual(s.boxes);
      expect(parsed[i].edges, s.file).toBe(s.edges);
    });
  });

  it("shows a guide's diagram source exactly as written in its MDX file", () => {
    const guide = sources().filter(
      (s) => s.file === '/guides/roles-in-a-major-incident/index.html',
    );
    expect(guide).toHaveLength(1);
    const mdx = readFileSync(
      join(PROJECT_ROOT, 'src/content/guides/roles-in-a-major-incident.mdx'),
      'utf8',
    );
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(mdx)![1];
    expect(guide[0].source).toBe(block);
    expect(block).toContain('  B -- one user');
  });
});
