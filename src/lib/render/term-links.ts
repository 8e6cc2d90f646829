/**
 * Which words on a page are glossary terms, and where they link: the one mapping from fact
 * labels and table headings to term ids, the terms each analytics page explains, and the pass
 * that links a page's labels on the first use of each term. Plain data; components make the
 * link (/glossary/#<id>) with the site's base. A term the glossary does not hold is never
 * linked, so a content folder without glossary.yaml shows plain labels.
 */
import type { GlossaryEntry } from '../schema/glossary.ts';
import type { Fact, FactTable } from './facts.ts';

/**
 * The glossary terms each fact label or table heading names, by the label as the render
 * modules write it (facts.ts, recovery-facts.ts); labels that name no term are absent. A label
 * links one term: the first of its list not linked earlier on the page, so a label naming two
 * ("Declared RTO": declared, and RTO) links the second where it appears again. The test on
 * the sample's pages checks that every term a label names is linked on its first use.
 */
export const LABEL_TERMS: Readonly<Record<string, readonly string[]>> = {
  // Objectives, from the BIA and the service records.
  RTO: ['rto'],
  RPO: ['rpo'],
  MTPD: ['mtpd'],
  'MTPD from the impact table': ['mtpd'],
  WRT: ['wrt'],
  MBCO: ['mbco'],
  'Declared RTO': ['declared-rto', 'rto'],
  'Declared RPO': ['rpo', 'declared-rto'],
  'Required RTO': ['required-rto', 'rto'],
  'Required RPO': ['required-rto', 'rpo'],
  'Contract RTO': ['rto'],
  'Contract RPO': ['rpo'],
  'RTO inversion': ['rto-inversion'],
  // Recovery analysis.
  Tier: ['tier'],
  'Achievable after a wide outage': ['achievable-rto'],
  'Against the target': ['target-rto'],
  'Own recovery time': ['own-recovery-time'],
  'Recovery wave': ['recovery-wave'],
  Readiness: ['readiness'],
  'Depends on': ['hard-dependency'],
  'Alternate means': ['alternate'],
  'Last restore test': ['exercise'],
  // Plans, exercises, teams, people.
  Scenarios: ['scenario'],
  Scenario: ['scenario'],
  'May be declared by': ['plan-activation'],
  'May declare a disaster': ['plan-activation'],
  'Escalation order': ['escalation'],
  'When normal channels are down': ['out-of-band'],
  'Out of band': ['out-of-band'],
  Deputy: ['alternate'],
  As: ['alternate'],
  'Recovery time achieved': ['capability'],
  'Data lost': ['capability'],
  Finding: ['finding'],
  Service: ['service'],
  // Risks, vendors, locations; every record.
  Inherent: ['inherent-risk'],
  Residual: ['residual-risk'],
  Substitutability: ['substitutability'],
  'Exit plan': ['exit-plan'],
  Alternates: ['alternate'],
  Classification: ['classification'],
  // Availability and incidents (availability-facts.ts, the incident tables).
  'Availability target': ['availability'],
  'Downtime budget': ['downtime-budget'],
  'Mean time to restore': ['mttr'],
  'Own restore measured': ['capability'],
};

/** The terms each analytics page explains in its "Terms used here" line, in reading order. */
export const PAGE_TERMS = {
  home: ['readiness', 'tier', 'rto', 'target-rto', 'gap', 'exercise'],
  recovery: [
    'recovery-wave',
    'tier',
    'target-rto',
    'required-rto',
    'achievable-rto',
    'bottleneck',
    'rto-inversion',
    'dependency-cycle',
  ],
  scenarios: [
    'scenario',
    'achievable-rto',
    'target-rto',
    'recovery-wave',
    'substitutability',
    'exit-plan',
  ],
  gaps: ['gap', 'tier', 'single-point-of-failure', 'risk-appetite', 'alternate', 'exit-plan'],
  risks: ['inherent-risk', 'residual-risk', 'risk-appetite'],
  /** The standards' checklists. */
  standards: ['bia', 'tier', 'mtpd', 'rto', 'rpo', 'exercise', 'finding', 'exit-plan'],
  /** The ranked services and business functions. */
  ranked: ['tier', 'target-rto', 'required-rto', 'achievable-rto', 'recovery-wave', 'readiness'],
} as const satisfies Record<string, readonly string[]>;

/** A link to a glossary entry: its id (the anchor) and the words to show. */
export interface TermLink {
  id: string;
  label: string;
}

/**
 * The term a label links: the first of its terms that the glossary holds and `seen` (the terms
 * linked earlier on the page) does not; undefined when there is none.
 */
export function termOfLabel(
  label: string,
  glossary: ReadonlySet<string>,
  seen: ReadonlySet<string> = new Set(),
): string | undefined {
  return (LABEL_TERMS[label] ?? []).find((id) => glossary.has(id) && !seen.has(id));
}

/** The ids of a glossary, for the look-ups above. */
export const termIds = (glossary: readonly GlossaryEntry[]): Set<string> =>
  new Set(glossary.map((t) => t.id));

/**
 * `facts` with `term` set on the first label, in order, that names each term; `seen` holds the
 * terms linked earlier on the same page and is updated, so a page passes it from one list to
 * the next.
 */
export function linkFactTerms(
  facts: readonly Fact[],
  glossary: ReadonlySet<string>,
  seen: Set<string>,
): Fact[] {
  return facts.map((f) => {
    const id = termOfLabel(f.label, glossary, seen);
    if (id === undefined) return f;
    seen.add(id);
    return { ...f, term: id };
  });
}

/** `tables` with `terms` (one per column, parallel to `columns`) on the first heading naming each term. */
export function linkTableTerms(
  tables: readonly FactTable[],
  glossary: ReadonlySet<string>,
  seen: Set<string>,
): FactTable[] {
  return tables.map((t) => {
    const terms = t.columns.map((c) => {
      const id = termOfLabel(c, glossary, seen);
      if (id === undefined) return undefined;
      seen.add(id);
      return id;
    });
    return terms.some((x) => x !== undefined) ? { ...t, terms } : t;
  });
}

/**
 * The "Terms used here" line of a page: each of `ids` the glossary holds, labelled by its
 * abbreviation where it has one ("RTO"), else its term ("Recovery wave").
 */
export function toTermLinks(
  glossary: readonly GlossaryEntry[],
  ids: readonly string[],
): TermLink[] {
  const byId = new Map(glossary.map((t) => [t.id, t]));
  return ids.flatMap((id) => {
    const t = byId.get(id);
    return t ? [{ id, label: t.abbreviation ?? t.term }] : [];
  });
}
