/**
 * What the standards' pages show: the index (one line per standard with its met / partly / not
 * met counts), a standard's page (each requirement with its status in words, reference, what
 * is asked, what evidences it, the rule, the counts, the records that show it and what is
 * missing, both capped with "and N more"), the complete list behind a requirement's capped
 * lists, and the CSV for an auditor. Counts are the whole organisation's; records the edition
 * does not name are counted, never named. Plain data; pages only lay it out.
 */
import type { Published, ShownChecklist, ShownRequirement } from '../publish/publish.ts';
import type { RecordKey } from '../model/key.ts';
import { kindOf } from '../model/key.ts';
import { formatText } from '../model/text.ts';
import { nameOfKey } from '../publish/shown.ts';
import { KIND_NOUN } from '../schema/index.ts';
import { internal } from '../model/internal.ts';
import {
  REQUIREMENT_STATUSES,
  type RequirementStatus,
} from '../analytics/standards/requirement.ts';
import { toSafeCell } from '../import/values.ts';
import type { Table } from '../export/registers.ts';
import {
  toCapped,
  type CappedList,
  type ListedRecord,
  type RecordListView,
} from './record-list.ts';

/** How many records that show a requirement its page names before "and N more". */
export const EVIDENCE_CAP = 10;

/** How many shortfalls of a requirement its page lists before "and N more". */
export const MISSING_CAP = 20;

/** A status in words, as badges and the CSV say it. */
export const STATUS_LABEL: Record<RequirementStatus, string> = {
  met: 'Met',
  partly: 'Partly met',
  'not-met': 'Not met',
  'not-applicable': 'Not applicable',
};

/** "8.2.2" -> "8-2-2": a requirement's anchor and the address of its complete list. */
export const toRequirementSlug = (id: string): string =>
  id.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** "2 not met, 9 partly met, 2 met" (worst first, statuses with none left out; "none" when empty). */
export function toCountsText(counts: Record<RequirementStatus, number>): string {
  const parts = toCountBadges(counts).map((b) => b.text);
  return parts.length ? parts.join(', ') : 'none';
}

/** One status count as a badge shows it: "2 not met", in the status's colour. */
export interface CountBadge {
  status: RequirementStatus;
  text: string;
}

/** The counts as badges, worst first, statuses with none left out. */
export const toCountBadges = (counts: Record<RequirementStatus, number>): CountBadge[] =>
  REQUIREMENT_STATUSES.filter((s) => counts[s] > 0).map((s) => ({
    status: s,
    text: `${counts[s]} ${STATUS_LABEL[s].toLowerCase()}`,
  }));

/** One standard on the index. */
export interface StandardsIndexRow {
  id: string;
  title: string;
  name: string;
  /** Its page, site-relative: "standards/iso-22301/". */
  path: string;
  /** Its CSV, site-relative: "standards/iso-22301.csv". */
  csvPath: string;
  /** How many requirements it has. */
  total: number;
  counts: Record<RequirementStatus, number>;
  /** The counts as badges. */
  badges: CountBadge[];
  /** "2 not met, 9 partly met, 2 met". */
  countsText: string;
}

/** The standards index. */
export interface StandardsIndexView {
  rows: StandardsIndexRow[];
}

/** A shortfall as a page lists it: the record to fix (none when no record stands for it) and why. */
export interface MissingRow {
  key?: RecordKey;
  reason: string;
}

/** One requirement as its standard's page shows it. */
export interface RequirementView {
  id: string;
  /** Its anchor on the page and its complete list's address part: "8-2-2". */
  slug: string;
  ref: string;
  title: string;
  asks: string;
  evidencedBy: string;
  rule: string;
  status: RequirementStatus;
  /** "Partly met". */
  statusLabel: string;
  /** "10 of 12 tier 1-2 business functions with ..." (the whole organisation's figures). */
  summary: string;
  /** The records that show it, the first EVIDENCE_CAP named. */
  evidence: CappedList<RecordKey>;
  /** What is missing, the first MISSING_CAP listed. */
  missing: CappedList<MissingRow>;
  /** Records that show it which the edition does not name. */
  evidenceRestricted: number;
  /** Shortfalls on records the edition does not name. */
  missingRestricted: number;
  /** The complete list of what shows it and what is missing, site-relative; only when a list is capped. */
  listPath?: string;
}

/** A standard's page. */
export interface StandardPageView {
  id: string;
  title: string;
  name: string;
  scope: string;
  /** "13 requirements: 2 met, 9 partly met, 2 not met". */
  summary: string;
  counts: Record<RequirementStatus, number>;
  /** The counts as badges. */
  badges: CountBadge[];
  csvPath: string;
  requirements: RequirementView[];
}

/** The checklist of standard `id` in the edition, or an internal error (a route listed an unknown id). */
function checklistOf(site: Published, id: string): ShownChecklist {
  const c = site.standards.find((s) => s.standard.id === id);
  if (!c) throw internal(`getStaticPaths listed standard ${id} but no such standard is registered`);
  return c;
}

function requirementOf(c: ShownChecklist, id: string): ShownRequirement {
  const r = c.requirements.find((x) => toRequirementSlug(x.requirement.id) === id);
  if (!r)
    throw internal(`getStaticPaths listed requirement ${id} of ${c.standard.id}, which it has not`);
  return r;
}

const show = (t: Parameters<typeof formatText>[0]) => formatText(t, nameOfKey);

/** The standards index of one edition. */
export function toStandardsIndex(site: Published): StandardsIndexView {
  return {
    rows: site.standards.map((c) => ({
      id: c.standard.id,
      title: c.standard.title,
      name: c.standard.name,
      path: `standards/${c.standard.id}/`,
      csvPath: `standards/${c.standard.id}.csv`,
      total: c.requirements.length,
      counts: c.counts,
      badges: toCountBadges(c.counts),
      countsText: toCountsText(c.counts),
    })),
  };
}

/** The page of standard `id` in one edition. */
export function toStandardPage(site: Published, id: string): StandardPageView {
  const c = checklistOf(site, id);
  const requirements = c.requirements.map((r): RequirementView => {
    const q = r.requirement;
    const slug = toRequirementSlug(q.id);
    const evidence = toCapped(r.evidence, EVIDENCE_CAP);
    const missing = toCapped(
      r.missing.map((m) => ({ ...(m.key ? { key: m.key } : {}), reason: show(m.reason) })),
      MISSING_CAP,
    );
    return {
      id: q.id,
      slug,
      ref: q.ref,
      title: q.title,
      asks: q.asks,
      evidencedBy: q.evidencedBy,
      rule: q.rule,
      status: r.status,
      statusLabel: STATUS_LABEL[r.status],
      summary: r.summary,
      evidence,
      missing,
      evidenceRestricted: r.evidenceRestricted,
      missingRestricted: r.missingRestricted,
      ...(evidence.more > 0 || missing.more > 0
        ? { listPath: `standards/${c.standard.id}/${slug}/` }
        : {}),
    };
  });
  return {
    id: c.standard.id,
    title: c.standard.title,
    name: c.standard.name,
    scope: c.standard.scope,
    summary: `${c.requirements.length} requirements: ${toCountsText(c.counts)}`,
    counts: c.counts,
    badges: toCountBadges(c.counts),
    csvPath: `standards/${c.standard.id}.csv`,
    requirements,
  };
}

/** The requirements whose lists are capped on their standard's page, as (standard, slug) pairs: the complete lists' routes. */
export function listRequirementLists(site: Published): { standard: string; requirement: string }[] {
  return site.standards.flatMap((c) =>
    toStandardPage(site, c.standard.id)
      .requirements.filter((r) => r.listPath !== undefined)
      .map((r) => ({ standard: c.standard.id, requirement: r.slug })),
  );
}

/**
 * The complete list behind a requirement's capped lists: what is missing first (the records to
 * fix, each with why), then the records that show it. `back` is the standard page's address.
 * Shortfalls that name no record are on the standard's page only (they are few: one per
 * scenario at most).
 */
export function toRequirementList(
  site: Published,
  standard: string,
  slug: string,
  back: string,
): RecordListView {
  const c = checklistOf(site, standard);
  const r = requirementOf(c, slug);
  const item = (key: RecordKey, note: string, late = false): ListedRecord => ({
    key,
    title: site.model.index.get(key)?.data.title ?? key,
    tier: site.recovery.tierOf(key),
    kindLabel: KIND_NOUN[kindOf(key)],
    note,
    ...(late ? { late } : {}),
  });
  const missing = r.missing.flatMap((m) =>
    m.key ? [item(m.key, `missing or failing: ${show(m.reason)}`, true)] : [],
  );
  const evidence = r.evidence.map((k) => item(k, 'shows it'));
  return {
    title: `${c.standard.title} ${r.requirement.ref}: ${r.requirement.title}`,
    intro: `${STATUS_LABEL[r.status]}: ${r.summary}. What is missing or failing first (marked), each with why, then the records that show it.`,
    back: { href: `${back}#req-${slug}`, label: `${c.standard.title} ${r.requirement.ref}` },
    items: [...missing, ...evidence],
    restricted: r.evidenceRestricted + r.missingRestricted,
  };
}

/** The CSV columns, in order. */
export const STANDARD_CSV_COLUMNS = [
  'standard',
  'id',
  'reference',
  'title',
  'status',
  'met',
  'total',
  'summary',
  'evidence',
  'evidence_restricted',
  'missing',
  'missing_restricted',
  'as_of',
] as const;

/**
 * The checklist of standard `id` as a table for an auditor: the header row, then one row per
 * requirement. Evidence is the record keys joined by "; "; missing is each shortfall as
 * "key: reason" (or the reason alone when no record stands for it) joined by " | "; the
 * restricted columns count what the edition does not name. Every cell is text a spreadsheet
 * will not run as a formula.
 */
export function toStandardTable(site: Published, id: string): Table {
  const c = checklistOf(site, id);
  const rows: Table = [[...STANDARD_CSV_COLUMNS]];
  for (const r of c.requirements) {
    const q = r.requirement;
    rows.push(
      [
        c.standard.title,
        q.id,
        q.ref,
        q.title,
        r.status,
        String(r.met),
        String(r.total),
        r.summary,
        r.evidence.join('; '),
        String(r.evidenceRestricted),
        r.missing.map((m) => (m.key ? `${m.key}: ${show(m.reason)}` : show(m.reason))).join(' | '),
        String(r.missingRestricted),
        site.asOf,
      ].map(toSafeCell),
    );
  }
  return rows;
}
