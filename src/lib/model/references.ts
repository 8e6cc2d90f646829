/**
 * Where each kind of record refers to others. Relations are written once here, with the
 * label of both directions; the model derives the inverse side ("needed by", "covered by",
 * "member of", ...) from this table, so no record ever states both directions.
 */
import type { Kind, RecordData } from '../schema/index.ts';
import type { FieldPath } from './issue.ts';

/** A named relation between two records, with its label read from either side. */
export interface Relation {
  /** Label on the referring record: "Depends on". */
  forward: string;
  /** Label on the referred record: "Needed by". */
  inverse: string;
}

export const RELATIONS = {
  owner: { forward: 'Owner', inverse: 'Owns' },
  approvedBy: { forward: 'Approved by', inverse: 'Approved' },
  dependsOn: { forward: 'Depends on', inverse: 'Needed by' },
  alternate: { forward: 'Alternate for a dependency', inverse: 'Stands in as alternate for' },
  vendor: { forward: 'Vendors', inverse: 'Supplies' },
  supplies: { forward: 'Supplies', inverse: 'Supplied by' },
  location: { forward: 'Runs at', inverse: 'Hosts' },
  covers: { forward: 'Covers', inverse: 'Covered by' },
  declaredBy: { forward: 'May be declared by', inverse: 'May declare' },
  planTeam: { forward: 'Teams', inverse: 'Carries out' },
  channel: { forward: 'Communication channels', inverse: 'Used as a channel by' },
  affects: { forward: 'Affects', inverse: 'Affected by' },
  mitigatedBy: { forward: 'Mitigated by', inverse: 'Mitigates' },
  exercised: { forward: 'Exercised', inverse: 'Exercised in' },
  participant: { forward: 'Participants', inverse: 'Took part in' },
  result: { forward: 'Results for', inverse: 'Measured in' },
  findingOwner: { forward: 'Finding owners', inverse: 'Owns findings from' },
  disrupted: { forward: 'Disrupted', inverse: 'Disrupted by' },
  invoked: { forward: 'Plans invoked', inverse: 'Invoked in' },
  member: { forward: 'Members', inverse: 'Member of' },
  escalation: { forward: 'Escalation', inverse: 'Escalation contact for' },
  deputy: { forward: 'Deputy', inverse: 'Deputy for' },
  training: { forward: 'Trained on', inverse: 'Trained' },
  exitPlan: { forward: 'Exit plan', inverse: 'Exit plan for' },
  alternateSite: { forward: 'Alternates', inverse: 'Alternate for' },
} as const satisfies Record<string, Relation>;
export type RelationName = keyof typeof RELATIONS;

/** One reference as written in a record. */
export interface RefSite {
  /** Where it is written: ["dependsOn", 1]. */
  path: FieldPath;
  /** The id written. */
  id: string;
  /** Kinds the id may name. */
  kinds: readonly Kind[];
  rel: RelationName;
  /** For a dependency (rel dependsOn): true when it is soft. */
  soft?: boolean;
}

type Data = { [K in Kind]: RecordData<K> };

const list = (
  out: RefSite[],
  field: FieldPath,
  ids: readonly string[],
  kinds: readonly Kind[],
  rel: RelationName,
) => ids.forEach((id, i) => out.push({ path: [...field, i], id, kinds, rel }));
const one = (
  out: RefSite[],
  path: FieldPath,
  id: string | undefined,
  kinds: readonly Kind[],
  rel: RelationName,
) => {
  if (id !== undefined) out.push({ path, id, kinds, rel });
};

const COLLECT: { [K in Kind]: (d: Data[K], out: RefSite[]) => void } = {
  services(d, out) {
    d.dependsOn.forEach((dep, i) => {
      out.push({
        path: ['dependsOn', i],
        id: dep.service,
        kinds: ['services'],
        rel: 'dependsOn',
        soft: dep.type === 'soft',
      });
      one(
        out,
        ['dependsOn', i, 'alternate'],
        'alternate' in dep ? dep.alternate : undefined,
        ['services'],
        'alternate',
      );
    });
    list(out, ['vendors'], d.vendors, ['vendors'], 'vendor');
    list(out, ['locations'], d.locations, ['locations'], 'location');
  },
  bia(d, out) {
    d.dependsOn.forEach((dep, i) =>
      out.push({
        path: ['dependsOn', i],
        id: dep.service,
        kinds: ['services'],
        rel: 'dependsOn',
        soft: dep.type === 'soft',
      }),
    );
  },
  plans(d, out) {
    list(out, ['covers', 'services'], d.covers.services, ['services'], 'covers');
    list(out, ['covers', 'functions'], d.covers.functions, ['bia'], 'covers');
    list(out, ['declaredBy'], d.declaredBy, ['people'], 'declaredBy');
    list(out, ['teams'], d.teams, ['teams'], 'planTeam');
    list(out, ['channels'], d.channels, ['services'], 'channel');
  },
  policies() {},
  risks(d, out) {
    list(out, ['affects', 'services'], d.affects.services, ['services'], 'affects');
    list(out, ['affects', 'functions'], d.affects.functions, ['bia'], 'affects');
    list(out, ['affects', 'locations'], d.affects.locations, ['locations'], 'affects');
    list(out, ['affects', 'vendors'], d.affects.vendors, ['vendors'], 'affects');
    list(out, ['mitigatedBy', 'plans'], d.mitigatedBy.plans, ['plans'], 'mitigatedBy');
    list(out, ['mitigatedBy', 'policies'], d.mitigatedBy.policies, ['policies'], 'mitigatedBy');
  },
  exercises(d, out) {
    list(out, ['plans'], d.plans, ['plans'], 'exercised');
    list(out, ['services'], d.services, ['services'], 'exercised');
    list(out, ['participants'], d.participants, ['people'], 'participant');
    d.results.forEach((r, i) =>
      one(out, ['results', i, 'service'], r.service, ['services'], 'result'),
    );
    d.findings.forEach((f, i) =>
      one(out, ['findings', i, 'owner'], f.owner, ['teams'], 'findingOwner'),
    );
  },
  incidents(d, out) {
    d.services.forEach((s, i) =>
      one(out, ['services', i, 'service'], s.service, ['services'], 'disrupted'),
    );
    list(out, ['functions'], d.functions, ['bia'], 'disrupted');
    list(out, ['plans'], d.plans, ['plans'], 'invoked');
    d.findings.forEach((f, i) =>
      one(out, ['findings', i, 'owner'], f.owner, ['teams'], 'findingOwner'),
    );
  },
  teams(d, out) {
    d.members.forEach((m, i) => one(out, ['members', i, 'person'], m.person, ['people'], 'member'));
    list(out, ['escalation'], d.escalation, ['people'], 'escalation');
  },
  people(d, out) {
    one(out, ['deputy'], d.deputy, ['people'], 'deputy');
    d.training.forEach((t, i) =>
      one(out, ['training', i, 'subject'], t.subject, ['plans', 'guides'], 'training'),
    );
  },
  vendors(d, out) {
    list(out, ['supplies'], d.supplies, ['services'], 'supplies');
    one(out, ['exitPlan'], d.exitPlan, ['plans'], 'exitPlan');
  },
  locations(d, out) {
    list(out, ['alternates'], d.alternates, ['locations'], 'alternateSite');
  },
  guides() {},
};

/** Every reference a record makes, owner and approver included, in field order. */
export function listReferences<K extends Kind>(kind: K, data: Data[K]): RefSite[] {
  const out: RefSite[] = [];
  one(out, ['owner'], (data as { owner: string }).owner, ['teams'], 'owner');
  one(out, ['approvedBy'], (data as { approvedBy?: string }).approvedBy, ['people'], 'approvedBy');
  COLLECT[kind](data, out);
  return out;
}
