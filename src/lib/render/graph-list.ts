/**
 * A dependency graph as a list that reads on a phone: for each record of a set, its label
 * (unique in the set), kind, tier, owner team, locations, what it needs and what needs it
 * inside the set (as links, the first LIST_LINKS, hard first by the set's order) and how many
 * more it has outside the set or that the edition does not name; with its filter values for
 * the page's script. The focused dependency view and the dependency map both list with it.
 * Only records the edition names are linked or named. O(records + their edges).
 */
import type { Published } from '../publish/publish.ts';
import type { Entry } from '../model/model.ts';
import { keyOf, kindOf, idOf, type RecordKey } from '../model/key.ts';
import { RESTRICTED } from '../model/edition.ts';
import { toUniqueLabels } from './unique-labels.ts';
import { plural } from './figure.ts';
import { must } from '../model/internal.ts';

/** The most links a list entry gives for what it needs (or what needs it). */
export const LIST_LINKS = 12;

/** A link to a record in the list. */
export interface ListLink {
  label: string;
  href: string;
}

/** One record of the list. */
export interface ListedNode {
  key: RecordKey;
  /** Its label, unique in the set (a shared title gets its id). */
  label: string;
  href: string;
  /** Its own focused dependency view (services and functions). */
  view?: string;
  /** "Application", "Business function", "Vendor". */
  kindLabel: string;
  tier?: number;
  owner: ListLink | { label: string; href?: undefined };
  locations: string[];
  /** Where it is in the picture, in words ("2 steps upstream", "wave 3"); "" for none. */
  place: string;
  onBottleneck: boolean;
  /** What it needs, inside the set, and how many more it needs that are not. */
  needs: (ListLink & { soft: boolean })[];
  needsElsewhere: number;
  /** What needs it, inside the set, and how many more do that are not. */
  neededBy: (ListLink & { soft: boolean })[];
  neededByElsewhere: number;
  /**
   * What the needs (needed-by) list ends with: " and 3 more not in this view" or "" after
   * links; "2 records not in this view" or "nothing" when there are none.
   */
  needsMore: string;
  neededByMore: string;
  /**
   * Its filter values (data-kind, data-owner, data-location, data-tier), each a token without
   * spaces: the service kind or the record kind, the team id, location ids, the tier.
   */
  data: Record<'kind' | 'owner' | 'location' | 'tier', string>;
}

/** How to list a set. */
export interface ListOptions {
  href: (key: RecordKey) => string;
  /** A record's focused view; none for the record in focus. */
  view?: (key: RecordKey) => string | undefined;
  /** Which dependencies count (the map draws hard ones only). */
  types?: readonly ('hard' | 'soft')[];
  place?: (key: RecordKey) => string;
  onBottleneck?: (key: RecordKey) => boolean;
}

const KIND_LABEL: Record<string, string> = {
  bia: 'Business function',
  vendors: 'Vendor',
  locations: 'Location',
};

/** "business-service" as "Business service". */
const words = (s: string) => {
  const t = s.replace(/-/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
};

/** The owner of `e` as a filter value and a link, "restricted team" when not named. */
export function ownerOf(site: Published, e: Entry, href: (key: RecordKey) => string) {
  const team = keyOf('teams', e.data.owner);
  const t = site.model.index.get(team);
  return t
    ? { value: e.data.owner, link: { label: t.data.title, href: href(team) } }
    : { value: RESTRICTED, link: { label: 'restricted team' } };
}

/** The locations of a service as filter values and names, "restricted location" when not named. */
export function locationsOf(site: Published, e: Entry): { value: string; label: string }[] {
  if (e.kind !== 'services') return [];
  return ((e.data as { locations?: string[] }).locations ?? []).map((id) => {
    const l = site.model.index.get(keyOf('locations', id));
    return l
      ? { value: id, label: l.data.title }
      : { value: RESTRICTED, label: 'restricted location' };
  });
}

/** What a record needs (or what needs it) in an edition, locations aside. */
interface Adjacent {
  /** The named records, hard and soft (or the types asked for). */
  all: ReadonlySet<RecordKey>;
  /** Those of them it needs hard. */
  hard: ReadonlySet<RecordKey>;
  /** How many more the edition does not name. */
  unnamed: number;
}

const adjacent = new WeakMap<Published, Map<string, Map<RecordKey, Adjacent>>>();

/**
 * What each record needs (or what needs it) of `types`, made once per edition and record: a
 * hub is in thousands of lists at scale, and each asks for the same thousands of neighbours.
 */
function adjacentIn(
  site: Published,
  direction: 'dependencies' | 'dependents',
  types: readonly ('hard' | 'soft')[],
): (k: RecordKey) => Adjacent {
  let byList = adjacent.get(site);
  if (!byList) adjacent.set(site, (byList = new Map()));
  const id = `${direction} ${types.join(',')}`;
  let made = byList.get(id);
  if (!made) byList.set(id, (made = new Map()));
  const rec = site.recovery;
  return (k) => {
    let a = made.get(k);
    if (!a) {
      const all = new Set<RecordKey>();
      for (const t of types)
        for (const w of rec.neighbours(k, direction, t)) if (kindOf(w) !== 'locations') all.add(w);
      a = {
        all,
        hard: new Set(rec.neighbours(k, direction, 'hard')),
        unnamed: rec.unnamedNeighbours([k], direction, types),
      };
      made.set(k, a);
    }
    return a;
  };
}

/** The records `keys` (all shown by the edition) as list entries, in that order. */
export function toGraphList(
  site: Published,
  keys: readonly RecordKey[],
  options: ListOptions,
): ListedNode[] {
  const { model, recovery: rec } = site;
  const { href, types = ['hard', 'soft'] } = options;
  const inSet = new Set(keys);
  const position = new Map(keys.map((k, i) => [k, i]));
  const titleOf = (k: RecordKey) => model.index.get(k)?.data.title ?? idOf(k);
  const labels = toUniqueLabels(keys.map((k) => ({ key: k, label: titleOf(k) })));
  const labelOf = (k: RecordKey) => labels.get(k) ?? titleOf(k);
  const adjacentTo = {
    dependencies: adjacentIn(site, 'dependencies', types),
    dependents: adjacentIn(site, 'dependents', types),
  };
  const linksOf = (k: RecordKey, direction: 'dependencies' | 'dependents') => {
    const { all, hard, unnamed } = adjacentTo[direction](k);
    // In the set's order: walk the shorter of the two.
    const inside =
      all.size < keys.length
        ? [...all]
            .filter((w) => inSet.has(w))
            .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
        : keys.filter((w) => all.has(w));
    const links = inside
      .slice(0, LIST_LINKS)
      .map((w) => ({ label: labelOf(w), href: href(w), soft: !hard.has(w) }));
    return { links, elsewhere: all.size - links.length + unnamed };
  };
  const more = (links: unknown[], n: number) =>
    links.length === 0
      ? n > 0
        ? `${plural(n, 'record')} not in this view`
        : 'nothing'
      : n > 0
        ? ` and ${n} more not in this view`
        : '';
  return keys.map((k) => {
    const e = must(model.index.get(k), k);
    const tier = rec.byKey.get(k)?.tier;
    const owner = ownerOf(site, e, href);
    const locations = locationsOf(site, e);
    const needs = linksOf(k, 'dependencies');
    const neededBy = linksOf(k, 'dependents');
    return {
      key: k,
      label: labelOf(k),
      href: href(k),
      view: options.view?.(k),
      kindLabel:
        e.kind === 'services'
          ? words((e.data as { kind: string }).kind)
          : (KIND_LABEL[e.kind] ?? words(e.kind)),
      tier,
      owner: owner.link,
      locations: locations.map((l) => l.label),
      place: options.place?.(k) ?? '',
      onBottleneck: options.onBottleneck?.(k) ?? false,
      needs: needs.links,
      needsElsewhere: needs.elsewhere,
      neededBy: neededBy.links,
      neededByElsewhere: neededBy.elsewhere,
      needsMore: more(needs.links, needs.elsewhere),
      neededByMore: more(neededBy.links, neededBy.elsewhere),
      data: {
        // Tokens without spaces: the script splits a list of locations on spaces.
        kind: e.kind === 'services' ? (e.data as { kind: string }).kind : e.kind,
        owner: owner.value,
        location: locations.map((l) => l.value).join(' '),
        tier: tier ? String(tier) : 'none',
      },
    };
  });
}
