/**
 * A service's availability as facts for its page: the target and where it comes from, the
 * downtime budget it allows, the downtime of the last year and quarter with what is left of the
 * budget, and the mean time to restore against the target RTO. Plain strings; figures from
 * src/lib/analytics/availability.ts.
 */
import { formatDuration as fd } from '../schema/duration.ts';
import { formatBudget } from '../analytics/gaps/over-downtime-budget.ts';
import type { ShownAvailability } from '../publish/publish.ts';
import type { WindowFigures } from '../analytics/availability.ts';
import type { Fact } from './facts.ts';

const incidents = (n: number) => (n === 1 ? '1 incident' : `${n} incidents`);

/** "2h 10m down: 99.975 % available; 2h 13m of its 4h 23m budget left" */
function windowText(w: WindowFigures): string {
  const down = w.downtime ? `${formatBudget(w.downtime)} down` : 'never down';
  const budget =
    w.budget === undefined || w.left === undefined
      ? ''
      : w.left < 0
        ? `; over its ${formatBudget(w.budget)} budget by ${formatBudget(-w.left)}`
        : `; ${formatBudget(w.left)} of its ${formatBudget(w.budget)} budget left`;
  return `${down}: ${w.achieved} % available${budget}`;
}

/** The availability facts of a service; `targetRto` is its target RTO in minutes, if any. */
export function toAvailabilityFacts(a: ShownAvailability, targetRto?: number): Fact[] {
  const facts: [string, string][] = [];
  if (a.target !== undefined && a.year.budget !== undefined)
    facts.push(
      [
        'Availability target',
        `${a.target} %, ${a.targetSource === 'service' ? 'set on the service' : 'the target of its tier (organisation.yaml)'}`,
      ],
      [
        'Downtime budget',
        `${formatBudget(a.year.budget)} a year, ${formatBudget(a.quarter.budget ?? 0)} a quarter`,
      ],
    );
  else facts.push(['Availability target', 'none: set availability on the service or its tier']);
  const n = a.incidents.length + a.restrictedIncidents;
  facts.push(
    ['Last 365 days', `${windowText(a.year)}${n ? ` (${incidents(n)})` : ''}`],
    ['Last 91 days', windowText(a.quarter)],
  );
  if (a.mttr !== undefined)
    facts.push([
      'Mean time to restore',
      `${fd(a.mttr)} over the last year's incidents${
        targetRto === undefined
          ? ''
          : a.mttr > targetRto
            ? `, longer than its target RTO of ${fd(targetRto)}`
            : `, within its target RTO of ${fd(targetRto)}`
      }${a.open ? `; ${incidents(a.open)} still open` : ''}`,
    ]);
  return facts.map(([label, value]) => ({ label, value }));
}
