/**
 * The home page's way in for someone in an incident ("Something is down?"): every service and
 * business function the edition shows, by name, with the plans to invoke (approved first) or,
 * when no plan covers it, the team that owns it; the disruptions plans are written for (a site
 * lost, a vendor failed, a cyber attack) with those plans; and the teams' go-bags. Counts are the
 * whole organisation's: what the edition leaves out is counted, never named. Plain data.
 */
import type { Published } from '../publish/publish.ts';
import type { Entry } from '../model/model.ts';
import type { Scenario } from '../schema/scenario.ts';
import { toLink, type RecordLink } from './facts.ts';
import { byPlanStatus, plansCovering } from './plans-covering.ts';
import type { Figure } from './figure.ts';
import { compareTitles } from './title-order.ts';

/** A service or function and what to open when it is down. */
export interface DownRow {
  record: RecordLink;
  /** Plans covering it, approved first, each with its status when not approved. */
  plans: RecordLink[];
  /** The owning team, shown when no plan covers it. */
  owner: RecordLink;
}

export interface IncidentEntryView {
  services: DownRow[];
  functions: DownRow[];
  /** The whole organisation's services and functions, and how many the edition does not name. */
  serviceCount: Figure;
  functionCount: Figure;
  /** Disruptions that plans are written for, in a fixed order, each with those plans. */
  scenarios: { scenario: Scenario; label: string; plans: RecordLink[] }[];
  /** The teams' go-bags, by team title. */
  goBags: { team: string; title: string }[];
}

/** How a disruption reads in "Something is down?", in the order it is listed. */
export const SCENARIO_LABEL: Record<Scenario, string> = {
  'site-loss': 'A site or data centre is lost',
  'power-outage': 'Power is out',
  'network-outage': 'The network is down',
  'ict-failure': 'Systems have failed',
  'third-party-failure': 'A vendor has failed',
  'cyber-attack': 'A cyber attack',
  ransomware: 'Ransomware',
  'data-corruption': 'Data is corrupted',
  insider: 'An insider incident',
  'staff-unavailability': 'Staff are unavailable',
  pandemic: 'A pandemic',
  'natural-disaster': 'A natural disaster',
};

const planLink = (site: Published, p: Entry<'plans'>) =>
  toLink(site.model, 'plans', p.id, p.data.status === 'approved' ? undefined : p.data.status);

/** The incident way in of one edition. */
export function toIncidentEntry(site: Published): IncidentEntryView {
  const { model, records } = site;
  const plans = model.byKind.plans.filter((p) => p.data.status !== 'retired');
  const rows = (list: readonly Entry[]): DownRow[] =>
    [...list]
      .sort((a, b) => compareTitles(a.data.title, b.data.title))
      .map((e) => ({
        record: toLink(model, e.kind, e.id),
        plans: plansCovering(model, e.key).map((p) => planLink(site, p)),
        owner: toLink(model, 'teams', e.data.owner),
      }));
  return {
    services: rows(model.byKind.services),
    functions: rows(model.byKind.bia),
    serviceCount: records.count((e) => e.kind === 'services'),
    functionCount: records.count((e) => e.kind === 'bia'),
    scenarios: (Object.keys(SCENARIO_LABEL) as Scenario[])
      .map((scenario) => ({
        scenario,
        label: SCENARIO_LABEL[scenario],
        plans: plans
          .filter((p) => p.data.scenarios.includes(scenario))
          .sort(byPlanStatus)
          .map((p) => planLink(site, p)),
      }))
      .filter((s) => s.plans.length > 0),
    goBags: [...model.byKind.teams]
      .sort((a, b) => compareTitles(a.data.title, b.data.title))
      .map((t) => ({ team: t.id, title: t.data.title })),
  };
}
