/**
 * What a record page shows beyond the record's own fields, computed from the published edition:
 * the record page view and, by kind, a team's actions, training and roles, a person's roles,
 * a plan's or guide's self-check, and the learning paths that lead to it. The page renders
 * these and nothing else, so the same views make its incremental-build key (page-keys.ts).
 */
import type { Entry } from '../lib/model/model.ts';
import type { Kind } from '../lib/schema/index.ts';
import { toRecordPage } from '../lib/render/record-page.ts';
import { toGuideQuestions, toPlanQuestions } from '../lib/render/self-check.ts';
import { toPlanTraining, toTeamTraining } from '../lib/render/training-status.ts';
import { placesOf } from '../lib/render/learning-paths.ts';
import { toPersonRoles } from '../lib/render/person-roles.ts';
import { rolesOfTeam } from '../lib/render/roles.ts';
import { getAnalysis, getActions } from './model.ts';
import { keyUrl } from './url.ts';

/** Every view of the record page of `entry`. */
export function toRecordViews(kind: Kind, entry: Entry) {
  const site = getAnalysis();
  const teamActions =
    kind === 'teams' ? getActions().teams.find((t) => t.team === entry.key) : undefined;
  return {
    v: toRecordPage(site, entry, keyUrl),
    teamActions,
    training:
      kind === 'plans'
        ? { view: toPlanTraining(site, entry as Entry<'plans'>), what: 'on this plan' }
        : kind === 'teams'
          ? { view: toTeamTraining(site, entry as Entry<'teams'>), what: "on the team's plans" }
          : undefined,
    places: placesOf(site, `${kind}/${entry.id}/`),
    personPart: kind === 'people' ? toPersonRoles(site, entry as Entry<'people'>) : undefined,
    teamRoles: kind === 'teams' ? rolesOfTeam(site.model, entry.id) : [],
    questions:
      kind === 'guides'
        ? toGuideQuestions(entry as Entry<'guides'>)
        : kind === 'plans'
          ? toPlanQuestions(site, entry as Entry<'plans'>)
          : undefined,
  };
}
