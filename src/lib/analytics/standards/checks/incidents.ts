/**
 * Checks of the real incidents: the lessons learned from each one that is over recorded and
 * acted on in time (its findings, tracked by review-due like an exercise's), and a written
 * post-incident review of each that took down a tier 1-2 service or disrupted a tier 1-2
 * function.
 * Reference: ISO 22301 10.1 (nonconformity and corrective action), DORA Art. 13(2)
 * (post-incident reviews); NIST SP 800-61 practice.
 */
import type { Entry } from '../../../model/model.ts';
import { keyOf } from '../../../model/key.ts';
import type { Text } from '../../../model/text.ts';
import type { Check, CheckInput } from '../requirement.ts';
import { judge, lateItems } from './judge.ts';

/** Any text that is not white space. */
const HAS_TEXT = /\S/;

/** The incidents over by asOf (recovered on or before it), in id order: those whose lessons are due. */
const endedIncidents = (input: CheckInput): Entry<'incidents'>[] =>
  input.ctx.model.byKind.incidents.filter(
    (x) => x.data.recovered !== undefined && x.data.recovered.slice(0, 10) <= input.ctx.model.asOf,
  );

/** Why the findings of an incident fail: none recorded, or one past due or without a due date. */
function lessonReasons(input: CheckInput, x: Entry<'incidents'>): Text[] {
  if (x.data.findings.length === 0) return [['no lessons learned recorded (findings)']];
  const reasons: Text[] = [];
  const late = new Set(lateItems(input, 'finding', x.key).map((i) => i.subject));
  for (const f of x.data.findings) {
    if (f.status === 'closed') continue;
    if (f.due === undefined)
      reasons.push([`lesson ${f.id} (${f.severity}, ${f.status}) has no due date (due)`]);
    else if (late.has(f.id))
      reasons.push([`lesson ${f.id} (${f.severity}, ${f.status}) was due ${f.due}`]);
  }
  return reasons;
}

/**
 * incident-lessons. Looks at every incident recovered on or before asOf. One passes when it
 * records its lessons learned (at least one finding) and every one that is not closed has a due
 * date that has not passed. Met when all pass, partly when some do, not met when none does; not
 * applicable when no incident is over.
 */
export const incidentLessons: Check = {
  evidencedBy:
    'The incidents (incidents/) that are over, and the lessons learned each records as findings (owner, due date, status), tracked to closure like an exercise’s.',
  rule: 'Every incident recovered by today needs its lessons learned recorded (findings), and each lesson that is not closed a due date that has not passed. Met: all such incidents; partly: some; not met: none. Not applicable when no incident is recorded as over.',
  run(input) {
    const judged = endedIncidents(input).map((x) => ({
      key: x.key,
      reasons: lessonReasons(input, x),
    }));
    return judge(judged, {
      what: 'incidents over with their lessons recorded and acted on in time',
      empty: { status: 'not-applicable', summary: 'No incident is recorded as over' },
    });
  },
};

/**
 * post-incident-review. Looks at every incident recovered on or before asOf that took down
 * (impact down) a tier 1-2 service or disrupted a tier 1-2 function. One passes when its body
 * holds the written review (any text) and it records its lessons learned (at least one finding),
 * each closed or with a due date. Met when all pass, partly when some do, not met when none
 * does; not applicable when no such incident is over.
 */
export const postIncidentReview: Check = {
  evidencedBy:
    'The incidents that took down a tier 1-2 service or disrupted a tier 1-2 function: the written review in the record’s body (causes, what worked, what did not) and the lessons learned as findings.',
  rule: 'Every incident over by today that took down a tier 1-2 service or disrupted a tier 1-2 function needs a written post-incident review (the record’s body) and its lessons learned recorded (findings), each closed or with a due date. Met: all such incidents; partly: some; not met: none. Not applicable when no such incident is recorded.',
  run(input) {
    const { ctx } = input;
    const judged = endedIncidents(input)
      .filter(
        (x) =>
          x.data.services.some(
            (s) => s.impact === 'down' && ctx.isCritical(keyOf('services', s.service)),
          ) || x.data.functions.some((f) => ctx.isCritical(keyOf('bia', f))),
      )
      .map((x) => {
        const reasons: Text[] = [];
        if (!HAS_TEXT.test(x.body)) reasons.push(['no written review in its body']);
        if (x.data.findings.length === 0) reasons.push(['no lessons learned recorded (findings)']);
        for (const f of x.data.findings)
          if (f.status !== 'closed' && f.due === undefined)
            reasons.push([`lesson ${f.id} has no due date (due)`]);
        return { key: x.key, reasons };
      });
    return judge(judged, {
      what: 'incidents on tier 1-2 services or functions with a written review and lessons recorded',
      empty: {
        status: 'not-applicable',
        summary: 'No incident over by today took down a tier 1-2 service or function',
      },
    });
  },
};
