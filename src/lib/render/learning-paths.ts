/**
 * The five learning paths, one per audience, each an ordered list of steps with the time each
 * takes and a total: first the guides written for the path's audiences (guide `audience`), by
 * their `order`, then id; then, for responders, the roles index (find your role's page);
 * then, for responders and executives, extracts of the approved recovery plans for tier-1
 * services in recovery order (toTier1PlansPage): when to activate and who may declare, and for
 * responders the steps as well. Reading time is the words of what the step links to (a guide's
 * body, a plan's activation criteria and steps) at 200 words a minute (reading-time.ts); the
 * roles index is set at 5 minutes. Guides and plans the edition does not name are counted,
 * never named. Hrefs are site paths without the base ("guides/what-is-itscm/"). Plain data.
 * O(guides + plans) per path.
 */
import type { Published } from '../publish/publish.ts';
import type { Entry } from '../model/model.ts';
import type { Guide } from '../schema/guide.ts';
import type { RecordKey } from '../model/key.ts';
import { formatDuration } from '../schema/duration.ts';
import { toTier1PlansPage } from './tier1-plans-page.ts';
import { countWords, readingMinutes } from './reading-time.ts';
import { listRoles } from './roles.ts';

type Audience = Guide['audience'][number];

/** How much of the tier-1 plans a path reads: none, when to activate, or that and the steps. */
type PlanExtract = 'none' | 'activation' | 'steps';

/** One learning path as defined: who it is for and what it reads. */
export interface LearningPathDefinition {
  /** Path segment of /learn/<id>/. */
  id: 'all-staff' | 'responders' | 'plan-owners' | 'managers' | 'executives';
  title: string;
  /** Who it is for, one sentence. */
  for: string;
  /** Guides for any of these audiences are on the path. */
  audiences: readonly Audience[];
  /** Whether the roles index is a step. */
  roles: boolean;
  plans: PlanExtract;
}

/** The five paths, in the order the guides index lists them. */
export const LEARNING_PATHS: readonly LearningPathDefinition[] = [
  {
    id: 'all-staff',
    title: 'All staff',
    for: 'Everyone: what continuity is, the words it uses, and what to do when something is down.',
    audiences: ['all-staff'],
    roles: false,
    plans: 'none',
  },
  {
    id: 'responders',
    title: 'Responders',
    for: 'Whoever holds a role in a plan: the roles, then when the tier-1 plans start and their steps.',
    audiences: ['incident-manager'],
    roles: true,
    plans: 'steps',
  },
  {
    id: 'plan-owners',
    title: 'Plan owners',
    for: 'Owners of plans and services: writing, exercising and keeping records current.',
    audiences: ['plan-owner', 'service-owner'],
    roles: false,
    plans: 'none',
  },
  {
    id: 'managers',
    title: 'Continuity managers',
    for: 'Who runs the programme: impact analysis, exercises, vendors and reviews.',
    audiences: ['continuity-manager'],
    roles: false,
    plans: 'none',
  },
  {
    id: 'executives',
    title: 'Executives',
    for: 'Who may declare a disaster: why it matters, the roles, and when each tier-1 plan is invoked.',
    audiences: ['executive'],
    roles: false,
    plans: 'activation',
  },
];

export type LearningPathId = LearningPathDefinition['id'];

/** One step of a path. */
export interface LearningStep {
  /** 1-based position. */
  n: number;
  kind: 'guide' | 'plan' | 'roles';
  title: string;
  /** "Guide", "Plan: when to activate and the steps", "Roles". */
  what: string;
  /** Site path without the base: "guides/what-is-itscm/", "plans/erp-recovery/#activation". */
  href: string;
  /** Minutes to read. */
  minutes: number;
  /** "6m". */
  estimate: string;
}

export interface LearningPathView {
  id: LearningPathId;
  title: string;
  for: string;
  steps: LearningStep[];
  /** Minutes of every step together. */
  minutes: number;
  /** "42m", "1h 5m". */
  total: string;
  /** Guides and plans of the path that the edition does not name (counted). */
  restricted: number;
  /** What that count is, for the note: "more guides and plans on this path are". */
  restrictedWhat: string;
}

/** Minutes the roles index step is set at (it has no body to count). */
const ROLES_MINUTES = 5;

const cache = new WeakMap<Published, LearningPathView[]>();

/** Every path as edition `site` shows it, in LEARNING_PATHS order; computed once per edition. */
export function toLearningPaths(site: Published): LearningPathView[] {
  const hit = cache.get(site);
  if (hit) return hit;
  const tier1 = toTier1PlansPage(site, (k: RecordKey) => k).plans.map(
    (p) => site.model.index.get(`plans/${p.id}`) as Entry<'plans'>,
  );
  const tier1Restricted = site.records.count(
    (e) => e.kind === 'plans' && isTier1Plan(site, e),
  ).restricted;
  const out = LEARNING_PATHS.map((d) => toPath(site, d, tier1, tier1Restricted));
  cache.set(site, out);
  return out;
}

/** The path `id`, or undefined for no such path. */
export const toLearningPath = (site: Published, id: string): LearningPathView | undefined =>
  toLearningPaths(site).find((p) => p.id === id);

/** The same test as the printable tier-1 plans: an approved recovery plan covering a tier-1 service. */
function isTier1Plan(site: Published, e: Entry): boolean {
  const p = e as Entry<'plans'>;
  return (
    ['service-continuity', 'disaster-recovery'].includes(p.data.type) &&
    p.data.status === 'approved' &&
    p.data.covers.services.some((id) => site.recovery.tierOf(`services/${id}`) === 1)
  );
}

function toPath(
  site: Published,
  d: LearningPathDefinition,
  tier1: readonly Entry<'plans'>[],
  tier1Restricted: number,
): LearningPathView {
  const isFor = (e: Entry) =>
    e.kind === 'guides' &&
    (e as Entry<'guides'>).data.audience.some((a) => d.audiences.includes(a));
  const guides = (site.model.byKind.guides as Entry<'guides'>[])
    .filter(isFor)
    .sort((a, b) => a.data.order - b.data.order || (a.id < b.id ? -1 : 1));
  const steps: Omit<LearningStep, 'n' | 'estimate'>[] = guides.map((g) => ({
    kind: 'guide',
    title: g.data.title,
    what: 'Guide',
    href: `guides/${g.id}/`,
    minutes: readingMinutes(countWords([g.data.title, g.data.summary ?? '', g.body].join('\n'))),
  }));
  if (d.roles && listRoles(site.model).length > 0)
    steps.push({
      kind: 'roles',
      title: 'Find your role',
      what: 'Roles: who holds each, its steps in every plan, its first hour',
      href: 'roles/',
      minutes: ROLES_MINUTES,
    });
  if (d.plans !== 'none')
    for (const p of tier1) {
      const words = [
        ...p.data.activation,
        ...(d.plans === 'steps' ? p.data.steps.map((s) => `${s.role} ${s.action}`) : []),
      ];
      steps.push({
        kind: 'plan',
        title: p.data.title,
        what:
          d.plans === 'steps' ? 'Plan: when to activate and the steps' : 'Plan: when to activate',
        href: `plans/${p.id}/#activation`,
        minutes: readingMinutes(countWords(words.join('\n'))),
      });
    }
  const minutes = steps.reduce((n, s) => n + s.minutes, 0);
  const restricted =
    site.records.count(isFor).restricted + (d.plans === 'none' ? 0 : tier1Restricted);
  return {
    id: d.id,
    title: d.title,
    for: d.for,
    steps: steps.map((s, i) => ({ ...s, n: i + 1, estimate: formatDuration(s.minutes) })),
    minutes,
    total: formatDuration(minutes),
    restricted,
    restrictedWhat:
      restricted === 1
        ? 'more guide or plan on this path is'
        : 'more guides and plans on this path are',
  };
}

/** Where a page is on the paths: for each path that has it, the step, the one before and after. */
export interface PathPlace {
  path: { id: LearningPathId; title: string };
  n: number;
  of: number;
  previous?: LearningStep;
  next?: LearningStep;
}

const places = new WeakMap<Published, Map<string, PathPlace[]>>();
const stripAnchor = (h: string) => h.replace(/#.*$/, '');

/** The paths that have a step linking `href` (a site path, anchors ignored), in path order. */
export function placesOf(site: Published, href: string): PathPlace[] {
  let byHref = places.get(site);
  if (!byHref) {
    // Once per build: every record page asks, and a path can have hundreds of steps.
    const map = new Map<string, PathPlace[]>();
    for (const p of toLearningPaths(site))
      p.steps.forEach((s, i) => {
        const at = stripAnchor(s.href);
        const list = map.get(at) ?? [];
        // The first step of a path that links the page, as before.
        if (list.some((x) => x.path.id === p.id)) return;
        list.push({
          path: { id: p.id, title: p.title },
          n: i + 1,
          of: p.steps.length,
          previous: p.steps[i - 1],
          next: p.steps[i + 1],
        });
        map.set(at, list);
      });
    places.set(site, map);
    byHref = map;
  }
  return byHref.get(stripAnchor(href)) ?? [];
}
