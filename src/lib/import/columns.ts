/**
 * The columns of each register: what the import reads and the export writes, so a register
 * exported, edited in a spreadsheet and imported again changes nothing. Each column has its
 * header as the export writes it, the headers people commonly use for it (matched without
 * case, spaces or punctuation), the record field it fills and how its cells are read.
 */
import type { Kind } from '../schema/index.ts';

/** The kinds a sheet can bring in. */
export const IMPORT_KINDS = ['services', 'bia', 'vendors', 'people', 'teams'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** How a column's cells are read. */
export type CellType =
  | 'text'
  /** The record's id; made from the title when empty. */
  | 'id'
  /** One record of `refKind`, by id or title. */
  | 'ref'
  /** A list of records of `refKind`, by id or title. */
  | 'refs'
  /** Dependencies: services by id or title, "(soft)" after one for a soft dependency. */
  | 'deps'
  /** A duration ("4 hours", "1.5h", "PT4H"). */
  | 'duration'
  /** A tier label, read through the organisation's tier table: sets the RTO when no RTO is given. */
  | 'tier'
  /** One of `values`. */
  | 'enum'
  /** A list of words, separated like a list of records. */
  | 'list';

export interface ColumnSpec {
  /** The record field, or "tier" for the tier column. */
  field: string;
  /** The header the export writes. */
  header: string;
  /** Other headers that mean the same. */
  aliases: readonly string[];
  type: CellType;
  refKind?: Kind;
  values?: readonly string[];
  /** The value a new record gets when neither a column nor the mapping's defaults give one (said in a note). */
  fallback?: string;
}

const title = (aliases: string[]): ColumnSpec => ({
  field: 'title',
  header: 'title',
  aliases: ['name', ...aliases],
  type: 'text',
});
const common: ColumnSpec[] = [
  { field: 'id', header: 'id', aliases: ['key', 'identifier', 'slug'], type: 'id' },
];
const owner: ColumnSpec = {
  field: 'owner',
  header: 'owner',
  aliases: ['owner team', 'owning team', 'team', 'responsible', 'responsible team'],
  type: 'ref',
  refKind: 'teams',
};
const classification: ColumnSpec = {
  field: 'classification',
  header: 'classification',
  aliases: ['confidentiality', 'sensitivity'],
  type: 'enum',
  values: ['public', 'internal', 'confidential'],
};
const summary: ColumnSpec = {
  field: 'summary',
  header: 'summary',
  aliases: ['description', 'purpose', 'notes'],
  type: 'text',
};
const rto: ColumnSpec = {
  field: 'rto',
  header: 'rto',
  aliases: ['recovery time objective', 'rto hours', 'target recovery time'],
  type: 'duration',
};
const rpo: ColumnSpec = {
  field: 'rpo',
  header: 'rpo',
  aliases: ['recovery point objective', 'max data loss', 'maximum data loss'],
  type: 'duration',
};
const tier: ColumnSpec = {
  field: 'tier',
  header: 'tier',
  aliases: ['criticality', 'priority', 'service tier', 'tier level', 'importance'],
  type: 'tier',
};

/** The columns of each register, in the order the export writes them. */
export const COLUMNS: Record<ImportKind, readonly ColumnSpec[]> = {
  services: [
    ...common,
    title(['service', 'system', 'application', 'app', 'component', 'service name', 'system name']),
    owner,
    {
      field: 'kind',
      header: 'kind',
      aliases: ['type', 'service type', 'layer'],
      type: 'enum',
      values: ['business-service', 'application', 'platform', 'infrastructure', 'data', 'end-user'],
      fallback: 'application',
    },
    tier,
    rto,
    rpo,
    {
      field: 'recoveryTime',
      header: 'recoveryTime',
      aliases: ['recovery time', 'restore time', 'time to restore', 'own recovery time'],
      type: 'duration',
    },
    {
      field: 'dependsOn',
      header: 'dependsOn',
      aliases: ['depends on', 'dependencies', 'upstream', 'requires', 'needs'],
      type: 'deps',
    },
    {
      field: 'vendors',
      header: 'vendors',
      aliases: ['vendor', 'supplier', 'suppliers', 'provider', 'third party'],
      type: 'refs',
      refKind: 'vendors',
    },
    {
      field: 'locations',
      header: 'locations',
      aliases: ['location', 'site', 'sites', 'data centre', 'data center', 'hosting'],
      type: 'refs',
      refKind: 'locations',
    },
    {
      field: 'lifecycle',
      header: 'lifecycle',
      aliases: ['status', 'stage'],
      type: 'enum',
      values: ['planned', 'live', 'deprecated', 'retired'],
    },
    {
      field: 'alternateMeans',
      header: 'alternateMeans',
      aliases: ['workaround', 'manual workaround', 'alternate means'],
      type: 'text',
    },
    classification,
    summary,
  ],
  bia: [
    ...common,
    title(['function', 'business function', 'process', 'business process', 'activity']),
    owner,
    tier,
    rto,
    rpo,
    {
      field: 'mtpd',
      header: 'mtpd',
      aliases: ['mtd', 'max tolerable downtime', 'maximum tolerable period of disruption'],
      type: 'duration',
    },
    {
      field: 'dependsOn',
      header: 'dependsOn',
      aliases: ['depends on', 'systems', 'services', 'it services', 'applications', 'dependencies'],
      type: 'deps',
    },
    classification,
    summary,
  ],
  vendors: [
    ...common,
    title(['vendor', 'supplier', 'provider', 'company']),
    owner,
    {
      field: 'substitutability',
      header: 'substitutability',
      aliases: ['replaceability', 'substitutable', 'exit difficulty'],
      type: 'enum',
      values: ['easy', 'medium', 'hard', 'none'],
    },
    {
      field: 'supplies',
      header: 'supplies',
      aliases: ['services', 'supplied services', 'provides'],
      type: 'refs',
      refKind: 'services',
    },
    {
      field: 'exitPlan',
      header: 'exitPlan',
      aliases: ['exit plan', 'exit strategy'],
      type: 'ref',
      refKind: 'plans',
    },
    {
      field: 'contractRto',
      header: 'contractRto',
      aliases: ['contract rto', 'contractual rto', 'sla rto'],
      type: 'duration',
    },
    classification,
    summary,
  ],
  people: [
    ...common,
    title(['person', 'full name', 'employee']),
    owner,
    { field: 'email', header: 'email', aliases: ['e-mail', 'mail', 'email address'], type: 'text' },
    {
      field: 'phone',
      header: 'phone',
      aliases: ['telephone', 'work phone', 'mobile'],
      type: 'text',
    },
    {
      field: 'roles',
      header: 'roles',
      aliases: ['role', 'job title', 'position'],
      type: 'list',
    },
    classification,
  ],
  teams: [...common, title(['team', 'team name', 'group']), owner, classification, summary],
};

/** A header as compared: lower case, letters and digits only ("Depends on" = "depends_on"). */
export const toHeaderKey = (header: string): string =>
  header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The column of `kind` a header names, by its export header, its field or an alias. */
export function columnOf(kind: ImportKind, header: string): ColumnSpec | undefined {
  const key = toHeaderKey(header);
  if (key === '') return undefined;
  return COLUMNS[kind].find(
    (c) =>
      toHeaderKey(c.header) === key ||
      toHeaderKey(c.field) === key ||
      c.aliases.some((a) => toHeaderKey(a) === key),
  );
}
