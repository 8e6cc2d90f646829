/**
 * Checks of the backups of the tier 1-2 services that hold data: those that declare an RPO or
 * record a backup (a service that does neither, such as a gateway or a network, keeps no data
 * of its own to back up, even when what depends on it requires an RPO). Backups taken at least
 * as often as the RPO they must meet (the tighter of declared and required by what depends on
 * them: the recovery analysis), and restore-tested within the exercise window (the service's
 * last restore test, or a recovery point measured in a completed exercise or incident).
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
  summary: 'No tier 1-2 service declares a recovery point objective or records a backup',
};

/**
 * The tier 1-2 services that hold data (declare an RPO or record a backup) and have an RPO to
 * meet (the tighter of declared and required), with it and their backup.
 */
function servicesWithRpo(input: CheckInput) {
  const { ctx } = input;
  const out: { x: NodeRecovery; rpo: number; backup: Service['backup'] }[] = [];
  for (const x of ctx.recovery.nodes) {
    if (x.kind !== 'services' || !ctx.isCritical(x.key)) continue;
    const { declared, required } = x.rpo;
    const rpo =
      declared === undefined
        ? required
        : required === undefined
          ? declared
          : Math.min(declared, required);
    const data = ctx.model.index.get(x.key)?.data as Service | undefined;
    if (rpo === undefined || (declared === undefined && !data?.backup)) continue;
    out.push({ x, rpo, backup: data?.backup });
  }
  return out;
}

/**
 * backups-within-rpo. Looks at every tier 1-2 service that declares an RPO or records a backup,
 * with the RPO it must meet (the tighter of declared and required through hard dependencies).
 * One passes when it records a backup (backup.interval) no longer than that RPO. Met when all
 * pass, partly when some do, not met when none does or no such service exists.
 */
export const backupsWithinRpo: Check = {
  evidencedBy:
    'The backup of each tier 1-2 service that holds data, that is declares an RPO or records a backup (services/: rpo, backup.interval), against the tighter of its declared RPO and the RPO required by what depends on it.',
  rule: 'Every tier 1-2 service that declares an RPO or records a backup needs a backup (backup.interval) taken at least as often as the tighter of its declared RPO and the RPO required by what depends on it. A service that does neither (a gateway, a network) holds no data of its own and is not looked at. Met: all such services; partly: some; not met: none, or no such service.',
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
    return judge(judged, {
      what: 'tier 1-2 services holding data backed up within their RPO',
      empty: NONE,
    });
  },
};

/**
 * restores-tested. Looks at the same services as backups-within-rpo. One passes when its data
 * was restored in test within settings.review.exerciseEveryMonths before asOf: its
 * backup.lastRestoreTest, or the date of the latest recovery point measured for it in a
 * completed exercise or a real incident (the exercise history), whichever is later. Met when all pass, partly when
 * some do, not met when none does or no tier 1-2 service has an RPO.
 */
export const restoresTested: Check = {
  evidencedBy:
    'The last restore test of each tier 1-2 service that declares an RPO or records a backup (services/: backup.lastRestoreTest), or a recovery point measured for it in a completed exercise or a real incident (recoveryPoint).',
  rule: 'Every tier 1-2 service that declares an RPO or records a backup needs a restore test within the exercise window of organisation.yaml (review.exerciseEveryMonths): its backup.lastRestoreTest, or a recovery point measured in a completed exercise or a real incident. Met: all such services; partly: some; not met: none, or no such service.',
  run(input) {
    const { ctx } = input;
    const { asOf, settings } = ctx.model;
    const every = settings.review.exerciseEveryMonths;
    const judged = servicesWithRpo(input).map(({ x, backup }) => {
      const tested = backup?.lastRestoreTest;
      const measured = ctx.exercises.latestOf(x.key)?.point?.date;
      const last =
        tested === undefined
          ? measured
          : measured === undefined || tested > measured
            ? tested
            : measured;
      const reasons: Text[] = [];
      if (last === undefined)
        reasons.push([
          'restore never tested: no backup.lastRestoreTest and no recovery point measured in an exercise or incident',
        ]);
      else if (addMonths(last, every) < asOf)
        reasons.push(
          text`last restore test ${last}, more than ${every === 1 ? '1 month' : `${every} months`} ago (backup.lastRestoreTest)`,
        );
      return { key: x.key, reasons };
    });
    return judge(judged, {
      what: `tier 1-2 services holding data restore-tested within ${every === 1 ? '1 month' : `${every} months`}`,
      empty: NONE,
    });
  },
};
