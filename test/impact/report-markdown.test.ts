import { describe, it, expect } from 'vitest';
import { REPORT_LIMIT, toMarkdownReport } from '../../src/lib/impact/report-markdown.ts';
import { code, escapeMarkdown } from '../../src/lib/impact/markdown-text.ts';
import { toMermaidLabel, toImpactMermaid } from '../../src/lib/impact/impact-mermaid.ts';
import { toImpactJson } from '../../src/lib/impact/report-json.ts';
import { ORG, compare, sideOf, svc } from './sides.ts';
import { compareSides } from '../../src/lib/impact/compare.ts';
import type { Rec } from '../helpers.ts';

const HOSTILE =
  'Pay|ments\n<img src=x onerror=alert(1)> @octo-team **b** `x` ``` [l](http://e) $x$ & ~s~';

/** Unescaped "|" in a table line: the cell separators. */
const pipes = (line: string) => line.replace(/\\\|/g, '').split('|').length - 1;

describe('escapeMarkdown', () => {
  it('keeps text literal: no HTML, no emphasis, code, link, table break, math or mention', () => {
    expect(escapeMarkdown(HOSTILE)).toMatchInlineSnapshot(
      `"Pay\\|ments &lt;img src=x onerror=alert(1)&gt; @⁠octo-team \\*\\*b\\*\\* \\\`x\\\` \\\`\\\`\\\` \\[l\\](http://e) \\$x\\$ &amp; \\~s\\~"`,
    );
  });

  it('escapes what would open a block at the start, collapses lines and shortens long text', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('12. done')).toBe('12\\. done');
    expect(escapeMarkdown('a\r\n\tb\u0000c')).toBe('a b c');
    expect(escapeMarkdown('x'.repeat(500))).toHaveLength(120);
  });
});

describe('code', () => {
  it('puts plain keys, paths and refs in a code span and escapes anything a span cannot hold', () => {
    expect(code('services/ledger-db')).toBe('`services/ledger-db`');
    expect(code('HEAD~1')).toBe('`HEAD~1`');
    expect(code('a`b|c')).toBe('a\\`b\\|c');
  });
});

describe('toMermaidLabel', () => {
  it('writes every character that could end the label or the block as an entity code', () => {
    expect(toMermaidLabel('A "quote" <b>#1;</b> ```')).toBe(
      'A #34;quote#34; #60;b#62;#35;1#59;#60;/b#62; #96;#96;#96;',
    );
    expect(toMermaidLabel('Zürich 日本 (eu-central)')).toBe('Zürich 日本 (eu-central)');
  });
});

describe('toMarkdownReport', () => {
  it('leads with the verdict and shows records, figures, warnings, scenarios and the picture', () => {
    const report = toMarkdownReport(compare(ORG(), ORG({ rto: '8h' }, [])));
    expect(report).toMatchInlineSnapshot(`
      "<!-- itscm-impact -->
      ## Continuity impact

      **This change makes 4 targets unreachable, adds 1 RTO inversion and breaks 4 more targets in outage scenarios.**

      Base \`main\` (\`0123456789ab\`) against the working tree, content \`src/content\`, as of 2026-11-25, both analysed with the working tree's code.

      ### Records

      0 added, 0 removed, 1 changed.

      Changed:

      | record | field | before | after |
      | --- | --- | --- | --- |
      | Database (\`services/db\`) | \`rto\` | 1h | 8h |

      ### Recovery figures

      Services and business functions that changed or whose figures moved (4); before → after in bold.

      | record | tier | RTO declared | required | target | achievable | target met | RPO declared | required |
      | --- | --- | --- | --- | --- | --- | --- | --- | --- |
      | Database (\`services/db\`) (edited) | 1 | **1h → 8h (inversion)** | 4h | **1h → 4h** | **1h → 8h** | **yes → late by 4h** | unknown | unknown |
      | App (\`services/app\`) | 1 | 4h | 4h | 4h | **1h 30m → 8h 30m** | **yes → late by 4h 30m** | unknown | unknown |
      | Web (\`services/web\`) | 1 | 4h | 4h | 4h | **1h 30m → 8h 30m** | **yes → late by 4h 30m** | unknown | unknown |
      | Sales (\`bia/sales\`) | 1 | 4h | unknown | 4h | **1h 30m → 8h 30m** | **yes → late by 4h 30m** | unknown | unknown |

      ### Gaps

      New gaps (4):

      | severity | rule | record | message |
      | --- | --- | --- | --- |
      | high | \`target-unreachable\` | Sales (\`bia/sales\`) | After a wide outage Sales can be back in 8h 30m, 4h 30m beyond its target RTO of 4h; bottleneck: Sales -&gt; App -&gt; Database. |
      | medium | \`target-unreachable\` | App (\`services/app\`) | After a wide outage App can be back in 8h 30m, 4h 30m beyond its target RTO of 4h; bottleneck: App -&gt; Database. |
      | medium | \`target-unreachable\` | Database (\`services/db\`) | After a wide outage Database can be back in 8h, 4h beyond its target RTO of 4h; bottleneck: Database. |
      | medium | \`target-unreachable\` | Web (\`services/web\`) | After a wide outage Web can be back in 8h 30m, 4h 30m beyond its target RTO of 4h; bottleneck: Web -&gt; Database. |

      ### Inversions and other warnings

      New warnings (1):

      | severity | rule | record | message |
      | --- | --- | --- | --- |
      | warning | \`rto-inversion\` | Database (\`services/db\`) | the declared RTO 8h is looser than the 4h required by Sales -&gt; App -&gt; Database. |

      ### Outage scenarios

      | scenario | functions down | services down | broken targets | at risk | newly broken | no longer broken |
      | --- | --- | --- | --- | --- | --- | --- |
      | Loss of Data centre | 1 | 3 | **0 → 4** | 0 | Sales, App, Database and Web | — |

      ### What changed, and its neighbours

      Arrows point from a record to what it depends on (dotted: soft). Added records are green, removed ones red and dashed, edited ones yellow, neighbours whose figures moved blue-dashed; boxes are services, rounded ones business functions, double-sided ones vendors, hexagons locations.

      \`\`\`mermaid
      flowchart TB
        n0["T1 Database"]
        n1{{"Data centre"}}
        n2["T1 App"]
        n3["T1 Web"]
        n2 --> n0
        n0 --> n1
        n3 --> n0
        classDef edited fill:#fff8c5,stroke:#9a6700,stroke-width:3px,color:#0d1117
        class n0 edited
        classDef affected stroke:#0969da,stroke-width:2px,stroke-dasharray:2 2
        class n2,n3 affected
      \`\`\`

      Unchanged: dependency cycles, recovery order and reviews.

      <sub>\`npm run impact\` compares the content and its analysis, not the code.</sub>
      "
    `);
  });

  it('keeps every table intact and renders no HTML, whatever the titles say', () => {
    const hostile = (r: Rec): Rec =>
      r.id === 'app' ? { ...r, data: { ...r.data, title: `${HOSTILE} ${'x'.repeat(5000)}` } } : r;
    const report = toMarkdownReport(compare(ORG().map(hostile), ORG({ rto: '8h' }).map(hostile)));
    const lines = report.split('\n');
    let header = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) header = 0;
      else if (header === 0) header = pipes(line);
      else expect(pipes(line), line).toBe(header);
    }
    const html = report.replace(/<!-- itscm-impact -->|<\/?sub>|<br>/g, '');
    expect(html).not.toMatch(/<[a-z!/]/i);
    expect(report).not.toMatch(/@[a-z]/i);
    expect(report.match(/^```/gm)).toHaveLength(2);
    expect(report).not.toContain('x'.repeat(400));
  });

  it('shortens long lists to fit a comment and says so', () => {
    const many = (rto: string): Rec[] =>
      Array.from({ length: 1500 }, (_, i) =>
        svc(`service-${String(i).padStart(4, '0')}`, {
          title: `Service number ${i} with a fairly long title`,
          rto,
          recoveryTime: '1h',
        }),
      );
    const report = toMarkdownReport(compare(many('4h'), many('3h')));
    expect(report.length).toBeLessThanOrEqual(REPORT_LIMIT);
    expect(report).toMatch(/… and \d+ more \(see `--format json`\)\./);
    expect(report).toContain('Long lists are shortened to');
    expect(report.split('\n')[3]).toBe(
      '**No new or resolved problems: the recovery figures of 1500 services and functions move.**',
    );
  });
});

describe('toImpactJson', () => {
  it('writes the whole comparison with a version, times in minutes and null for a missing side', () => {
    const json = JSON.parse(toImpactJson(compare(ORG(), ORG({}, [svc('cache')]))));
    expect(Object.keys(json)).toEqual([
      'version',
      'verdict',
      'source',
      'effects',
      'problems',
      'records',
      'figures',
      'gaps',
      'warnings',
      'cycles',
      'scenarios',
      'reviews',
      'graph',
    ]);
    const cache = json.figures.changed.find((f: { key: string }) => f.key === 'services/cache');
    expect(cache.before).toBeNull();
    expect(cache.after.rto).toEqual({
      declared: null,
      required: null,
      target: null,
      achievable: null,
      gap: null,
      inversion: false,
    });
  });
});

describe('toImpactMermaid', () => {
  it('gives generated ids, a shape per kind and a class per state', () => {
    const impact = compare(
      ORG(),
      ORG({}, [svc('cache', { title: 'Cache' })]).map((r) =>
        r.id === 'web' ? { ...r, data: { ...r.data, dependsOn: ['db', 'cache'] } } : r,
      ),
    );
    expect(toImpactMermaid(impact.graph)).toMatchInlineSnapshot(`
      "flowchart TB
        n0["T1 Cache"]
        n1["T1 Web"]
        n2(["T1 Sales"])
        n3["T1 Database"]
        n2 --> n1
        n1 ==>|added| n0
        n1 --> n3
        classDef added fill:#dafbe1,stroke:#1a7f37,stroke-width:3px,color:#0d1117
        class n0 added
        classDef edited fill:#fff8c5,stroke:#9a6700,stroke-width:3px,color:#0d1117
        class n1 edited
        classDef affected stroke:#0969da,stroke-width:2px,stroke-dasharray:2 2
        class n2 affected"
    `);
  });
});

describe('toMarkdownReport, when a side could not be analysed', () => {
  it('says so and still lists the records', () => {
    const b = sideOf(ORG());
    const a = sideOf(ORG({ rto: '8h' }));
    delete a.analysis;
    a.analysisError = 'internal: something broke';
    const report = toMarkdownReport(
      compareSides(b, a, {
        base: { ref: 'main', commit: 'f'.repeat(40) },
        content: '',
        baseHasContent: true,
        asOf: '2026-11-25',
      }),
    );
    expect(report).toContain(
      '> The analysis of the change could not run (internal: something broke): only records and content problems are compared.',
    );
    expect(report).toContain(
      '**The effect on recovery is unknown: the analysis could not run; 1 record changed.**',
    );
    expect(report).not.toContain('### Recovery figures');
    expect(report).toContain('| Database (`services/db`) | `rto` | 1h | 8h |');
    expect(report).toContain('content the repository root');
  });
});
