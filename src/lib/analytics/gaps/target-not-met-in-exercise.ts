/**
 * target-not-met-in-exercise: a service whose latest measured recovery time (or point), in a
 * completed exercise or a real incident dated on or before asOf, exceeds its declared RTO (RPO); without a
 * declared objective, the target RTO (required RPO).
 * Why: an exercise (or a real outage) is the evidence that an objective can be met; the latest
 * one decides, so a later success clears an earlier failure.
 * Severity (CRITERIA): by the tier of the service and how far the worse objective was missed,
 * as a share of it: high for tier 1 missed by half or more; medium for tier 1 missed by less,
 * or tier 2 by half or more; low otherwise.
 * Standard: ISO 22301 8.5 (exercise results against objectives), DORA Art. 11(6).
 */
import { formatDuration as fd } from '../../schema/duration.ts';
import { toFinding } from '../../model/finding.ts';
import type { RecordKey } from '../../model/key.ts';
import { internal } from '../../model/internal.ts';
import { ref, text, type Text } from '../../model/text.ts';
import type { Measurement } from '../exercise-history.ts';
import { findExerciseShortfalls, type ExerciseShortfall } from '../exercise-shortfalls.ts';
import type { GapOf, GapRule, GapSeverity } from '../gap.ts';

const CRITERIA =
  'By the tier of the service and how far the worse of RTO and RPO was missed. High: tier 1 missed by half the objective or more. Medium: tier 1 missed by less, or tier 2 by half or more. Low: otherwise.';

/** How far the worse objective was missed, as a share of it (0.5: by half). */
const missOf = (s: ExerciseShortfall): number =>
  Math.max(
    ...[s.rto, s.rpo].map((m) =>
      m === undefined ? 0 : m.target > 0 ? (m.measured.minutes - m.target) / m.target : Infinity,
    ),
  );

function severityOf(tier: number | undefined, s: ExerciseShortfall): GapSeverity {
  const far = missOf(s) >= 0.5;
  if (tier === 1) return far ? 'high' : 'medium';
  return tier === 2 && far ? 'medium' : 'low';
}

type Miss = NonNullable<ExerciseShortfall['rto']>;

/** "recovered in 10h against its declared RTO of 8h" */
const recovered = (m: Miss) =>
  `recovered in ${fd(m.measured.minutes)} against its ${m.declared ? 'declared' : 'target'} RTO of ${fd(m.target)}`;

/** "lost 55m of data against its declared RPO of 1h" */
const lost = (m: Miss) =>
  `lost ${fd(m.measured.minutes)} of data against its ${m.declared ? 'declared' : 'required'} RPO of ${fd(m.target)}`;

/** "In ex (date) db recovered in 10h against its declared RTO of 8h and lost 55m of data against its declared RPO of 1h." */
function shortfallMessage(key: RecordKey, s: ExerciseShortfall): Text {
  const { rto, rpo } = s;
  const where = (m: Measurement) => text`${ref(m.source)} (${m.date})`;
  const service = ref(key);
  if (rto && rpo)
    return rto.measured.source === rpo.measured.source
      ? text`In ${where(rto.measured)} ${service} ${recovered(rto)} and ${lost(rpo)}.`
      : text`In ${where(rto.measured)} ${service} ${recovered(rto)}, and in ${where(rpo.measured)} it ${lost(rpo)}.`;
  if (rto) return text`In ${where(rto.measured)} ${service} ${recovered(rto)}.`;
  if (rpo) return text`In ${where(rpo.measured)} ${service} ${lost(rpo)}.`;
  throw internal(`the exercise shortfall of ${key} has neither an RTO nor an RPO`);
}

/** The target-not-met-in-exercise rule: services whose latest exercise missed the RTO or RPO. */
export const targetNotMetInExercise: GapRule<'target-not-met-in-exercise'> = {
  id: 'target-not-met-in-exercise',
  criteria: CRITERIA,
  find(ctx) {
    const gaps: GapOf<'target-not-met-in-exercise'>[] = [];
    for (const [key, s] of findExerciseShortfalls(ctx)) {
      const objective = s.rto && s.rpo ? 'RTO and RPO' : s.rto ? 'RTO' : 'RPO';
      gaps.push(
        toFinding({
          key,
          rule: 'target-not-met-in-exercise',
          severity: severityOf(ctx.tierOf(key), s),
          message: shortfallMessage(key, s),
          fix: text`Fix what slowed the ${s.rto ? 'restore' : 'data recovery'} (see the exercise findings) and test ${ref(key)} again; if the objective cannot be met, agree a looser ${objective} with the business and update the record.`,
        }),
      );
    }
    return gaps;
  },
};
