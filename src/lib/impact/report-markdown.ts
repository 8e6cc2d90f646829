/**
 * The impact of a change as GitHub Markdown, for a pull-request comment: the verdict first,
 * then content problems, records, recovery figures, gaps, warnings, cycles, recovery order,
 * scenarios, reviews and a Mermaid picture of what changed. Every title and value an author
 * wrote is escaped (markdown-text.ts), so nothing in the content can break a table, inject
 * HTML or mention anyone. The report fits in `limit` characters (a GitHub comment holds
 * 65,536): lists are shortened to fewer rows, "and N more", until it fits, and the report says
 * so; the JSON (`--format json`) always has everything. Pure; O(size of the report).
 */
import { formatDuration } from '../schema/duration.ts';
import { KIND_NOUN, type Kind } from '../schema/index.ts';
import { kindOf, type RecordKey } from '../model/key.ts';
import type { Impact } from './compare.ts';
import type { Figures, FigureChange, Move } from './diff-figures.ts';
import type { FindingLine, FindingsDiff } from './diff-findings.ts';
import type { FieldChange } from './diff-records.ts';
import type { ReviewState } from './diff-reviews.ts';
import type { Named, ScenarioSide } from './diff-scenarios.ts';
import { showPlain, type Plain } from './plain-value.ts';
import { code, escapeMarkdown as md, table } from './markdown-text.ts';
import { toImpactMermaid } from './impact-mermaid.ts';
import { andList } from './verdict.ts';

/** The largest report, in characters: under GitHub's 65,536 per comment. */
export const REPORT_LIMIT = 65_000;

/** First line of every report, so a workflow can find its earlier comment and update it. */
export const REPORT_MARKER = '<!-- itscm-impact -->';

/** Rows per list, tried in turn until the report fits. */
const CAPS = [50, 20, 10, 5, 2] as const;

/** Records named inside one table cell, at most. */
const IN_CELL = 10;

const ARROW = ' → ';

interface Ctx {
  impact: Impact;
  /** Rows per list. */
  cap: number;
  /** Set when a list was shortened. */
  cut: boolean;
}

const noun = (key: RecordKey) => KIND_NOUN[kindOf(key) as Kind] ?? kindOf(key);

/** "Ledger database (`services/ledger-db`)". */
const named = (title: string, key: RecordKey) => `${md(title)} (${code(key)})`;

const dur = (m: number | null) => (m === null ? 'unknown' : formatDuration(m));

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** At most `ctx.cap` of `items`, and a closing line saying how many were left out. */
function some<T>(ctx: Ctx, items: readonly T[], noun = 'more'): { shown: T[]; more: string[] } {
  if (items.length <= ctx.cap) return { shown: [...items], more: [] };
  ctx.cut = true;
  return {
    shown: items.slice(0, ctx.cap),
    more: ['', `… and ${items.length - ctx.cap} ${noun} (see \`--format json\`).`],
  };
}

/** "A, B and 3 more" inside a cell. */
function cellList(ctx: Ctx, keys: readonly Named[]): string {
  if (keys.length === 0) return '—';
  const shown = keys.slice(0, IN_CELL).map((k) => md(k.title));
  if (keys.length > IN_CELL) {
    ctx.cut = true;
    return `${shown.join(', ')} and ${keys.length - IN_CELL} more`;
  }
  return andList(shown);
}

/** "a → b" when they differ (bold), "a" when equal; "—" for a side without the record. */
function change<T>(before: T | undefined, after: T | undefined, show: (v: T) => string): string {
  const b = before === undefined ? '—' : show(before);
  const a = after === undefined ? '—' : show(after);
  return a === b ? a : `**${b}${ARROW}${a}**`;
}

function header(ctx: Ctx): string[] {
  const { source, problems } = ctx.impact;
  const base = `${code(source.base.ref)} (${code(source.base.commit.slice(0, 12))})`;
  const where = source.content === '' ? 'the repository root' : code(source.content);
  const out = [
    REPORT_MARKER,
    '## Continuity impact',
    '',
    `**${md(ctx.impact.verdict, 1000)}**`,
    '',
    `Base ${base} against the working tree, content ${where}, as of ${md(source.asOf)}, both analysed with the working tree's code.`,
  ];
  if (!source.baseHasContent)
    out.push(
      '',
      '> [!NOTE]',
      `> The base has no content folder ${where}: it counts as empty (a new repository), so every record is added.`,
    );
  for (const [side, error] of [
    ['base', problems.analysis.before],
    ['change', problems.analysis.after],
  ] as const)
    if (error !== null)
      out.push(
        '',
        '> [!WARNING]',
        `> The analysis of the ${side} could not run (${md(error, 300)}): only records and content problems are compared.`,
      );
  return out;
}

function problemsSection(ctx: Ctx): string[] {
  const p = ctx.impact.problems;
  if (!p.before.errors && !p.after.errors && !p.added.length && !p.resolved.length) return [];
  const out = [
    '### Content problems',
    '',
    ...table(
      ['', 'errors', 'warnings'],
      [
        ['base', String(p.before.errors), String(p.before.warnings)],
        ['this change', String(p.after.errors), String(p.after.warnings)],
      ],
    ),
  ];
  if (p.after.errors)
    out.push(
      '',
      `The change has ${plural(p.after.errors, 'content error')}: \`npm run check\` lists ${p.after.errors === 1 ? 'it' : 'them all'} with the fix. The records with errors are left out of the figures below.`,
    );
  const list = (title: string, lines: typeof p.added) => {
    if (!lines.length) return;
    const { shown, more } = some(ctx, lines);
    out.push('', `${title} (${lines.length}):`, '');
    for (const i of shown)
      out.push(
        `- **${i.severity}** ${code(i.file)}${i.field ? ` ${code(i.field)}` : ''}: ${md(i.message, 300)} (${code(i.rule)})`,
      );
    out.push(...more);
  };
  list('New problems', p.added);
  list('Resolved problems', p.resolved);
  return out;
}

const fieldRows = (ctx: Ctx, first: string, fields: readonly FieldChange[], body: boolean) => {
  const rows: string[][] = [];
  const shown = fields.slice(0, IN_CELL);
  if (fields.length > IN_CELL) ctx.cut = true;
  const value = (v: Plain | undefined) => (v === undefined ? '(none)' : md(showPlain(v)));
  // Lists show the entries that went and came: a long list would be cut before the difference.
  const entries = (sign: string, list: readonly Plain[]) =>
    list.map((v) => `${sign} ${md(showPlain(v), 100)}`).join('<br>');
  for (const f of shown)
    rows.push([
      rows.length ? '' : first,
      code(f.field),
      f.items ? entries('−', f.items.removed) : value(f.before),
      f.items
        ? f.items.added.length || f.items.removed.length
          ? entries('+', f.items.added)
          : 'reordered'
        : value(f.after),
    ]);
  if (fields.length > IN_CELL)
    rows.push([rows.length ? '' : first, `and ${fields.length - IN_CELL} more fields`, '', '']);
  if (body) rows.push([rows.length ? '' : first, 'body', '', 'changed']);
  return rows;
};

function recordsSection(ctx: Ctx): string[] {
  const r = ctx.impact.records;
  if (!r.added.length && !r.removed.length && !r.changed.length && !r.settings.length) return [];
  const out = [
    '### Records',
    '',
    `${r.added.length} added, ${r.removed.length} removed, ${r.changed.length} changed${r.settings.length ? '; organisation.yaml changed' : ''}.`,
  ];
  for (const [title, list] of [
    ['Added', r.added],
    ['Removed', r.removed],
  ] as const) {
    if (!list.length) continue;
    const { shown, more } = some(ctx, list);
    out.push('', `${title}:`, '');
    for (const x of shown) out.push(`- ${noun(x.key)} ${named(x.title, x.key)}`);
    out.push(...more);
  }
  if (r.changed.length) {
    const { shown, more } = some(ctx, r.changed);
    const rows = shown.flatMap((c) => fieldRows(ctx, named(c.title, c.key), c.fields, c.body));
    out.push('', 'Changed:', '', ...table(['record', 'field', 'before', 'after'], rows), ...more);
  }
  if (r.settings.length)
    out.push(
      '',
      'organisation.yaml:',
      '',
      ...table(['', 'field', 'before', 'after'], fieldRows(ctx, 'settings', r.settings, false)),
    );
  return out;
}

const met = (f: Figures) =>
  f.rto.gap === null ? 'unknown' : f.rto.gap > 0 ? `late by ${formatDuration(f.rto.gap)}` : 'yes';

function figuresSection(ctx: Ctx): string[] {
  const list = ctx.impact.figures.changed;
  if (!list.length) return [];
  const { shown, more } = some(ctx, list);
  const state = (c: FigureChange) =>
    c.before === null ? ' (added)' : c.after === null ? ' (removed)' : c.edited ? ' (edited)' : '';
  const cell = (c: FigureChange, f: (x: Figures) => string) =>
    change(c.before ?? undefined, c.after ?? undefined, f);
  const rows = shown.map((c) => [
    `${named(c.title, c.key)}${state(c)}`,
    cell(c, (x) => (x.tier === null ? 'none' : String(x.tier))),
    cell(c, (x) => `${dur(x.rto.declared)}${x.rto.inversion ? ' (inversion)' : ''}`),
    cell(c, (x) => dur(x.rto.required)),
    cell(c, (x) => dur(x.rto.target)),
    cell(c, (x) => dur(x.rto.achievable)),
    cell(c, met),
    cell(c, (x) => `${dur(x.rpo.declared)}${x.rpo.inversion ? ' (inversion)' : ''}`),
    cell(c, (x) => dur(x.rpo.required)),
  ]);
  return [
    '### Recovery figures',
    '',
    `Services and business functions that changed or whose figures moved (${list.length}); before → after in bold.`,
    '',
    ...table(
      [
        'record',
        'tier',
        'RTO declared',
        'required',
        'target',
        'achievable',
        'target met',
        'RPO declared',
        'required',
      ],
      rows,
    ),
    ...more,
  ];
}

function findingsSection(ctx: Ctx, title: string, d: FindingsDiff, what: string): string[] {
  if (!d.added.length && !d.resolved.length && !d.changed.length) return [];
  const out = [`### ${title}`];
  const row = (f: FindingLine) => [
    md(f.severity),
    code(f.rule),
    named(f.title, f.key),
    md(f.message, 400),
  ];
  for (const [label, lines] of [
    [`New ${what}`, d.added],
    [`Resolved ${what}`, d.resolved],
  ] as const) {
    if (!lines.length) continue;
    const { shown, more } = some(ctx, lines);
    out.push(
      '',
      `${label} (${lines.length}):`,
      '',
      ...table(['severity', 'rule', 'record', 'message'], shown.map(row)),
      ...more,
    );
  }
  if (d.changed.length) {
    const { shown, more } = some(ctx, d.changed);
    out.push(
      '',
      `Changed ${what} (${d.changed.length}):`,
      '',
      ...table(
        ['rule', 'record', 'before', 'after'],
        shown.map((c) => [
          code(c.after.rule),
          named(c.after.title, c.after.key),
          md(c.before.message, 300),
          md(c.after.message, 300),
        ]),
      ),
      ...more,
    );
  }
  return out;
}

function cyclesSection(ctx: Ctx): string[] {
  const c = ctx.impact.cycles;
  if (!c.added.length && !c.resolved.length) return [];
  const out = ['### Dependency cycles'];
  for (const [label, list] of [
    ['New', c.added],
    ['Broken', c.resolved],
  ] as const) {
    if (!list.length) continue;
    const { shown, more } = some(ctx, list);
    out.push('', `${label} (${list.length}):`, '');
    for (const x of shown) out.push(`- ${md(x.path, 600)} (${plural(x.members.length, 'member')})`);
    out.push(...more);
  }
  return out;
}

function orderSection(ctx: Ctx): string[] {
  const f = ctx.impact.figures;
  if (!f.waves.length && !f.ranks.length && !f.otherRanks) return [];
  const out = ['### Recovery order'];
  const moves = (label: string, head: string, list: readonly Move[], hint = '') => {
    if (!list.length) return;
    const { shown, more } = some(ctx, list);
    out.push(
      '',
      `${label} (${list.length})${hint}:`,
      '',
      ...table(
        ['record', head],
        shown.map((m) => [
          named(m.title, m.key),
          change(m.before, m.after, (v) => (v === null ? 'none' : String(v))),
        ]),
      ),
      ...more,
    );
  };
  moves('Wave moves', 'wave', f.waves);
  moves(
    'Priority moves',
    'priority',
    f.ranks,
    ', records whose target, worst impact or dependents changed; 1 is recovered first',
  );
  if (f.otherRanks)
    out.push(
      '',
      `${plural(f.otherRanks, 'other service or function', 'other services and functions')} only ${f.otherRanks === 1 ? 'shifts' : 'shift'} in priority, because others moved past ${f.otherRanks === 1 ? 'it' : 'them'}, arrived or left.`,
    );
  return out;
}

function scenariosSection(ctx: Ctx): string[] {
  const list = ctx.impact.scenarios;
  if (!list.length) return [];
  const { shown, more } = some(ctx, list);
  const side = (s: ScenarioSide | null, f: (x: ScenarioSide) => number) =>
    s === null ? undefined : f(s);
  return [
    '### Outage scenarios',
    '',
    ...table(
      [
        'scenario',
        'functions down',
        'services down',
        'broken targets',
        'at risk',
        'newly broken',
        'no longer broken',
      ],
      shown.map((s) => [
        md(s.title),
        change(
          side(s.before, (x) => x.functions),
          side(s.after, (x) => x.functions),
          String,
        ),
        change(
          side(s.before, (x) => x.services),
          side(s.after, (x) => x.services),
          String,
        ),
        change(
          side(s.before, (x) => x.broken.length),
          side(s.after, (x) => x.broken.length),
          String,
        ),
        change(
          side(s.before, (x) => x.atRisk.length),
          side(s.after, (x) => x.atRisk.length),
          String,
        ),
        cellList(ctx, s.newlyBroken),
        cellList(ctx, s.noLongerBroken),
      ]),
    ),
    ...more,
  ];
}

function reviewsSection(ctx: Ctx): string[] {
  const list = ctx.impact.reviews;
  if (!list.length) return [];
  const { shown, more } = some(ctx, list);
  const status = (s: ReviewState) => s.status;
  const due = (s: ReviewState) => s.due ?? 'never done';
  return [
    '### Reviews',
    '',
    ...table(
      ['record', 'check', 'status', 'due'],
      shown.map((r) => [
        named(r.title, r.key),
        r.check,
        change(r.before ?? undefined, r.after ?? undefined, status),
        change(r.before ?? undefined, r.after ?? undefined, due),
      ]),
    ),
    ...more,
  ];
}

function graphSection(ctx: Ctx, withDiagram: boolean): string[] {
  const g = ctx.impact.graph;
  if (!g.nodes.length) return [];
  if (!withDiagram)
    return [
      '### What changed, and its neighbours',
      '',
      `(${plural(g.total, 'record')}; the diagram is left out to fit the comment.)`,
    ];
  const note =
    g.total > g.nodes.length
      ? ` It shows ${g.nodes.length} of the ${g.total} records (changed ones first).`
      : '';
  return [
    '### What changed, and its neighbours',
    '',
    `Arrows point from a record to what it depends on (dotted: soft). Added records are green, removed ones red and dashed, edited ones yellow, neighbours whose figures moved blue-dashed; boxes are services, rounded ones business functions, double-sided ones vendors, hexagons locations.${note}`,
    '',
    '```mermaid',
    toImpactMermaid(g),
    '```',
  ];
}

const UNCHANGED: [keyof Impact | 'order', string][] = [
  ['records', 'records'],
  ['figures', 'recovery figures'],
  ['gaps', 'gaps'],
  ['warnings', 'inversions and other warnings'],
  ['cycles', 'dependency cycles'],
  ['order', 'recovery order'],
  ['scenarios', 'outage scenarios'],
  ['reviews', 'reviews'],
];

function render(impact: Impact, cap: number, withDiagram: boolean): { text: string; cut: boolean } {
  const ctx: Ctx = { impact, cap, cut: false };
  const sections: Record<string, string[]> = {
    problems: problemsSection(ctx),
    records: recordsSection(ctx),
    figures: figuresSection(ctx),
    gaps: findingsSection(ctx, 'Gaps', impact.gaps, 'gaps'),
    warnings: findingsSection(ctx, 'Inversions and other warnings', impact.warnings, 'warnings'),
    cycles: cyclesSection(ctx),
    order: orderSection(ctx),
    scenarios: scenariosSection(ctx),
    reviews: reviewsSection(ctx),
    graph: graphSection(ctx, withDiagram),
  };
  const unchanged = UNCHANGED.filter(([k]) => sections[k].length === 0).map(([, label]) => label);
  const lines = [...header(ctx)];
  for (const s of Object.values(sections)) if (s.length) lines.push('', ...s);
  if (unchanged.length) lines.push('', `Unchanged: ${andList(unchanged)}.`);
  if (ctx.cut)
    lines.push(
      '',
      `Long lists are shortened to ${cap} rows to fit a comment; \`npm run impact\` with the same \`--base\` and \`--format json\` gives everything.`,
    );
  lines.push(
    '',
    `<sub>\`npm run impact\` compares the content and its analysis, not the code.</sub>`,
  );
  return { text: `${lines.join('\n')}\n`, cut: ctx.cut };
}

/** The report as Markdown, at most `limit` characters. */
export function toMarkdownReport(impact: Impact, limit = REPORT_LIMIT): string {
  for (const withDiagram of [true, false])
    for (const cap of CAPS) {
      const { text } = render(impact, cap, withDiagram);
      if (text.length <= limit) return text;
    }
  // Still too long (thousands of fields in one record): cut at a line, say so.
  const notice = `\n\n… The report is cut at ${limit.toLocaleString('en')} characters; \`--format json\` gives everything.\n`;
  const text = render(impact, CAPS[CAPS.length - 1], false).text;
  const at = text.lastIndexOf('\n', limit - notice.length);
  return `${text.slice(0, Math.max(at, 0))}${notice}`;
}
