/**
 * One role's page: who holds it (primary and alternate, per team, with the work numbers and
 * addresses the edition shows), the plans and steps that name it (phase, estimate, what each
 * step waits for, when it starts after activation), the scenarios those plans are written for,
 * what the role does in the first hour, whom it hands over to (the roles of the steps that wait
 * for its steps) and whom it must reach (the escalation of its teams, the people who may declare
 * its plans). Plans and teams the edition leaves out are counted, never named. Plain data; the
 * page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import type { Entry } from '../model/model.ts';
import { formatDuration } from '../schema/duration.ts';
import { stepTimes } from '../analytics/step-times.ts';
import { toLink, type RecordLink } from './facts.ts';
import { roleHolders } from './role-holders.ts';
import {
  escalationOf,
  holderContact,
  toPersonContact,
  type PersonContact,
} from './person-contact.ts';
import { findRole, listRoles, normRole, type Role } from './roles.ts';
import {
  toCapped,
  type CappedList,
  type ListedRecord,
  type RecordListView,
} from './record-list.ts';
import { plural } from './figure.ts';
import { compareTitles } from './title-order.ts';

/**
 * What a role's page shows of its long lists (a generic role such as "Lead" is held in
 * hundreds of teams and has steps in a thousand plans): the first teams with their holders,
 * the first plans with their steps, the first-hour steps and the people who may declare its
 * plans. The complete lists of holders and plans are pages of their own.
 */
export const ROLE_TEAM_CAP = 10;
export const ROLE_PLAN_CAP = 10;
export const ROLE_STEP_CAP = 20;
export const ROLE_PEOPLE_CAP = 20;

/** Phases that belong to the first hour when a step's start cannot be computed. */
const EARLY_PHASES: readonly string[] = ['detect', 'assess', 'activate'];

/** Another role, as a link to its page. */
export interface RoleLink {
  name: string;
  slug: string;
}

/** One step in the role. */
export interface RoleStepView {
  /** 1-based position in its plan. */
  n: number;
  id: string;
  phase: string;
  action: string;
  /** "30m", "" when not estimated. */
  estimate: string;
  /** "after 1 (assess), 2 (notify)", "" when it waits for nothing. */
  after: string;
  /** Minutes from activation to its start; undefined when unknown. */
  start?: number;
  /** "starts at 0h 30m" after activation, "start unknown" when a step before it has no estimate. */
  starts: string;
  /** True when it starts within the first hour (or, start unknown, its phase is detect, assess or activate). */
  firstHour: boolean;
  /** The roles of the steps that wait for this one. */
  handsOverTo: RoleLink[];
}

/** One plan that names the role. */
export interface RolePlanView {
  plan: RecordLink;
  status: string;
  scenarios: string[];
  steps: RoleStepView[];
}

export interface RolePageView {
  name: string;
  slug: string;
  /** Holders per shown team, primaries first. */
  teams: { team: RecordLink; holders: PersonContact[]; hasAlternate: boolean }[];
  /** Teams with the role that the edition does not name (counted). */
  restrictedTeams: number;
  plans: RolePlanView[];
  /** Plans with a step in the role that the edition does not name (counted). */
  restrictedPlans: number;
  /** What the two counts are, for the note after each list: "more plans with steps in this role are". */
  restrictedWhat: { teams: string; plans: string };
  /** Scenarios of the plans above ("ict failure"), each once, in order met. */
  scenarios: string[];
  /** The steps of the first hour, across plans, earliest first. */
  firstHour: { plan: RecordLink; step: RoleStepView }[];
  /** The roles its steps hand over to, each once, by name. */
  handsOverTo: RoleLink[];
  /** Whom to reach: each team's escalation, then the people who may declare its plans. */
  reach: { label: string; people: PersonContact[] }[];
  /** What the page shows of its long lists (the complete ones: `holdersListed`, `plansListed`). */
  capped: {
    teams: CappedList<RolePageView['teams'][number]>;
    plans: CappedList<RolePlanView>;
    firstHour: CappedList<RolePageView['firstHour'][number]>;
    /** Whom to reach: the escalation of the shown teams, then the first declarers. */
    reach: { label: string; people: CappedList<PersonContact> }[];
  };
  /** Every holder the edition names, by team (team order), primaries first. */
  holdersListed: ListedRecord[];
  /** Every plan with a step in the role, in page order, with its steps in a few words. */
  plansListed: ListedRecord[];
  /** Every role, for the previous/next links: the one before and after in the index. */
  previous?: RoleLink;
  next?: RoleLink;
}

/** A scenario as words: "third-party-failure" reads "third party failure". */
const toScenarioLabel = (s: string) => s.replace(/-/g, ' ');

const toRoleLink = (r: Role): RoleLink => ({ name: r.name, slug: r.slug });

/** The page of the role with slug `slug`; undefined when the edition names no such role. */
export function toRolePage(site: Published, slug: string): RolePageView | undefined {
  const { model } = site;
  const roles = listRoles(model);
  const at = roles.findIndex((r) => r.slug === slug);
  if (at < 0) return undefined;
  const role = roles[at];
  const n = normRole(role.name);

  const holders = roleHolders(model, role.name, []);
  const teams = role.teams.map((id) => ({
    team: toLink(model, 'teams', id),
    holders: holders.filter((h) => h.team === id).map((h) => holderContact(model, h, [id])),
    hasAlternate: holders.some((h) => h.team === id && h.as === 'alternate'),
  }));
  const named = (e: Entry) =>
    (e.kind === 'teams' &&
      (e as Entry<'teams'>).data.members.some((m) => normRole(m.role) === n)) ||
    (e.kind === 'plans' && (e as Entry<'plans'>).data.steps.some((s) => normRole(s.role) === n));

  const plans = role.plans.map((id) =>
    toRolePlan(site, model.index.get(`plans/${id}`) as Entry<'plans'>, n),
  );
  const scenarios = [...new Set(plans.flatMap((p) => p.scenarios))];
  const firstHour = plans
    .flatMap((p) => p.steps.filter((s) => s.firstHour).map((step) => ({ plan: p.plan, step })))
    .sort((a, b) => startOf(a.step) - startOf(b.step));
  const over = new Map<string, RoleLink>();
  for (const p of plans)
    for (const s of p.steps) for (const r of s.handsOverTo) over.set(r.slug, r);

  const teamReach = role.teams
    .map((id) => ({
      id,
      label: `${model.index.get(`teams/${id}`)?.data.title ?? 'restricted record'}: escalation`,
      people: escalationOf(model, id, false),
    }))
    .filter((r) => r.people.length > 0);
  const reach: RolePageView['reach'] = teamReach.map(({ label, people }) => ({ label, people }));
  const declarers = [
    ...new Set(
      role.plans.flatMap(
        (id) => (model.index.get(`plans/${id}`) as Entry<'plans'>).data.declaredBy,
      ),
    ),
  ];
  const declaring = declarers.length
    ? { label: 'May declare its plans', people: declarers.map((id) => toPersonContact(model, id)) }
    : undefined;
  if (declaring) reach.push(declaring);
  // The page reaches the escalation of the teams it shows, and the first declarers.
  const shownTeams = new Set(role.teams.slice(0, ROLE_TEAM_CAP));
  const cappedReach = [
    ...teamReach.filter((r) => shownTeams.has(r.id)),
    ...(declaring ? [declaring] : []),
  ].map((r) => ({ label: r.label, people: toCapped(r.people, ROLE_PEOPLE_CAP) }));
  const holdersListed: ListedRecord[] = teams.flatMap((t) =>
    holders.flatMap((h) =>
      h.team === t.team.id && h.key !== undefined
        ? [{ key: h.key, title: h.name, group: `${t.team.title}, ${h.as}` }]
        : [],
    ),
  );
  const plansListed: ListedRecord[] = plans.map((p) => ({
    key: `plans/${p.plan.id}`,
    title: p.plan.title,
    note: `${p.status}; ${plural(p.steps.length, 'step')}: ${p.steps.map((x) => `${x.n} (${x.phase})`).join(', ')}`,
  }));
  const restrictedTeams = site.records.count((e) => e.kind === 'teams' && named(e)).restricted;
  const restrictedPlans = site.records.count((e) => e.kind === 'plans' && named(e)).restricted;
  return {
    name: role.name,
    slug: role.slug,
    teams,
    restrictedTeams,
    plans,
    restrictedPlans,
    restrictedWhat: {
      teams:
        restrictedTeams === 1 ? 'more team with this role is' : 'more teams with this role are',
      plans:
        restrictedPlans === 1
          ? 'more plan with steps in this role is'
          : 'more plans with steps in this role are',
    },
    scenarios,
    firstHour,
    handsOverTo: [...over.values()].sort((a, b) => compareTitles(a.name, b.name)),
    reach,
    capped: {
      teams: toCapped(teams, ROLE_TEAM_CAP),
      plans: toCapped(plans, ROLE_PLAN_CAP),
      firstHour: toCapped(firstHour, ROLE_STEP_CAP),
      reach: cappedReach,
    },
    holdersListed,
    plansListed,
    previous: at > 0 ? toRoleLink(roles[at - 1]) : undefined,
    next: at < roles.length - 1 ? toRoleLink(roles[at + 1]) : undefined,
  };
}

/** Sort key of a first-hour step: its start, unknown ones last. */
const startOf = (s: RoleStepView) => s.start ?? Number.MAX_SAFE_INTEGER;

/** The steps of `plan` in the role with normalised name `n`. */
function toRolePlan(site: Published, plan: Entry<'plans'>, n: string): RolePlanView {
  const { model } = site;
  const { steps } = plan.data;
  const number = new Map(steps.map((s, i) => [s.id, i + 1]));
  const times = stepTimes(steps);
  return {
    plan: toLink(model, 'plans', plan.id),
    status: [plan.data.status, plan.data.version && `version ${plan.data.version}`]
      .filter(Boolean)
      .join(', '),
    scenarios: plan.data.scenarios.map(toScenarioLabel),
    steps: steps.flatMap((s, i) => {
      if (normRole(s.role) !== n) return [];
      const start = times.get(s.id)?.start;
      const next = steps.filter((o) => o.after.includes(s.id) && normRole(o.role) !== n);
      const view: RoleStepView = {
        n: i + 1,
        start,
        id: s.id,
        phase: s.phase,
        action: s.action,
        estimate: s.estimate === undefined ? '' : formatDuration(s.estimate),
        after: s.after.length
          ? `after ${s.after.map((id) => (number.has(id) ? `${number.get(id)} (${id})` : id)).join(', ')}`
          : '',
        starts:
          start === undefined
            ? 'start unknown'
            : start === 0
              ? 'starts at activation'
              : `starts at ${formatDuration(start)}`,
        firstHour: start === undefined ? EARLY_PHASES.includes(s.phase) : start < 60,
        handsOverTo: [
          ...new Map(
            next
              .map((o) => findRole(model, o.role))
              .filter((r): r is Role => r !== undefined)
              .map((r) => [r.slug, toRoleLink(r)]),
          ).values(),
        ],
      };
      return [view];
    }),
  };
}

/** The complete list of a role's holders; `back` is the role page's address. */
export function toRoleHoldersList(v: RolePageView, back: string): RecordListView {
  return {
    title: `Who holds it: ${v.name}`,
    intro:
      'Every person in this role, by team (in the order the role page lists the teams), primaries first. Their work numbers are on their pages and in their teams’ go-bags.',
    back: { href: back, label: v.name },
    items: v.holdersListed,
    restricted: v.restrictedTeams,
  };
}

/** The complete list of the plans with steps in a role; `back` is the role page's address. */
export function toRolePlansList(v: RolePageView, back: string): RecordListView {
  return {
    title: `Plans and steps: ${v.name}`,
    intro:
      'Every plan with a step in this role, in the order the role page lists them, with its steps (number and phase); each plan’s page has the steps in full.',
    back: { href: back, label: v.name },
    items: v.plansListed,
    restricted: v.restrictedPlans,
  };
}
