/**
 * The typed facts of each record kind as label/value pairs, and the columns of each kind's
 * index table: plain strings and links, so components only lay them out.
 */
import { KIND_LABEL, type Kind } from '../schema/index.ts';
import { formatDuration as d } from '../schema/duration.ts';
import { getEntry, type Entry, type Model } from '../model/model.ts';
import { RELATIONS } from '../model/references.ts';
import { assertNever } from '../model/internal.ts';
import { inherentOf, residualOf } from '../analytics/risk.ts';
import { minuteOf } from '../schema/date.ts';
import type { Finding } from '../schema/exercise.ts';
import { toEmailLink, toOutOfBandLink, toPhoneLink, type ContactLink } from './contact.ts';
import { compareTitles } from './title-order.ts';
import { rolesOfTeam } from './roles.ts';

/** A link to a record; `restricted` when the edition leaves the record out (then id and title are not shown). */
export interface RecordLink {
  kind: Kind;
  id: string;
  title: string;
  note?: string;
  restricted?: boolean;
}
/** Phone numbers and e-mail addresses, each with its `tel:` or `mailto:` link. */
export interface ContactCell {
  contacts: ContactLink[];
}
/** A value: text, a list of record links, or contacts. */
export type Cell = string | RecordLink[] | ContactCell;
export interface Fact {
  label: string;
  value: Cell;
  /** Search weight (Pagefind, 0 to 10; unset: 1) of facts that say most what the record is about. */
  weight?: number;
  /** The glossary term the label names, set on its first use on the page (term-links.ts). */
  term?: string;
}

/** Facts that weigh most in search (a title, the h1, weighs 7 in Pagefind): what a plan covers. */
const SEARCH_WEIGHT: Record<string, number> = { 'Covers services': 10, 'Covers functions': 10 };

/** A link to a record, titled from the model. */
export function toLink(model: Model, kind: Kind, id: string, note?: string): RecordLink {
  const entry = getEntry(model, kind, id);
  return entry
    ? { kind, id, title: entry.data.title, note }
    : { kind, id: '', title: 'restricted record', note, restricted: true };
}

const links = (model: Model, kind: Kind, ids: readonly string[]) =>
  ids.map((id) => toLink(model, kind, id));
const opt = (v: string | number | boolean | undefined | null, suffix = '') =>
  v === undefined || v === null || v === '' ? undefined : `${v}${suffix}`;
const dur = (m: number | undefined) => (m === undefined ? undefined : d(m));
/** A duration for a table cell: blank when not set. */
const cellDur = (m: number | undefined) => (m === undefined ? '' : d(m));
const yesNo = (b: boolean) => (b ? 'yes' : 'no');
/** A moment as people read it: "2026-03-14 09:20". */
const when = (moment: string) => moment.replace('T', ' ');
/** The time from one moment to a later one: "3h 45m". */
const between = (from: string, to: string) => d(minuteOf(to) - minuteOf(from));
const phone = (v: string | undefined): ContactCell | undefined =>
  v ? { contacts: [toPhoneLink(v)] } : undefined;
const email = (v: string | undefined): ContactCell | undefined =>
  v ? { contacts: [toEmailLink(v)] } : undefined;
/** A contact cell of a table: blank when not set. */
const cellContact = (c: ContactCell | undefined): Cell => c ?? '';

/**
 * A person's out-of-band contacts the edition shows, then what it withheld and which edition
 * has it ("personal numbers: in the confidential edition"); undefined when there are neither.
 */
export function toOutOfBandCell(entry: Entry<'people'>): Cell | undefined {
  const shown = entry.data.outOfBand.map(toOutOfBandLink);
  const withheld = (entry.withheld ?? [])
    .filter((w) => w.field === 'outOfBand')
    .map((w) => `${w.what}: in the ${w.edition} edition`);
  if (shown.length === 0) return withheld.join('; ') || undefined;
  return { contacts: [...shown, ...withheld.map((text) => ({ text }))] };
}

function reviewFacts(
  model: Model,
  data: { lastReviewed?: string; reviewEvery?: number; approvedBy?: string; approvedOn?: string },
): [string, Cell | undefined][] {
  return [
    ['Last reviewed', data.lastReviewed ?? 'never'],
    ['Review every', `${data.reviewEvery ?? model.settings.review.defaultEveryMonths} months`],
    ['Approved by', data.approvedBy ? links(model, 'people', [data.approvedBy]) : undefined],
    ['Approved on', opt(data.approvedOn)],
  ];
}

/** The facts shown at the top of a record page, in reading order; empty values are left out. */
export function toFacts(model: Model, entry: Entry): Fact[] {
  const common: [string, Cell | undefined][] = [
    ['Owner', links(model, 'teams', [entry.data.owner])],
    ['Classification', entry.data.classification],
  ];
  let own: [string, Cell | undefined][] = [];
  switch (entry.kind) {
    case 'services': {
      const s = (entry as Entry<'services'>).data;
      own = [
        ['Kind', s.kind],
        ['Lifecycle', s.lifecycle],
        ['Declared RTO', dur(s.rto)],
        ['Declared RPO', dur(s.rpo)],
        // The own recovery time is in the recovery facts: the one figure the analysis uses,
        // with this estimate as its history when an exercise measured it.
        ['Backup every', dur(s.backup?.interval)],
        ['Last restore test', s.backup ? (s.backup.lastRestoreTest ?? 'never') : undefined],
        ['Alternate means', opt(s.alternateMeans)],
        [
          'Depends on',
          s.dependsOn.length
            ? s.dependsOn.map((dep) =>
                toLink(
                  model,
                  'services',
                  dep.service,
                  [dep.type, 'note' in dep ? dep.note : undefined].filter(Boolean).join(': '),
                ),
              )
            : undefined,
        ],
        ['Vendors', s.vendors.length ? links(model, 'vendors', s.vendors) : undefined],
        ['Locations', s.locations.length ? links(model, 'locations', s.locations) : undefined],
        ...reviewFacts(model, s),
      ];
      break;
    }
    case 'bia': {
      const b = (entry as Entry<'bia'>).data;
      own = [
        ['MTPD', dur(b.mtpd)],
        ['RTO', dur(b.rto)],
        ['WRT', dur(b.wrt)],
        ['RPO', dur(b.rpo)],
        ['MBCO', opt(b.mbco)],
        [
          'Depends on',
          b.dependsOn.length
            ? b.dependsOn.map((dep) =>
                toLink(
                  model,
                  'services',
                  dep.service,
                  [dep.type, 'note' in dep ? dep.note : undefined].filter(Boolean).join(': '),
                ),
              )
            : undefined,
        ],
        [
          'Peak periods',
          b.peakPeriods.length
            ? b.peakPeriods
                .map(
                  (p) => `${p.name} (${p.when})${p.rto !== undefined ? `: RTO ${d(p.rto)}` : ''}`,
                )
                .join('; ')
            : undefined,
        ],
        [
          'Revenue per hour',
          b.revenuePerHour !== undefined ? b.revenuePerHour.toLocaleString('en-GB') : undefined,
        ],
        ['Minimum staff', opt(b.minimumStaff)],
        ['Assessed on', opt(b.assessedOn)],
        ...reviewFacts(model, b),
      ];
      break;
    }
    case 'plans': {
      const p = (entry as Entry<'plans'>).data;
      own = [
        ['Type', p.type],
        ['Status', p.status],
        ['Version', opt(p.version)],
        [
          'Covers services',
          p.covers.services.length ? links(model, 'services', p.covers.services) : undefined,
        ],
        [
          'Covers functions',
          p.covers.functions.length ? links(model, 'bia', p.covers.functions) : undefined,
        ],
        [
          'May be declared by',
          p.declaredBy.length ? links(model, 'people', p.declaredBy) : undefined,
        ],
        ['Teams', p.teams.length ? links(model, 'teams', p.teams) : undefined],
        ['Scenarios', p.scenarios.join(', ') || undefined],
        [
          'Communication channels',
          p.channels.length ? links(model, 'services', p.channels) : undefined,
        ],
        ...reviewFacts(model, p),
      ];
      break;
    }
    case 'policies': {
      const p = (entry as Entry<'policies'>).data;
      own = [
        ['Status', p.status],
        ['Topic', opt(p.topic)],
        ['Scope', p.scope],
        ['Effective from', opt(p.effectiveFrom)],
        ...reviewFacts(model, p),
      ];
      break;
    }
    case 'risks': {
      const r = (entry as Entry<'risks'>).data;
      const inherent = inherentOf(r);
      const residual = residualOf(r);
      own = [
        ['Category', r.category],
        ['Status', r.status],
        [
          'Inherent',
          `likelihood ${inherent.likelihood} x impact ${inherent.impact} = ${inherent.score}`,
        ],
        [
          'Residual',
          `likelihood ${residual.likelihood} x impact ${residual.impact} = ${residual.score}`,
        ],
        ['Treatment', r.treatment ?? 'none'],
        [
          'Affects',
          [
            ...links(model, 'services', r.affects.services),
            ...links(model, 'bia', r.affects.functions),
            ...links(model, 'locations', r.affects.locations),
            ...links(model, 'vendors', r.affects.vendors),
          ],
        ],
        [
          'Mitigated by',
          [
            ...links(model, 'plans', r.mitigatedBy.plans),
            ...links(model, 'policies', r.mitigatedBy.policies),
          ],
        ],
        ...reviewFacts(model, r),
      ];
      break;
    }
    case 'exercises': {
      const x = (entry as Entry<'exercises'>).data;
      own = [
        ['Type', x.type],
        ['Date', x.date],
        ['Status', x.status],
        ['Outcome', opt(x.outcome)],
        ['Scenario', opt(x.scenario)],
        ['Plans', x.plans.length ? links(model, 'plans', x.plans) : undefined],
        ['Services', x.services.length ? links(model, 'services', x.services) : undefined],
        [
          'Participants',
          x.participants.length ? links(model, 'people', x.participants) : undefined,
        ],
      ];
      break;
    }
    case 'incidents': {
      const x = (entry as Entry<'incidents'>).data;
      own = [
        ['Cause', x.cause],
        ['Began', when(x.start)],
        [
          'Detected',
          x.detected
            ? `${when(x.detected)}, ${between(x.start, x.detected)} after it began`
            : 'not recorded',
        ],
        [
          'Recovered',
          x.recovered
            ? `${when(x.recovered)}, ${between(x.start, x.recovered)} after it began`
            : 'not yet: still going on',
        ],
        ['Stood down', x.stoodDown ? when(x.stoodDown) : undefined],
        ['Plans invoked', x.plans.length ? links(model, 'plans', x.plans) : 'none'],
        ['Functions disrupted', x.functions.length ? links(model, 'bia', x.functions) : undefined],
      ];
      break;
    }
    case 'teams': {
      const t = (entry as Entry<'teams'>).data;
      own = [
        [
          'Escalation order',
          t.escalation.length ? links(model, 'people', t.escalation) : undefined,
        ],
        ['When normal channels are down', opt(t.outOfBand)],
        ...reviewFacts(model, t),
      ];
      break;
    }
    case 'people': {
      const p = (entry as Entry<'people'>).data;
      own = [
        ['Roles', p.roles.join(', ') || undefined],
        ['Phone', phone(p.phone)],
        ['Email', email(p.email)],
        ['Out of band', toOutOfBandCell(entry as Entry<'people'>)],
        ['Deputy', p.deputy ? links(model, 'people', [p.deputy]) : undefined],
        ['May declare a disaster', yesNo(p.mayDeclareDisaster)],
        ['Contact verified', p.contactVerified ?? 'never'],
      ];
      break;
    }
    case 'vendors': {
      const v = (entry as Entry<'vendors'>).data;
      own = [
        ['Supplies', v.supplies.length ? links(model, 'services', v.supplies) : undefined],
        ['Contract RTO', dur(v.contractRto)],
        ['Contract RPO', dur(v.contractRpo)],
        ['Substitutability', v.substitutability],
        ['Exit plan', v.exitPlan ? links(model, 'plans', [v.exitPlan]) : 'none'],
        ['Last audit', v.lastAudit ?? 'never'],
        ['Audit every', `${v.auditEvery} months`],
        ...reviewFacts(model, v),
      ];
      break;
    }
    case 'locations': {
      const l = (entry as Entry<'locations'>).data;
      own = [
        ['Type', l.type],
        ['Address', opt(l.address)],
        ['Alternates', l.alternates.length ? links(model, 'locations', l.alternates) : undefined],
        ...reviewFacts(model, l),
      ];
      break;
    }
    case 'guides': {
      const g = (entry as Entry<'guides'>).data;
      own = [['Audience', g.audience.join(', ')], ...reviewFacts(model, g)];
      break;
    }
    default:
      assertNever(entry.kind, 'kind');
  }
  return [...common, ...own]
    .filter(
      (f): f is [string, Cell] => f[1] !== undefined && !(Array.isArray(f[1]) && f[1].length === 0),
    )
    .map(([label, value]) =>
      SEARCH_WEIGHT[label] ? { label, value, weight: SEARCH_WEIGHT[label] } : { label, value },
    );
}

/** Records that refer to this one, grouped by the relation's inverse label and their kind ("Needed by services", "Covered by plans"). */
export function toBacklinks(model: Model, entry: Entry): { label: string; links: RecordLink[] }[] {
  const groups = new Map<string, RecordLink[]>();
  for (const l of entry.referencedBy) {
    const label = `${RELATIONS[l.rel].inverse} ${KIND_LABEL[l.kind].toLowerCase()}`;
    const list = groups.get(label) ?? [];
    if (!list.some((x) => x.kind === l.kind && x.id === l.id))
      list.push(toLink(model, l.kind, l.id));
    groups.set(label, list);
  }
  return [...groups]
    .sort(([a], [b]) => compareTitles(a, b))
    .map(([label, list]) => ({ label, links: list }));
}

/** Columns of a kind's index table after the title. */
export function toIndexColumns(kind: Kind): string[] {
  return INDEX[kind].map(([label]) => label);
}

/** One row per record: cells matching toIndexColumns. */
export function toIndexRow(model: Model, entry: Entry): Cell[] {
  return (INDEX[entry.kind] as [string, (m: Model, e: Entry) => Cell][]).map(([, f]) =>
    f(model, entry),
  );
}

type Col<K extends Kind> = [string, (m: Model, e: Entry<K>) => Cell];
const owner: Col<Kind> = ['Owner', (m, e) => [toLink(m, 'teams', e.data.owner)]];
const INDEX: { [K in Kind]: Col<K>[] } = {
  services: [
    ['Kind', (_, e) => e.data.kind],
    ['RTO', (_, e) => cellDur(e.data.rto)],
    ['RPO', (_, e) => cellDur(e.data.rpo)],
    ['Depends on', (_, e) => String(e.data.dependsOn.length)],
    owner,
  ],
  bia: [
    ['RTO', (_, e) => cellDur(e.data.rto)],
    ['MTPD', (_, e) => cellDur(e.data.mtpd)],
    ['RPO', (_, e) => cellDur(e.data.rpo)],
    owner,
  ],
  plans: [
    ['Type', (_, e) => e.data.type],
    ['Status', (_, e) => e.data.status],
    ['Last reviewed', (_, e) => e.data.lastReviewed ?? 'never'],
    owner,
  ],
  policies: [
    ['Status', (_, e) => e.data.status],
    ['Effective from', (_, e) => e.data.effectiveFrom ?? ''],
    owner,
  ],
  risks: [
    ['Category', (_, e) => e.data.category],
    ['Inherent', (_, e) => String(inherentOf(e.data).score)],
    ['Residual', (_, e) => String(residualOf(e.data).score)],
    ['Treatment', (_, e) => e.data.treatment ?? 'none'],
    owner,
  ],
  exercises: [
    ['Date', (_, e) => e.data.date],
    ['Type', (_, e) => e.data.type],
    ['Status', (_, e) => e.data.status],
    ['Outcome', (_, e) => e.data.outcome ?? ''],
    owner,
  ],
  incidents: [
    ['Began', (_, e) => when(e.data.start)],
    ['Cause', (_, e) => e.data.cause],
    [
      'Down for',
      (_, e) => (e.data.recovered ? between(e.data.start, e.data.recovered) : 'still going on'),
    ],
    ['Plans invoked', (m, e) => (e.data.plans.length ? links(m, 'plans', e.data.plans) : 'none')],
    owner,
  ],
  teams: [
    ['Members', (_, e) => String(e.data.members.length)],
    [
      'Roles',
      (m, e) =>
        rolesOfTeam(m, e.id)
          .map((r) => r.name)
          .join(', ') || 'none',
    ],
    owner,
  ],
  people: [
    ['Roles', (_, e) => e.data.roles.join(', ')],
    ['Contact verified', (_, e) => e.data.contactVerified ?? 'never'],
    owner,
  ],
  vendors: [
    ['Substitutability', (_, e) => e.data.substitutability],
    ['Exit plan', (m, e) => (e.data.exitPlan ? [toLink(m, 'plans', e.data.exitPlan)] : 'none')],
    ['Last audit', (_, e) => e.data.lastAudit ?? 'never'],
    owner,
  ],
  locations: [
    ['Type', (_, e) => e.data.type],
    ['Alternates', (m, e) => links(m, 'locations', e.data.alternates)],
    owner,
  ],
  guides: [['Audience', (_, e) => e.data.audience.join(', ')], owner],
};

/** Records of a kind in index order: guides by their `order`, exercises and incidents newest first, the rest by title. */
export function sortForIndex<K extends Kind>(kind: K, entries: Entry<K>[]): Entry<K>[] {
  const byTitle = (a: Entry, b: Entry) =>
    compareTitles(a.data.title, b.data.title) || (a.id < b.id ? -1 : 1);
  const list = [...entries] as Entry[];
  const k: Kind = kind;
  switch (k) {
    case 'guides':
      return list.sort(
        (a, b) =>
          (a as Entry<'guides'>).data.order - (b as Entry<'guides'>).data.order || byTitle(a, b),
      ) as Entry<K>[];
    case 'exercises':
      return list.sort(
        (a, b) =>
          (b as Entry<'exercises'>).data.date.localeCompare((a as Entry<'exercises'>).data.date) ||
          byTitle(a, b),
      ) as Entry<K>[];
    case 'incidents':
      return list.sort(
        (a, b) =>
          (b as Entry<'incidents'>).data.start.localeCompare(
            (a as Entry<'incidents'>).data.start,
          ) || byTitle(a, b),
      ) as Entry<K>[];
    case 'services':
    case 'bia':
    case 'plans':
    case 'policies':
    case 'risks':
    case 'teams':
    case 'people':
    case 'vendors':
    case 'locations':
      return list.sort(byTitle) as Entry<K>[];
    default:
      return assertNever(k, 'kind');
  }
}

const FINDING_COLUMNS = ['Id', 'Finding', 'Severity', 'Owner', 'Due', 'Status', 'Fixed by'];

/** The findings of an exercise, or the lessons learned of an incident, as table rows. */
function findingRows(model: Model, findings: readonly Finding[]): Cell[][] {
  return findings.map((f) => [
    f.id,
    f.title,
    f.severity,
    [toLink(model, 'teams', f.owner)],
    f.due ?? '',
    f.closedOn ? `${f.status} ${f.closedOn}` : f.status,
    f.fixedBy ?? '',
  ]);
}

/** A table of a record's structured lists (plan steps, exercise results, team members...). */
export interface FactTable {
  caption: string;
  columns: string[];
  rows: Cell[][];
  /** Per column, the glossary term its heading names on first use on the page (term-links.ts). */
  terms?: (string | undefined)[];
}

/** The structured lists of a record as tables, in reading order; empty lists are left out. */
export function toTables(model: Model, entry: Entry): FactTable[] {
  const tables: FactTable[] = [];
  const add = (caption: string, columns: string[], rows: Cell[][]) =>
    rows.length && tables.push({ caption, columns, rows });
  switch (entry.kind) {
    case 'plans': {
      const p = (entry as Entry<'plans'>).data;
      add(
        'Procedure steps',
        ['Step', 'Phase', 'Role', 'Action', 'Estimate', 'After'],
        p.steps.map((s) => [
          s.id,
          s.phase,
          s.role,
          s.action,
          s.estimate !== undefined ? d(s.estimate) : '',
          s.after.join(', '),
        ]),
      );
      add(
        'Activation criteria',
        ['Criterion'],
        p.activation.map((a) => [a]),
      );
      add(
        'Stand-down criteria',
        ['Criterion'],
        p.standDown.map((a) => [a]),
      );
      break;
    }
    case 'policies':
      add(
        'Objectives',
        ['Id', 'Objective', 'Measure'],
        (entry as Entry<'policies'>).data.objectives.map((o) => [
          o.id,
          o.statement,
          o.measure ?? '',
        ]),
      );
      break;
    case 'exercises': {
      const x = (entry as Entry<'exercises'>).data;
      add(
        'Results',
        ['Service', 'Recovery time achieved', 'Data lost', 'Note'],
        x.results.map((r) => [
          [toLink(model, 'services', r.service)],
          r.recoveryTime !== undefined ? d(r.recoveryTime) : '',
          r.recoveryPoint !== undefined ? d(r.recoveryPoint) : '',
          r.note ?? '',
        ]),
      );
      add('Findings', FINDING_COLUMNS, findingRows(model, x.findings));
      break;
    }
    case 'incidents': {
      const x = (entry as Entry<'incidents'>).data;
      add(
        'Services affected',
        ['Service', 'Impact', 'Back at', 'Down for', 'Own restore measured', 'Data lost', 'Note'],
        x.services.map((r) => {
          const back = r.restored ?? x.recovered;
          return [
            [toLink(model, 'services', r.service)],
            r.impact,
            back ? when(back) : 'not yet',
            back ? between(x.start, back) : '',
            r.recoveryTime !== undefined ? d(r.recoveryTime) : '',
            r.recoveryPoint !== undefined ? d(r.recoveryPoint) : '',
            r.note ?? '',
          ];
        }),
      );
      add('Lessons learned', FINDING_COLUMNS, findingRows(model, x.findings));
      break;
    }
    case 'teams':
      add(
        'Members',
        ['Person', 'Role', 'As', 'Phone', 'Email'],
        (entry as Entry<'teams'>).data.members.map((m) => {
          const person = getEntry(model, 'people', m.person);
          return [
            [toLink(model, 'people', m.person)],
            m.role,
            m.as,
            cellContact(phone(person?.data.phone)),
            cellContact(email(person?.data.email)),
          ];
        }),
      );
      break;
    case 'people':
      add(
        'Training',
        ['Subject', 'Completed'],
        (entry as Entry<'people'>).data.training.map((t) => [
          [toLink(model, getEntry(model, 'plans', t.subject) ? 'plans' : 'guides', t.subject)],
          t.completedOn,
        ]),
      );
      break;
    case 'vendors':
      add(
        'Contacts',
        ['Name', 'Role', 'Phone', 'Email'],
        (entry as Entry<'vendors'>).data.contacts.map((c) => [
          c.name,
          c.role,
          cellContact(phone(c.phone)),
          cellContact(email(c.email)),
        ]),
      );
      break;
    case 'guides':
    case 'services':
    case 'bia':
    case 'risks':
    case 'locations':
      break;
    default:
      assertNever(entry.kind, 'kind');
  }
  return tables;
}
