/**
 * A Backstage software catalogue (catalog-info.yaml files: Component, System, Resource and
 * Group entities) as the import's sheets, so it is read, resolved and reported exactly like a
 * spreadsheet: Groups become teams; Components, Resources and Systems become services, with
 * `spec.owner` as the owner, `spec.dependsOn` as hard dependencies, a System depending on the
 * components that name it in `spec.system`, `spec.lifecycle` as the lifecycle and the tier from
 * an annotation (`itscm/tier` by default). Each row keeps the line its entity starts on.
 * And the way back: the continuity figures of each service as annotations, with a link to its
 * record page, for a catalogue to show. Pure.
 */
import type { Sheet } from './import-sheet.ts';

/** One entity of a catalogue file, with where it is. */
export interface CatalogEntity {
  file: string;
  /** The line its document starts on (1-based). */
  line: number;
  entity: unknown;
}

/** The annotation that gives a tier ("1", "Tier 1 Mission Critical"). */
export const TIER_ANNOTATION = 'itscm/tier';

type Entity = {
  kind?: unknown;
  metadata?: { name?: unknown; title?: unknown; description?: unknown; annotations?: unknown };
  spec?: {
    owner?: unknown;
    dependsOn?: unknown;
    system?: unknown;
    lifecycle?: unknown;
    type?: unknown;
    profile?: { displayName?: unknown };
  };
};

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** "group:default/payments-team" -> "payments-team"; "component:shop" -> "shop". */
export const entityName = (ref: string): string =>
  ref.replace(/^[a-z]+:/i, '').replace(/^[^/]*\//, '');

const LIFECYCLE: Record<string, string> = {
  production: 'live',
  experimental: 'planned',
  development: 'planned',
  deprecated: 'deprecated',
  retired: 'retired',
};

/** A Component's or Resource's spec.type as a service kind. */
function serviceKind(kind: string, type: string): string {
  if (kind === 'system') return 'business-service';
  if (kind === 'resource')
    return /database|db|storage|bucket|queue|cache|topic|s3/i.test(type)
      ? 'data'
      : 'infrastructure';
  if (/website|frontend|app/i.test(type)) return 'application';
  if (/library|platform|tool/i.test(type)) return 'platform';
  return 'application';
}

/** The services sheet and the teams sheet of a catalogue, and what could not be read. */
export function catalogToSheets(
  entities: readonly CatalogEntity[],
  tierAnnotation = TIER_ANNOTATION,
): {
  services: Sheet & { lines: number[]; files: string[] };
  teams: Sheet & { lines: number[]; files: string[] };
  skipped: string[];
} {
  const services = {
    name: 'catalogue',
    rows: [['id', 'title', 'owner', 'kind', 'tier', 'dependsOn', 'lifecycle', 'summary']],
    lines: [] as number[],
    files: [] as string[],
  };
  const teams = {
    name: 'catalogue',
    rows: [['id', 'title', 'owner', 'summary']],
    lines: [] as number[],
    files: [] as string[],
  };
  const skipped: string[] = [];
  const parts = new Map<string, string[]>();
  const list = entities.map((e) => ({ ...e, entity: (e.entity ?? {}) as Entity }));
  for (const { entity } of list) {
    const kind = text(entity.kind).toLowerCase();
    const system = text(entity.spec?.system);
    if ((kind === 'component' || kind === 'resource') && system !== '') {
      const key = entityName(system);
      parts.set(key, [...(parts.get(key) ?? []), text(entity.metadata?.name)]);
    }
  }
  for (const { file, line, entity } of list) {
    const kind = text(entity.kind).toLowerCase();
    const name = text(entity.metadata?.name);
    const title = text(entity.metadata?.title) || name;
    const summary = text(entity.metadata?.description);
    const owner = entityName(text(entity.spec?.owner));
    if (kind === 'group') {
      teams.rows.push([name, text(entity.spec?.profile?.displayName) || title, name, summary]);
      teams.lines.push(line);
      teams.files.push(file);
    } else if (kind === 'component' || kind === 'resource' || kind === 'system') {
      const annotations = (entity.metadata?.annotations ?? {}) as Record<string, unknown>;
      const deps = Array.isArray(entity.spec?.dependsOn)
        ? (entity.spec.dependsOn as unknown[]).map((d) => entityName(text(d)))
        : [];
      if (kind === 'system') deps.push(...(parts.get(name) ?? []));
      services.rows.push([
        name,
        title,
        owner,
        serviceKind(kind, text(entity.spec?.type)),
        text(annotations[tierAnnotation]),
        deps.filter((d) => d !== '').join('; '),
        LIFECYCLE[text(entity.spec?.lifecycle).toLowerCase()] ?? '',
        summary,
      ]);
      services.lines.push(line);
      services.files.push(file);
    } else
      skipped.push(
        `${file}:${line}: ${text(entity.kind) || 'an entity without kind'} ${name}`.trim(),
      );
  }
  return { services, teams, skipped };
}

/** A service's figures as the catalogue gets them back. */
export interface ServiceFigures {
  id: string;
  tier?: number;
  /** Target RTO, achievable RTO, own recovery time, as written ("4h"). */
  rto?: string;
  achievable?: string;
  wave?: number;
  gaps: number;
  /** The record page's address. */
  url: string;
}

/** Entity patches (apiVersion, kind, metadata.name, annotations, links) for the catalogue, one per service. */
export function toCatalogAnnotations(figures: readonly ServiceFigures[]): object[] {
  return figures.map((f) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: f.id,
      annotations: {
        ...(f.tier === undefined ? {} : { 'itscm/tier': String(f.tier) }),
        ...(f.rto === undefined ? {} : { 'itscm/rto': f.rto }),
        ...(f.achievable === undefined ? {} : { 'itscm/achievable-rto': f.achievable }),
        ...(f.wave === undefined ? {} : { 'itscm/recovery-wave': String(f.wave) }),
        'itscm/gaps': String(f.gaps),
      },
      links: [{ url: f.url, title: 'Continuity record' }],
    },
  }));
}
