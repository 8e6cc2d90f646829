/** Small organisations for the standards' checklists: literal records through the real schemas, analysed once each. */
import { expect } from 'vitest';
import { modelOf, MINIMAL, type Rec } from '../../helpers.ts';
import { analyse } from '../../../src/lib/analytics/analyse.ts';
import { formatText } from '../../../src/lib/model/text.ts';
import type { Kind } from '../../../src/lib/schema/index.ts';
import type { RequirementResult } from '../../../src/lib/analytics/standards/index.ts';

// Default tiers: 1 <= 4h, 2 <= 1d, 3 <= 3d. AS_OF 2026-11-25; exercise window 12 months.

/** A record of `kind` with its minimal frontmatter plus `data`. */
export const rec = (kind: Kind, id: string, data: Record<string, unknown> = {}): Rec => ({
  kind,
  id,
  data: { ...MINIMAL[kind], ...data },
});
export const service = (id: string, data: Record<string, unknown> = {}) =>
  rec('services', id, data);
export const fn = (id: string, data: Record<string, unknown> = {}) => rec('bia', id, data);
export const plan = (id: string, data: Record<string, unknown> = {}) =>
  rec('plans', id, { status: 'approved', ...data });
export const person = (id: string, data: Record<string, unknown> = {}) => rec('people', id, data);
export const exercise = (id: string, date: string, data: Record<string, unknown> = {}) =>
  rec('exercises', id, { date, ...data });

/** A result with its texts formatted with record ids, for compact assertions. */
export interface PlainResult {
  status: RequirementResult['status'];
  summary: string;
  evidence: string[];
  missing: string[];
}

/** The result of requirement `id` of `standard` for the literal records (which must have no errors). */
export function resultOf(
  recs: Rec[],
  standard: string,
  id: string,
  settings: unknown = {},
): PlainResult {
  const model = modelOf(recs, settings);
  expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const checklist = analyse(model).standards.find((s) => s.standard.id === standard);
  const found = checklist?.requirements.find((r) => r.requirement.id === id);
  if (!found) throw new Error(`no requirement ${id} in ${standard}`);
  const r = found.result;
  return {
    status: r.status,
    summary: r.summary,
    evidence: r.evidence,
    missing: r.missing.map((m) => `${m.key ?? '(none)'}: ${formatText(m.reason)}`),
  };
}
