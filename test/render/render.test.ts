import { describe, it, expect } from 'vitest';
import {
  toBoxLines,
  toSvgDiagram,
  toMermaid,
  type DiagramNode,
  type DiagramEdge,
} from '../../src/lib/render/diagram.ts';
import { layoutLayers } from '../../src/lib/render/layered-layout.ts';
import { toSvgTimeline } from '../../src/lib/render/timeline.ts';
import { wrapLabel } from '../../src/lib/render/wrap-label.ts';
import { toUniqueLabels } from '../../src/lib/render/unique-labels.ts';
import { toSvgHeatMap } from '../../src/lib/render/heatmap.ts';
import { escapeXml } from '../../src/lib/render/escape.ts';

//   web (T1) -> db (T2, inversion) ; web ..soft..> cache
const nodes: DiagramNode[] = [
  {
    key: 'services/web',
    label: 'Web shop',
    layer: 0,
    href: '/services/web/',
    tier: 1,
    focus: true,
    kind: 'services',
  },
  {
    key: 'services/db',
    label: 'Ledger <db> & "co"',
    layer: 1,
    href: '/services/db/',
    tier: 2,
    inversion: true,
    kind: 'services',
  },
  { key: 'services/cache', label: 'Cache', layer: 1, href: '/services/cache/', kind: 'services' },
];
const edges: DiagramEdge[] = [
  { from: 'services/web', to: 'services/db', type: 'hard', bottleneck: true },
  { from: 'services/web', to: 'services/cache', type: 'soft' },
];

describe('escapeXml', () => {
  it('escapes the five characters that can break out of text or attributes', () => {
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });
});

describe('layoutLayers', () => {
  it('puts each layer on its own row, top to bottom, without overlaps', () => {
    const l = layoutLayers(
      nodes.map((n) => ({ id: n.key, lines: [n.label], layer: n.layer })),
      edges,
    );
    const y = Object.fromEntries(l.nodes.map((n) => [n.id, n.y]));
    expect(y['services/web']).toBeLessThan(y['services/db']);
    expect(y['services/db']).toBe(y['services/cache']);
    const row = l.nodes.filter((n) => n.layer === 1).sort((a, b) => a.x - b.x);
    expect(row[0].x + row[0].width).toBeLessThan(row[1].x);
  });
  it('is deterministic', () => {
    const input = nodes.map((n) => ({ id: n.key, lines: [n.label], layer: n.layer }));
    expect(layoutLayers(input, edges)).toEqual(
      layoutLayers([...input].reverse(), [...edges].reverse()),
    );
  });
  it('sizes each box to its lines: the longest sets the width, their number the height', () => {
    const l = layoutLayers(
      [
        { id: 'a', lines: ['Virtualisation cluster', '(DC North)'], layer: 0 },
        { id: 'b', lines: ['Web'], layer: 0 },
      ],
      [],
    );
    const [a, b] = [...l.nodes].sort((p, q) => (p.id < q.id ? -1 : 1));
    expect(a.width).toBeGreaterThan(b.width);
    expect(a.width).toBeGreaterThanOrEqual('Virtualisation cluster'.length * 7);
    expect(a.height).toBe(b.height + 16);
    // Boxes of one row share its middle.
    expect(a.y + a.height / 2).toBe(b.y + b.height / 2);
  });
});

describe('toSvgDiagram', () => {
  const svg = toSvgDiagram('Dependencies of <Web>', nodes, edges);
  it('links every node to its page and escapes every label', () => {
    expect(svg).toContain(
      '<a href="/services/db/" class="node services tier-2 inversion" data-key="services/db">',
    );
    expect(svg).toContain('Ledger &lt;db&gt; &amp; &quot;co&quot;');
    expect(svg).not.toContain('<db>');
    expect(svg).toContain('<title id="d-title">Dependencies of &lt;Web&gt;</title>');
  });
  it('marks hard, soft and bottleneck edges and gives the tier as text', () => {
    expect(svg).toMatch(/class="edge hard bottleneck"/);
    expect(svg).toMatch(/class="edge soft"/);
    expect(svg).toMatch(/<tspan [^>]*>T1 Web shop<\/tspan>/);
  });
});

describe('toSvgDiagram with long and shared titles', () => {
  //   app --> vc-north, app --> vc-south: two clusters with one title and a long one
  const title = 'Virtualisation cluster (DC North and DC South, primary)';
  const twins: DiagramNode[] = [
    { key: 'services/app', label: 'App', layer: 0, href: '/a/', kind: 'services' },
    { key: 'services/vc-north', label: title, layer: 1, href: '/n/', tier: 1, kind: 'services' },
    { key: 'services/vc-south', label: title, layer: 1, href: '/s/', tier: 1, kind: 'services' },
  ];
  const svg = toSvgDiagram('Twins', twins, []);
  const texts = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    [...m[1].matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => t[1]).join(' '),
  );

  it('shows every label whole, wrapped onto lines instead of cut', () => {
    expect(svg).not.toContain('…');
    expect(texts).toContain(`T1 ${title} (vc-north)`);
    expect(toBoxLines(twins).get('services/vc-north')!.length).toBeGreaterThan(1);
  });

  it('never shows two records with the same text', () => {
    expect(new Set(texts).size).toBe(twins.length);
  });

  it('writes the node data as data- attributes for the filters', () => {
    const one = toSvgDiagram('One', [{ ...twins[0], data: { owner: 'ops "x"' } }], []);
    expect(one).toContain('data-key="services/app" data-owner="ops &quot;x&quot;"');
  });
});

describe('wrapLabel', () => {
  it('breaks between words and keeps a word longer than a line whole, on a line of its own', () => {
    expect(wrapLabel('T1 Virtualisation cluster (DC North)', 22)).toEqual([
      'T1 Virtualisation',
      'cluster (DC North)',
    ]);
    expect(wrapLabel('Supercalifragilisticexpialidocious API', 10)).toEqual([
      'Supercalifragilisticexpialidocious',
      'API',
    ]);
    expect(wrapLabel('  ')).toEqual(['']);
  });
});

describe('toUniqueLabels', () => {
  it('adds the id to a title several records share, and the key where the id repeats too', () => {
    const labels = toUniqueLabels([
      { key: 'services/a', label: 'Same' },
      { key: 'services/b', label: 'Same' },
      { key: 'bia/b', label: 'Same' },
      { key: 'services/c', label: 'Other' },
    ]);
    expect([...labels.values()]).toEqual([
      'Same (a)',
      'Same (services/b)',
      'Same (bia/b)',
      'Other',
    ]);
  });
});

describe('toMermaid', () => {
  it('writes a flowchart with tiers, hard, soft and thick bottleneck arrows, odd characters as entity codes', () => {
    expect(toMermaid(nodes, edges)).toMatchInlineSnapshot(`
      "flowchart TB
        services_web["T1 Web shop"]
        services_cache["Cache"]
        services_db["T2 Ledger #60;db#62; #38; #34;co#34;"]
        services_web ==> services_db
        services_web -.-> services_cache
        classDef tier1 stroke:#b3261e,stroke-width:3px
        class services_web tier1
        classDef tier2 stroke:#b35c00,stroke-width:2px
        class services_db tier2
        classDef focus stroke-width:4px
        class services_web focus
        classDef inversion stroke-dasharray:6 3
        class services_db inversion"
    `);
  });
});

describe('toSvgTimeline', () => {
  it('draws a bar per row, marks late rows in words, and says unknown instead of NaN', () => {
    const svg = toSvgTimeline('Recovery', [
      { label: 'DB', href: '/db/', start: 0, end: 120, target: 60 },
      { label: 'Web', href: '/web/', start: 120, end: 150, target: 240 },
      { label: 'Cache', href: '/cache/' },
    ]);
    expect(svg.match(/class="bar late"/g)).toHaveLength(1);
    expect(svg.match(/✕ late/g)).toHaveLength(1);
    expect(svg).toContain('>unknown<');
    expect(svg).not.toContain('NaN');
  });

  it('puts axis ticks on round durations', () => {
    const labels = (end: number) =>
      [
        ...toSvgTimeline('T', [{ label: 'A', href: '/a/', start: 0, end }]).matchAll(
          /text-anchor="middle">([^<]*)</g,
        ),
      ].map((m) => m[1]);
    expect(labels(600)).toEqual(['0m', '2h', '4h', '6h', '8h', '10h']);
    expect(labels(3000)).toEqual(['0m', '8h', '16h', '1d', '1d 8h', '1d 16h', '2d', '2d 8h']);
    expect(labels(45)).toEqual(['0m', '10m', '20m', '30m', '40m', '50m', '1h']);
  });

  it('uses a logarithmic axis with labelled round ticks when most bars are short and one is three days', () => {
    const svg = toSvgTimeline('T', [
      { label: 'A', start: 0, end: 30 },
      { label: 'B', start: 30, end: 60 },
      { label: 'C', start: 60, end: 90 },
      { label: 'D', start: 90, end: 4320 },
    ]);
    expect(svg).toContain('class="timeline log"');
    expect([...svg.matchAll(/text-anchor="middle">([^<]*)</g)].map((m) => m[1])).toEqual([
      '5m',
      '15m',
      '1h',
      '4h',
      '12h',
      '1d',
      '3d',
    ]);
    // The 30-minute bar is wider than a pixel-thin sliver: at least a tenth of the axis.
    const a = /<rect class="bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(svg)!;
    expect(Number(a[1]) + Number(a[2])).toBeGreaterThan(260 + 70);
  });

  it('wraps a long label onto more lines instead of cutting it', () => {
    const label = 'Customer relationship management platform (primary region)';
    expect(wrapLabel(label)).toEqual([
      'Customer relationship',
      'management platform (primary',
      'region)',
    ]);
    const svg = toSvgTimeline('T', [{ label, start: 0, end: 60 }]);
    expect(svg).toContain('<tspan x="4" dy="15">region)</tspan>');
    expect(svg).not.toContain('…');
  });
});

describe('toSvgHeatMap', () => {
  it('writes the count in every cell and draws the appetite boundary', () => {
    const cells = [];
    for (let impact = 5; impact >= 1; impact--)
      for (let likelihood = 1; likelihood <= 5; likelihood++)
        cells.push({
          likelihood,
          impact,
          score: likelihood * impact,
          riskIds: likelihood === 5 && impact === 5 ? ['a', 'b'] : [],
          count: likelihood === 5 && impact === 5 ? 2 : 0,
        });
    const svg = toSvgHeatMap('Residual', { cells }, 9);
    expect(svg.match(/<rect/g)).toHaveLength(25);
    expect(svg).toContain('class="count">2<');
    expect(svg.match(/class="cell (above|far-above)"/g)).toHaveLength(
      cells.filter((c) => c.score > 9).length,
    );
    expect(svg.match(/class="cell far-above"/g)).toHaveLength(
      cells.filter((c) => c.score >= 18).length,
    );
    expect(svg).toMatch(/class="appetite" d="M/);
    expect(svg).not.toContain('<a ');
  });

  it('links each cell with risks, and only those, when given a link', () => {
    const cells = [];
    for (let impact = 5; impact >= 1; impact--)
      for (let likelihood = 1; likelihood <= 5; likelihood++) {
        const count = likelihood === impact ? 1 : 0;
        cells.push({ likelihood, impact, score: likelihood * impact, riskIds: [], count });
      }
    const svg = toSvgHeatMap('Residual', { cells }, 9, (c) => `#c-${c.likelihood}-${c.impact}`);
    expect([...svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '#c-5-5',
      '#c-4-4',
      '#c-3-3',
      '#c-2-2',
      '#c-1-1',
    ]);
    // Each cell has one title: a link's (its name and tooltip), else its square's.
    expect(svg.match(/<title>/g)).toHaveLength(25);
    expect(svg).toContain(
      '<a href="#c-5-5"><title>Likelihood 5, impact 5: score 25, far above appetite, 1 risk: list them</title>',
    );
    expect(svg).not.toContain('aria-label=');
  });
});
