/**
 * The plans to open for a service or business function, as pages list them: every plan that
 * covers it and is not retired, approved first, then drafts, each by id. From the plan cover of
 * the analysis (src/lib/analytics/plan-cover.ts), built once per model the pages read.
 */
import type { Entry, Model } from '../model/model.ts';
import type { RecordKey } from '../model/key.ts';
import { listPlanCover } from '../analytics/plan-cover.ts';

/** How plans rank by status when pages list them: approved, draft, retired. */
export const PLAN_STATUS_RANK: Record<Entry<'plans'>['data']['status'], number> = {
  approved: 0,
  draft: 1,
  retired: 2,
};

/** Approved plans first, then drafts, then retired ones; by id inside each. */
export const byPlanStatus = (a: Entry<'plans'>, b: Entry<'plans'>): number =>
  PLAN_STATUS_RANK[a.data.status] - PLAN_STATUS_RANK[b.data.status] || (a.id < b.id ? -1 : 1);

const NONE: readonly Entry<'plans'>[] = Object.freeze([]);
const built = new WeakMap<Model, Map<RecordKey, readonly Entry<'plans'>[]>>();

/** The plans (not retired) covering `key` in `model`, approved first; empty when none. */
export function plansCovering(model: Model, key: RecordKey): readonly Entry<'plans'>[] {
  let byKey = built.get(model);
  if (!byKey) {
    const cover = listPlanCover(model);
    byKey = new Map();
    for (const k of new Set([...cover.approved.keys(), ...cover.other.keys()]))
      byKey.set(
        k,
        [...new Set([...(cover.approved.get(k) ?? []), ...(cover.other.get(k) ?? [])])]
          .filter((p) => p.data.status !== 'retired')
          .sort(byPlanStatus),
      );
    built.set(model, byKey);
  }
  return byKey.get(key) ?? NONE;
}
