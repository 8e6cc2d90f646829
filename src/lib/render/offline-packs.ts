/**
 * Offline packs: the pages a reader can keep on a device ahead of an incident with one button
 * ("Keep this team's plans offline", "Keep this plan offline"), read from the model.
 *
 * - A team's pack: the team page, its go-bag, every plan the team owns or carries out
 *   (`plan.teams`), the team's members and escalation contacts, and the people who may declare
 *   those plans.
 * - A plan's pack: the plan page, its owning team's go-bag and the people who may declare it.
 *
 * Pages are site-relative directory addresses ("plans/db-recovery/"), each once, in the order
 * above (then as the model lists them). Only pages the build wrote are listed (`hasPage`), so an
 * edition's packs never name a record it leaves out. O(records + references).
 */
import type { Entry, Model } from '../model/model.ts';

/** One pack: what a "Keep offline" button keeps. */
export interface OfflinePack {
  /** "teams-ops", "plans-db-recovery": the pack file is offline/packs/<id>.json. */
  id: string;
  /** What the pack is, in words for the list of kept copies ("Team: Operations"). */
  title: string;
  /** Site-relative page addresses, each once. */
  pages: string[];
}

/** The pack id of a team's or a plan's pages. */
export const packIdOf = (kind: 'teams' | 'plans', id: string): string => `${kind}-${id}`;

/**
 * Every team's and every plan's pack, teams first, each sorted by id. `hasPage(path)` says
 * whether the build wrote that page ("people/ann/"); a record without a page is left out.
 */
export function toOfflinePacks(model: Model, hasPage: (path: string) => boolean): OfflinePack[] {
  const plansOfTeam = new Map<string, Entry<'plans'>[]>();
  for (const plan of model.byKind.plans) {
    const teams = new Set([plan.data.owner, ...plan.data.teams]);
    for (const team of teams) {
      const list = plansOfTeam.get(team) ?? [];
      list.push(plan);
      plansOfTeam.set(team, list);
    }
  }
  const collect = (paths: string[]): string[] => [...new Set(paths)].filter(hasPage);
  const packs: OfflinePack[] = [];
  for (const team of model.byKind.teams) {
    // A team or plan whose own page the edition leaves out has no pack.
    if (!hasPage(`teams/${team.id}/`)) continue;
    const plans = plansOfTeam.get(team.id) ?? [];
    packs.push({
      id: packIdOf('teams', team.id),
      title: `Team: ${team.data.title}`,
      pages: collect([
        `teams/${team.id}/`,
        `go-bags/${team.id}/`,
        ...plans.map((p) => `plans/${p.id}/`),
        ...team.data.members.map((m) => `people/${m.person}/`),
        ...team.data.escalation.map((p) => `people/${p}/`),
        ...plans.flatMap((p) => p.data.declaredBy.map((d) => `people/${d}/`)),
      ]),
    });
  }
  for (const plan of model.byKind.plans) {
    if (!hasPage(`plans/${plan.id}/`)) continue;
    packs.push({
      id: packIdOf('plans', plan.id),
      title: `Plan: ${plan.data.title}`,
      pages: collect([
        `plans/${plan.id}/`,
        `go-bags/${plan.data.owner}/`,
        ...plan.data.declaredBy.map((d) => `people/${d}/`),
      ]),
    });
  }
  return packs;
}

/** What a "Keep offline" button says, and the pack it keeps. */
export interface KeepOfflineView {
  /** The pack id ("teams-ops"), or "all" for everything. */
  pack: string;
  /** The button's words. */
  label: string;
  /** What the pack holds, in one sentence. */
  what: string;
}

/** The button of a team's or a plan's page, or of everything (no kind). */
export function toKeepOffline(kind?: 'teams' | 'plans', id?: string): KeepOfflineView {
  if (kind === 'teams' && id)
    return {
      pack: packIdOf('teams', id),
      label: "Keep this team's plans offline",
      what: "For an incident with the network down: keeps this page, the team's go-bag, every plan it owns or carries out and its people on this device.",
    };
  if (kind === 'plans' && id)
    return {
      pack: packIdOf('plans', id),
      label: 'Keep this plan offline',
      what: "For an incident with the network down: keeps this plan, its team's go-bag and the people who may declare it on this device.",
    };
  return {
    pack: 'all',
    label: 'Keep everything',
    what: 'Every page, go-bag and search index of the site.',
  };
}
