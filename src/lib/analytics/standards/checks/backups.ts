/**
 * Checks of the backups of tier 1-2 services that have a recovery point objective: taken at
 * least as often as the RPO they must meet (declared, or required by what depends on them:
 * the recovery analysis), and restore-tested within the exercise window (the service's last
 * restore test, or a recovery point measured in a completed exercise).
 * Reference: DORA Art. 12(1), 12(2); NIST SP 800-34 §3.3 and §3.4.1, SP 800-53 CP-9 and CP-9(1).
 */
import { addMonths } from '../../../schema/date.ts';
import { formatDuration as fd } from '../../../schema/duration.ts';
import { text, type Text } from '../../../model/text.ts';
import type { NodeRecovery } from '../../recovery.ts';
import type { Service } from '../../../schema/service.ts';
import type { Check, CheckInput } from '../requirement.ts';
import { judge } from './judge.ts';

const NONE = {
  status: 'not-met' as const,
  summary: 'No tier 1-2 service has a recovery point objective to back it up against',
};

/** The tier 1-2 services with an RPO to meet (declared or required), with it and their backup. */
function servicesWithRpo(input: CheckInput) {
  const { ctx } = input;
  const out: { x: NodeRecovery; rpo: number; backup: Service['backup'] }[] = [];
  for (const x of ctx.recovery.nodes) {
    if (x.kind !== 'services' || !ctx.isCritical(x.key)) continue;
    const { declared, required } = x.rpo;
    const rpo =
      declared === undefined ? required : required === undefined ? declared : Math.min(declared, required);
    if (rpo === undefined) continue;
    const data = ctx.model.index.get(x.key)?.data as Service | undefined;
    out.push({ x, rpo, backup: data?.backup });
  }
  return out;
}

/**
 * backups-within-rpo. Looks at every tier 1-2 service with an RPO to meet (declared, or required
 * through hard dependencies). One passes when it records a backup (backup.interval) no longer
 * than that RPO. Met when all pass, partly when some do, not met when none does or no tier 1-2
 * service has an RPO.
 */
export const backupsWithinRpo: Check = {
  evidencedBy:
    'The backup of each tier 1-2 service that has a recovery point objective (services/: backup.interval), against the tighter of its declared RPO and the RPO required by what depends on it.',
  rule: 'Every tier 1-2 service with an RPO (declared, or required by what depends on it) needs a backup (backup.interval) taken at least as often as that RPO. Met: all such services; partly: some; not met: none, or no tier 1-2 service has an RPO.',
  run(input) {
    const judged = servicesWithRpo(input).map(({ x, rpo, backup }) => {
      const reasons: Text[] = [];
      if (!backup) reasons.push(text`no backup recorded (backup) for its RPO of ${fd(rpo)}`);
      else if (backup.interval > rpo)
        reasons.push(
          text`backed up every ${fd(backup.interval)}, less often than its RPO of ${fd(rpo)}${x.rpo.declared === undefined || x.rpo.declared > rpo ? ' required by what depends on it' : ''} (backup.interval)`,
        );
      return { key: x.key, reasons };
    });
    return judge(judged, { what: 'tier 1-2 services with an RPO backed up within it', empty: NONE });
  },
};

/**
 * restores-tested. Looks at the same services as backups-within-rpo. One passes when its data
 * was restored in test within settings.review.exerciseEveryMonths before asOf: its
 * backup.lastRestoreTest, or the date of the latest recovery point measured for it in a
 * completed exercise (the exercise history), whichever is later. Met when all pass, partly when
 * some do, not met when none does or no tier 1-2 service has an RPO.
 */
export const restoresTested: Check = {
  evidencedBy:
    'The last restore test of each tier 1-2 service with an RPO (services/: backup.lastRestoreTest), or a recovery point measured for it in a completed exercise (results: recoveryPoint).',
  rule: 'Every tier 1-2 service with an RPO needs a restore test within the exercise window of organisation.yaml (review.exerciseEveryMonths): its backup.lastRestoreTest, or a recovery point measured in a completed exercise. Met: all such services; partly: some; not met: none.',
  run(input) {
    const { ctx } = input;
    const { asOf, settings } = ctx.model;
    const every = settings.review.exerciseEveryMonths;
    const judged = servicesWithRpo(input).map(({ x, backup }) => {
      const tested = backup?.lastRestoreTest;
      const measured = ctx.exercises.latestOf(x.key)?.point?.date;
      const last =
        tested === undefined ? measured : measured === undefined || tested > measured ? tested : measured;
      const reasons: Text[] = [];
      if (last === undefined)
        reasons.push([
          'restore never tested: no backup.lastRestoreTest and no recovery point measured in an exercise',
        ]);
      else if (addMonths(last, every) < asOf)
        reasons.push(
          text`last restore test ${last}, more than ${every === 1 ? '1 month' : `${every} months`} ago (backup.lastRestoreTest)`,
        );
      return { key: x.key, reasons };
    });
    return judge(judged, {
      what: `tier 1-2 services with an RPO restore-tested within ${every === 1 ? '1 month' : `${every} months`}`,
      empty: NONE,
    });
  },
};
