/**
 * What a record's page shows, computed once here so the page only lays it out: the facts,
 * tables and backlinks of the record as the edition shows it, and for services and functions
 * the recovery figures, neighbourhood diagram, bottleneck timeline and what fails with it,
 * then its gaps and warnings. Texts are formatted for the edition ("restricted record").
 */
import type { Published } from '../publish/publish.ts';
import type { Entry } from '../model/model.ts';
import { KIND_NOUN } from '../schema/index.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { formatText, type Text } from '../model/text.ts';
import { nameOfKey } from '../publish/shown.ts';
import { fieldOf } from '../model/issue.ts';
import {
  toFacts,
  toBacklinks,
  toTables,
  type Fact,
  type FactTable,
  type RecordLink,
} from './facts.ts';
import {
  toRecoveryFacts,
  toBottleneckRows,
  toImpactLinks,
  toImpactTable,
} from './recovery-facts.ts';
import { toNeighbourhood } from './neighbourhood.ts';
import { toSvgDiagram, toMermaid, type DiagramEdge, type DiagramNode } from './diagram.ts';
import { toSvgTimeline, type TimelineRow } from './timeline.ts';

/** The recovery section of a service or function page. */
export interface RecoveryInsightsView {
  facts: Fact[];
  diagram: {
    svg: string;
    mermaid: string;
    nodes: DiagramNode[];
    edges: DiagramEdge[];
    truncated: boolean;
  };
  timeline: { svg: string; rows: TimelineRow[] };
  impact?: { functions: RecordLink[]; services: RecordLink[]; restricted: number; worst?: string };
}

/** A finding as a page lists it. */
export interface ListedFinding {
  severity: string;
  field?: string;
  message: string;
  fix: string;
}

export interface RecordPageView {
  title: string;
  summary?: string;
  kindNoun: string;
  ownerTitle: string;
  tier?: number;
  facts: Fact[];
  tables: FactTable[];
  backlinks: { label: string; links: RecordLink[] }[];
  impactTable?: ReturnType<typeof toImpactTable>;
  insights?: RecoveryInsightsView;
  gaps: ListedFinding[];
  issues: ListedFinding[];
  /** Pagefind filters of the page. */
  search: Record<string, string>;
}

const show = (t: Text | string) => (typeof t === 'string' ? t : formatText(t, nameOfKey));

/** The page of `entry` (a record the edition shows); `href` makes a shown record's link. */
export function toRecordPage(
  site: Published,
  entry: Entry,
  href: (key: RecordKey) => string,
): RecordPageView {
  const { model, recovery } = site;
  const title = (k: RecordKey) => model.index.get(k)?.data.title ?? 'restricted record';
  const link = (k: RecordKey) => (model.index.has(k) ? href(k) : undefined);
  const about = site.about(entry.key);
  const node = recovery.byKey.get(entry.key);
  let insights: RecoveryInsightsView | undefined;
  if (node) {
    const hood = toNeighbourhood(model, recovery, node.key, href);
    const rows = toBottleneckRows(recovery, node, title, link);
    insights = {
      facts: toRecoveryFacts(node, about.readiness),
      diagram: {
        ...hood,
        svg: toSvgDiagram(`Dependencies of ${entry.data.title}`, hood.nodes, hood.edges),
        mermaid: toMermaid(hood.nodes, hood.edges),
      },
      timeline: { rows, svg: toSvgTimeline(`Recovery timeline of ${entry.data.title}`, rows) },
      impact:
        entry.kind === 'services'
          ? { ...toImpactLinks(model, recovery, node.key), worst: node.impact.worstLabel }
          : undefined,
    };
  }
  const ownerTitle = title(keyOf('teams', entry.data.owner));
  const search: Record<string, string> = { kind: KIND_NOUN[entry.kind], owner: ownerTitle };
  if (node?.tier) search.tier = `Tier ${node.tier}`;
  const data = entry.data as { status?: string; lifecycle?: string };
  const status = data.status ?? data.lifecycle;
  if (status) search.status = status;
  return {
    title: entry.data.title,
    summary: entry.data.summary,
    kindNoun: KIND_NOUN[entry.kind],
    ownerTitle,
    tier: node?.tier,
    facts: toFacts(model, entry),
    tables: toTables(model, entry),
    backlinks: toBacklinks(model, entry),
    impactTable:
      entry.kind === 'bia'
        ? toImpactTable((entry as Entry<'bia'>).data, model.settings)
        : undefined,
    insights,
    gaps: about.gaps.map((g) => ({
      severity: g.severity,
      message: show(g.message),
      fix: show(g.fix),
    })),
    issues: about.issues.map((i) => ({
      severity: i.severity,
      field: fieldOf(i) || undefined,
      message: i.message,
      fix: i.fix,
    })),
    search,
  };
}
