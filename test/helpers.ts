/** Test helpers: build a model from literal records, through the real schemas. */
import { buildModel } from '../src/lib/model/build-model.ts';
import type { RawRecord } from '../src/lib/model/parse-records.ts';
import type { Kind } from '../src/lib/schema/index.ts';
import { fieldOf, type Issue } from '../src/lib/model/issue.ts';

export const AS_OF = '2026-11-25';

/** A record literal: kind, id and frontmatter. `title` and `owner` default to the id and "ops". */
export type Rec = { kind: Kind; id: string; data?: Record<string, unknown>; ext?: 'md' | 'mdx' };

const BASE: Rec[] = [{ kind: 'teams', id: 'ops' }];

/** Turns literals into raw records as the loader would read them. */
export function raw(recs: Rec[]): RawRecord[] {
  return recs.map((r) => ({
    kind: r.kind,
    id: r.id,
    file: `${r.kind}/${r.id}.${r.ext ?? 'md'}`,
    data: { title: r.id, owner: 'ops', ...r.data },
    body: '',
  }));
}

/** Builds a model from literals plus a team "ops" (the default owner). */
export function modelOf(recs: Rec[], settings: unknown = {}, asOf = AS_OF) {
  return buildModel({ raws: raw([...BASE, ...recs]), settings, asOf });
}

/** The issues of a model as "file field rule" lines, for compact assertions. */
export function issueLines(model: { issues: Issue[] }): string[] {
  return model.issues.map((i) => `${i.severity} ${i.file} ${fieldOf(i)} ${i.rule}`);
}

/** Minimal valid frontmatter per kind (besides title and owner). */
export const MINIMAL: Record<Kind, Record<string, unknown>> = {
  services: { kind: 'application' },
  bia: {},
  plans: { type: 'disaster-recovery' },
  policies: { scope: 'All IT services' },
  risks: { category: 'cyber', likelihood: 3, impact: 4 },
  exercises: { type: 'tabletop', date: '2026-01-10', status: 'completed' },
  incidents: { cause: 'ict-failure', start: '2026-01-10T09:00' },
  teams: {},
  people: {},
  vendors: { substitutability: 'easy' },
  locations: { type: 'office' },
  guides: {},
};
