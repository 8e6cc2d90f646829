/**
 * Plan cover: which plans cover each service and business function, the approved ones apart
 * from the rest (drafts, plans under review, retired plans), which messages name.
 *
 * Guarantees: keyed by "services/id" and "bia/id"; each list in plan id order; an approved
 * plan appears once per record even when it lists the record twice; the other plans are
 * listed as written (a repeated reference is repeated, as the messages that name them always did).
 * Complexity: O(plans + covered references).
 */
import type { Entry, Model } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';

/** The plans covering each service and function. */
export interface PlanCover {
  /** Approved plans, by the key of what they cover. */
  approved: Map<RecordKey, Entry<'plans'>[]>;
  /** Plans not approved, by the key of what they cover. */
  other: Map<RecordKey, Entry<'plans'>[]>;
}

/** The plan cover of every service and function of the model. */
export function listPlanCover(model: Model): PlanCover {
  const approved = new Map<RecordKey, Entry<'plans'>[]>();
  const other = new Map<RecordKey, Entry<'plans'>[]>();
  for (const plan of model.byKind.plans) {
    const isApproved = plan.data.status === 'approved';
    const cover = isApproved ? approved : other;
    const add = (key: RecordKey) => {
      const seen = cover.get(key);
      if (!seen) cover.set(key, [plan]);
      else if (!isApproved || !seen.includes(plan)) seen.push(plan);
    };
    for (const id of plan.data.covers.services) add(keyOf('services', id));
    for (const id of plan.data.covers.functions) add(keyOf('bia', id));
  }
  return { approved, other };
}
