/**
 * A plan's page in the order a responder needs it: the status line (approved or not, last
 * exercised, review due, warnings first), what it covers, when to activate and who may declare
 * (with their numbers), the steps once as a numbered checklist (each with the named primary and
 * alternate of its role and their numbers), escalation and communication, stand-down. The
 * facts, the body and the analysis follow on the page. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import type { Entry } from '../model/model.ts';
import { formatText, type Text } from '../model/text.ts';
import { nameOfKey } from '../publish/shown.ts';
import { planDuration } from '../analytics/plan-duration.ts';
import { formatDuration } from '../schema/duration.ts';
import { toLink, type RecordLink } from './facts.ts';
import { roleHolders } from './role-holders.ts';
import { findRole } from './roles.ts';
import {
  escalationOf,
  holderContact,
  toPersonContact,
  type PersonContact,
} from './person-contact.ts';

/** A plan's status line: what a responder must know before trusting it. */
export interface PlanStatusView {
  /** "approved, version 3.1". */
  status: string;
  /** "Last exercised 2026-05-12 in ex-…" or "Never exercised"; undefined when no exercise is due for it. */
  exercised?: string;
  /** "Review overdue since …", "Reviewed …", … */
  review?: string;
  /** Warnings to show first: never exercised, exercise or review overdue, not approved. */
  warnings: string[];
  /** The plan's own duration from its steps: "5h 25m", or why it is unknown. */
  duration?: string;
  /** The chain of steps that decides it: "longest chain: confirm → assess → …". */
  durationPath?: string;
}

/** One step of a plan as a checklist item. */
export interface PlanStepView {
  /** 1-based position. */
  n: number;
  id: string;
  phase: string;
  action: string;
  role: string;
  /** The slug of the role's page (roles/<slug>/); undefined when the edition names no such role. */
  roleSlug?: string;
  /** Who holds the role: primaries first, each with the work phone; empty when nobody does. */
  holders: PersonContact[];
  /** "30m", "" when not estimated. */
  estimate: string;
  /** "after 1 (assess), 2 (notify)", "" when it waits for nothing. */
  after: string;
}

/** The page's own sections, for the contents list at the top. */
export interface ContentsItem {
  id: string;
  label: string;
}

/** A plan's procedure, in the order a responder follows it. */
export interface PlanProcedureView {
  /** Links to the sections below that the plan has. */
  contents: ContentsItem[];
  /** What it recovers or keeps going. */
  covers: { services: RecordLink[]; functions: RecordLink[] };
  activation: string[];
  /** Who may declare the plan, with their work numbers. */
  declaredBy: PersonContact[];
  steps: PlanStepView[];
  /** Each team carrying it out, with whom to call in its escalation order (work phones). */
  escalation: { team: RecordLink; people: PersonContact[] }[];
  /** Services the plan uses to communicate (chat, bridge, e-mail). */
  channels: RecordLink[];
  standDown: string[];
}

const show = (t: Text | string) => (typeof t === 'string' ? t : formatText(t, nameOfKey));
/** The status line of a plan, from its own fields and the review-due items about it. */
export function toPlanStatus(site: Published, plan: Entry<'plans'>): PlanStatusView {
  const items = site.about(plan.key).reviews;
  const of = (check: string) => items.find((r) => r.check === check);
  const exercise = of('exercise');
  const review = of('review');
  const retest = of('re-test')?.change;
  const warnings: string[] = [];
  if (plan.data.status !== 'approved')
    warnings.push(`This plan is ${plan.data.status}, not approved.`);
  if (exercise?.status === 'never') warnings.push('This plan has never been exercised.');
  if (exercise?.status === 'overdue')
    warnings.push(`Its exercise is overdue by ${exercise.daysLate} days.`);
  if (retest)
    warnings.push(
      `It has changed since its last exercise on ${retest.exercised} (first on ${retest.on}): the changes are not tested yet.`,
    );
  if (review?.status === 'never') warnings.push('This plan has never been reviewed.');
  if (review?.status === 'overdue')
    warnings.push(`Its review is overdue by ${review.daysLate} days.`);
  const d = planDuration(plan.data.steps);
  return {
    status: [plan.data.status, plan.data.version && `version ${plan.data.version}`]
      .filter(Boolean)
      .join(', '),
    exercised: exercise && show(exercise.detail),
    review: review && show(review.detail),
    warnings,
    duration: d
      ? `${formatDuration(d.minutes)} from its steps`
      : plan.data.steps.length
        ? 'unknown (a step has no estimate, or the steps wait for each other)'
        : undefined,
    durationPath: d && `longest chain: ${d.path.join(' → ')}`,
  };
}

/** A plan's procedure: covers, activation and declarers, steps with role holders, escalation, stand-down. */
export function toProcedure(site: Published, plan: Entry<'plans'>): PlanProcedureView {
  const { model } = site;
  const { data } = plan;
  const number = new Map(data.steps.map((s, i) => [s.id, i + 1]));
  const escalation = data.teams.map((id) => ({
    team: toLink(model, 'teams', id),
    people: escalationOf(model, id, false),
  }));
  const covers = {
    services: data.covers.services.map((id) => toLink(model, 'services', id)),
    functions: data.covers.functions.map((id) => toLink(model, 'bia', id)),
  };
  const channels = data.channels.map((id) => toLink(model, 'services', id));
  const contents: ContentsItem[] = [
    ...(covers.services.length + covers.functions.length
      ? [{ id: 'covers', label: 'Covers' }]
      : []),
    ...(data.activation.length || data.declaredBy.length
      ? [{ id: 'activation', label: 'When to activate' }]
      : []),
    { id: 'steps', label: 'Steps' },
    ...(escalation.length || channels.length
      ? [{ id: 'escalation', label: 'Escalation and communication' }]
      : []),
    ...(data.standDown.length ? [{ id: 'stand-down', label: 'When to stand down' }] : []),
    { id: 'facts', label: 'Facts' },
  ];
  return {
    contents,
    covers,
    activation: data.activation,
    declaredBy: data.declaredBy.map((id) => toPersonContact(model, id)),
    steps: data.steps.map((s, i) => ({
      n: i + 1,
      id: s.id,
      phase: s.phase,
      action: s.action,
      role: s.role,
      roleSlug: findRole(model, s.role)?.slug,
      // Numbers only: in a step the reader calls, the addresses are on the person's page.
      holders: roleHolders(model, s.role, data.teams).map((h) => ({
        ...holderContact(model, h, data.teams),
        email: [],
      })),
      estimate: s.estimate === undefined ? '' : formatDuration(s.estimate),
      after: s.after.length
        ? `after ${s.after.map((id) => (number.has(id) ? `${number.get(id)} (${id})` : id)).join(', ')}`
        : '',
    })),
    escalation,
    channels,
    standDown: data.standDown,
  };
}
