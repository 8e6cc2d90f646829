/**
 * What the printable tier-1 plans page shows: every approved plan that covers a tier-1 service
 * (tiers of the whole organisation), in the order of the first recovery wave of the tier-1
 * services it covers, each with its facts and tables, and how many such plans the edition
 * does not name. Only recovery plans (service continuity, disaster recovery) are printed: an
 * exit plan is not a wave-1 recovery plan. Plain data; the page lays it out and renders each
 * plan's body.
 */
import type { NodeRecovery } from '../analytics/recovery.ts';
import type { Published } from '../publish/publish.ts';
import type { Entry } from '../model/model.ts';
import { keyOf, type RecordKey } from '../model/key.ts';
import { toFacts, toTables, type Fact, type FactTable } from './facts.ts';

export interface PrintedPlan {
  id: string;
  title: string;
  href: string;
  /** Anchor of the plan's article and of its heading. */
  anchor: string;
  headingId: string;
  /** "(wave 1)", "" when no tier-1 service it covers has a wave this edition names. */
  wave: string;
  facts: Fact[];
  tables: FactTable[];
}

export interface Tier1PlansView {
  /** "7 approved plans" or "8 approved plans (1 of them restricted, not printed here)". */
  count: string;
  plans: PrintedPlan[];
}

/** The plans that recover services (an exit or communication plan is not a recovery plan). */
const RECOVERY_TYPES: ReadonlySet<string> = new Set(['service-continuity', 'disaster-recovery']);

/** The tier-1 plans of one edition, for printing; `href` makes a shown record's link. */
export function toTier1PlansPage(
  site: Published,
  href: (key: RecordKey) => string,
): Tier1PlansView {
  const { model, recovery, records } = site;
  // A service the edition does not name still has its tier (numbers are never hidden).
  const isTier1 = (id: string) => recovery.tierOf(keyOf('services', id)) === 1;
  const isTier1Plan = (e: Entry) =>
    e.kind === 'plans' &&
    RECOVERY_TYPES.has((e as Entry<'plans'>).data.type) &&
    (e as Entry<'plans'>).data.status === 'approved' &&
    (e as Entry<'plans'>).data.covers.services.some(isTier1);
  const firstWave = (p: Entry<'plans'>) =>
    Math.min(
      ...p.data.covers.services
        .map((id) => recovery.byKey.get(keyOf('services', id)))
        .filter((n): n is NodeRecovery => n?.tier === 1)
        .map((n) => n.wave ?? Infinity),
    );
  const all = records.count(isTier1Plan);
  const plans = (records.pick(isTier1Plan) as Entry<'plans'>[])
    .map((p) => ({ p, wave: firstWave(p) }))
    .sort((a, b) => a.wave - b.wave || (a.p.id < b.p.id ? -1 : 1));
  return {
    count:
      `${all.total} approved recovery plans` +
      (all.restricted ? ` (${all.restricted} of them restricted, not printed here)` : ''),
    plans: plans.map(({ p, wave }) => ({
      id: p.id,
      title: p.data.title,
      href: href(p.key),
      anchor: `plan-${p.id}`,
      headingId: `h-${p.id}`,
      wave: Number.isFinite(wave) ? `(wave ${wave})` : '',
      facts: toFacts(model, p),
      tables: toTables(model, p),
    })),
  };
}
