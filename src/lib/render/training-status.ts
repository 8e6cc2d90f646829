/**
 * Who has trained on what, as the plan and team pages show it: for a plan, everyone it names
 * (the members of its teams and the people who may declare it) with where they stand on it:
 * current (trained on this version, within the refresh interval), due (a newer version, or the
 * refresh interval passed or about to), never; for a team, the same for its members over the
 * plans it carries out. From the review-due training items, so the figures are the reviews
 * page's. With a repository set, each person has a link that opens their file's editor, to
 * record training or an attestation by pull request. Editions: a person the edition leaves out
 * of a team or plan (a "restricted" placeholder there) is counted, never listed. Plain data.
 */
import type { Published } from '../publish/publish.ts';
import type { Entry } from '../model/model.ts';
import { getEntry } from '../model/model.ts';
import { keyOf } from '../model/key.ts';
import { RESTRICTED } from '../model/edition.ts';
import { toLink, type RecordLink } from './facts.ts';
import { statusLabelOf } from './actions.ts';
import { repositoryOf } from './repository.ts';

/** Where one person stands on one plan. */
export type TrainingState = 'current' | 'due' | 'never';

export interface TrainingRow {
  person: RecordLink;
  /** The plan, on a team's list. */
  plan?: RecordLink;
  state: TrainingState;
  /** "trained 2026-03-01 on version 2.1", "overdue 12 days: the plan is version 4.1", "never trained". */
  detail: string;
  /** Opens the person's file in the repository's editor, to record training or an attestation. */
  editHref?: string;
}

export interface TrainingView {
  rows: TrainingRow[];
  /** Per state, the listed rows and the placeholders of people the edition leaves out. */
  counts: Record<TrainingState, number>;
  /** Rows the edition does not name. */
  restricted: number;
  /** How to record training, said once. */
  howTo: string;
}

const HOW_TO =
  'Record training or an attestation ("read and understood") in the person\'s file, under training: subject (the plan id), completedOn, version and type: attestation, by pull request.';

function stateOf(
  site: Published,
  person: string,
  plan: string,
): { state: TrainingState; detail: string } {
  // The person's own review items (the published per-record index), not a scan of every item.
  const item = site
    .about(keyOf('people', person))
    .reviews.find((i) => i.check === 'training' && i.subject === plan);
  if (!item) return { state: 'never', detail: 'never trained' };
  const version = (getEntry(site.model, 'plans', plan)?.data.version ?? '') as string;
  if (item.status === 'current')
    return {
      state: 'current',
      detail: `current until ${item.due}${version ? ` (version ${version})` : ''}`,
    };
  return { state: 'due', detail: `${statusLabelOf(item)}, due ${item.due}` };
}

/** The people a plan names: its teams' members and who may declare it, in id order. */
function peopleOf(plan: Entry<'plans'>, teams: Map<string, Entry<'teams'>>): string[] {
  const ids = new Set<string>(plan.data.declaredBy);
  for (const t of plan.data.teams)
    for (const m of teams.get(t)?.data.members ?? []) ids.add(m.person);
  return [...ids].sort();
}

function toView(
  site: Published,
  pairs: { person: string; plan: string }[],
  withPlan: boolean,
): TrainingView {
  const repo = repositoryOf(site.model);
  const counts: Record<TrainingState, number> = { current: 0, due: 0, never: 0 };
  const rows: TrainingRow[] = [];
  let restricted = 0;
  for (const { person, plan } of pairs) {
    const { state, detail } = stateOf(site, person, plan);
    counts[state]++;
    const entry = person === RESTRICTED ? undefined : getEntry(site.model, 'people', person);
    if (!entry) {
      restricted++;
      continue;
    }
    rows.push({
      person: toLink(site.model, 'people', person),
      ...(withPlan ? { plan: toLink(site.model, 'plans', plan) } : {}),
      state,
      detail,
      ...(repo ? { editHref: repo.edit(entry.file) } : {}),
    });
  }
  return { rows, counts, restricted, howTo: HOW_TO };
}

/** Training on `plan` of everyone it names. */
export function toPlanTraining(site: Published, plan: Entry<'plans'>): TrainingView {
  const teams = new Map(site.model.byKind.teams.map((t) => [t.id, t]));
  return toView(
    site,
    peopleOf(plan, teams).map((person) => ({ person, plan: plan.id })),
    false,
  );
}

/** Training of `team`'s members on the approved or draft plans the team carries out. */
export function toTeamTraining(site: Published, team: Entry<'teams'>): TrainingView {
  const plans = site.model.byKind.plans
    .filter((p) => p.data.status !== 'retired' && p.data.teams.includes(team.id))
    .map((p) => p.id)
    .sort();
  const people = [...new Set(team.data.members.map((m) => m.person))].sort();
  return toView(
    site,
    people.flatMap((person) => plans.map((plan) => ({ person, plan }))),
    true,
  );
}
