/**
 * A person's part in continuity, for their page: the roles they hold (each a link to the role's
 * page, primary or alternate, in which team), what to read (the learning paths for them and the
 * plans of their roles and those they may declare) and what is due (their training items not
 * current, with the reviews page that lists them, and what their teams must do). Which paths:
 * all staff always; responders when they hold a role a plan step names; plan owners when a
 * team of theirs owns a plan; continuity managers when they may declare a plan; executives when
 * they may declare a disaster. The plans are capped: those they may declare first, then those
 * of their roles, each by title, the first LIST_CAP of them; the rest are on the role pages'
 * complete lists and, for those they may declare, under the page's "Referred to by". Only
 * records the edition shows are named. Plain data.
 */
import type { Published } from '../publish/publish.ts';
import type { Entry, Model } from '../model/model.ts';
import { formatText } from '../model/text.ts';
import { nameOfKey } from '../publish/shown.ts';
import { toLink, type RecordLink } from './facts.ts';
import { findRole, normRole } from './roles.ts';
import { toLearningPaths, type LearningPathId } from './learning-paths.ts';
import { toCapped, type CappedList } from './record-list.ts';
import { compareTitles } from './title-order.ts';

export interface PersonRolesView {
  roles: { name: string; slug: string; as: 'primary' | 'alternate'; team: RecordLink }[];
  paths: { id: LearningPathId; title: string; total: string }[];
  /**
   * Plans they may declare, then plans with a step in one of their roles, each by title: the
   * first LIST_CAP, how many more, how many in all.
   */
  plans: CappedList<RecordLink>;
  /** Whether some plans they may declare are beyond the cap (the page's backlinks list them). */
  declaredMore: boolean;
  /** The complete list of the plans with a step in each role they hold (site paths). */
  planLists: { name: string; href: string }[];
  /** Their training items that are not current: what, status and why. */
  training: { title: string; status: string; detail: string }[];
  /** Site path of the training checks on the reviews page. */
  trainingHref: string;
  /** Their teams, each with the site path of what it must do. */
  teams: { team: RecordLink; href: string }[];
}

const byTitle = new WeakMap<Model, Entry<'plans'>[]>();

/** The plans by title (English order, numbers by value), sorted once per model. */
function plansByTitle(model: Model): Entry<'plans'>[] {
  let sorted = byTitle.get(model);
  if (!sorted) {
    sorted = [...model.byKind.plans].sort(
      (a, b) => compareTitles(a.data.title, b.data.title) || (a.id < b.id ? -1 : 1),
    );
    byTitle.set(model, sorted);
  }
  return sorted;
}

/** The part of person `person` as edition `site` shows it. */
export function toPersonRoles(site: Published, person: Entry<'people'>): PersonRolesView {
  const { model } = site;
  const memberships = model.byKind.teams.flatMap((t) =>
    t.data.members.filter((m) => m.person === person.id).map((m) => ({ team: t, m })),
  );
  const roles = memberships.flatMap(({ team, m }) => {
    const r = findRole(model, m.role);
    return r
      ? [{ name: r.name, slug: r.slug, as: m.as, team: toLink(model, 'teams', team.id) }]
      : [];
  });
  const held = new Set(roles.map((r) => normRole(r.name)));
  const inRole = (p: Entry<'plans'>) => p.data.steps.some((s) => held.has(normRole(s.role)));
  const mayDeclare = (p: Entry<'plans'>) => p.data.declaredBy.includes(person.id);
  const ordered = plansByTitle(model);
  const declared = ordered.filter(mayDeclare);
  const ofRoles = held.size ? ordered.filter((p) => !mayDeclare(p) && inRole(p)) : [];
  const plans = toCapped([...declared, ...ofRoles].map((p) => toLink(model, 'plans', p.id)));
  const teamIds = [...new Set(memberships.map(({ team }) => team.id))];
  const applies: Record<LearningPathId, boolean> = {
    'all-staff': true,
    responders: ofRoles.length > 0 || declared.some(inRole),
    'plan-owners': model.byKind.plans.some((p) => teamIds.includes(p.data.owner)),
    managers: declared.length > 0,
    executives: person.data.mayDeclareDisaster,
  };
  return {
    roles,
    paths: toLearningPaths(site)
      .filter((p) => applies[p.id])
      .map((p) => ({ id: p.id, title: p.title, total: p.total })),
    plans,
    declaredMore: declared.length > plans.shown.length,
    planLists: [...new Map(roles.map((r) => [r.slug, r.name]))]
      .filter(([, name]) =>
        ofRoles.some((p) => p.data.steps.some((s) => normRole(s.role) === normRole(name))),
      )
      .map(([slug, name]) => ({ name, href: `roles/${slug}/plans/` })),
    training: site
      .about(person.key)
      .reviews.filter((r) => r.check === 'training' && r.status !== 'current')
      .map((r) => ({
        title: r.title,
        status: r.status === 'never' ? 'never done' : r.status,
        detail: formatText(r.detail, nameOfKey),
      })),
    trainingHref: 'reviews/training/',
    teams: teamIds.map((id) => ({ team: toLink(model, 'teams', id), href: `actions/${id}/` })),
  };
}
