/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page is copied
 * from the previous build instead of rendered when its key is unchanged, so a key must change
 * whenever anything the page shows could. Keys are digests of inputs, cheap to compute, never
 * of the rendered page:
 * - the frame every page shares: the settings, glossary, as-of date, edition, whether history
 *   is known, and the number of records of each kind;
 * - the record's own body and last change, which only its own page shows;
 * - the fields of every record within reach (not their bodies or history: no other page shows
 *   them, so editing a record's prose renders only its own page again): the record itself,
 *   every record it refers to or is referred to by, its neighbours in the dependency graph,
 *   everything on its recovery paths and in what fails with it, and, following references to
 *   people and teams outwards up to three steps, who those name (a plan's people and their
 *   deputies, a team's escalation);
 * - the analysis of the record and of each direct neighbour: its recovery figures, gaps,
 *   reviews, issues and readiness, so a dependency's changed recovery time changes the key
 *   of every page whose figures moved with it.
 * Used for the pages of services, business functions and risks, for dependency views and for
 * the complete lists behind capped ones (what fails with a service, what refers to a record,
 * what a view leaves out: keyed by what they show).
 * The pages of plans, teams, people, scenarios, go-bags, actions and standards gather from
 * further away, so their key is a digest of what they show (`shows`): the views the page
 * renders, computed before the page is, and the fields of every record those views name.
 * Pure; O(records + reach) per build, and O(size of the views) for `shows`.
 */
import { createHash } from 'node:crypto';
import type { Entry } from '../model/model.ts';
import type { RecordKey } from '../model/key.ts';
import type { Published } from '../publish/publish.ts';
import { walkView, type ViewDepth } from './dependency-view.ts';
import type { RecordListPage } from './record-list.ts';
import { KINDS } from '../schema/index.ts';
import { internal } from '../model/internal.ts';

const digest = (text: string) => createHash('sha1').update(text).digest('base64url');

/** The kinds whose record pages carry a cache key. */
export const KEYED_KINDS: ReadonlySet<string> = new Set(['services', 'bia', 'risks']);

/** A record key as a string of its own in a view's JSON ("teams/ops"). */
const KEY_IN_JSON = new RegExp(`"((?:${KINDS.join('|')})/[^"\\\\/]+)"`, 'g');

/** Views as text, Maps and Sets included (JSON would write them as `{}`). */
function serialise(views: readonly unknown[]): string {
  return JSON.stringify(views, (_k, x: unknown) => {
    if (x instanceof Map) return { map: [...x] };
    if (x instanceof Set) return { set: [...x] };
    if (typeof x === 'function')
      throw internal('a page view holds a function: key it by what it shows');
    return x;
  });
}

/** What a page shows of records further away: who to call. */
const CONTACT_KINDS: ReadonlySet<string> = new Set(['people', 'teams']);

export interface PageKeys {
  /** The key of the record page of `key`. */
  of(key: RecordKey): string;
  /**
   * The key of the dependency view of `key` at `depth`: the records it draws (walkView),
   * their figures and links, what they name (owners, locations), and what it leaves out.
   */
  view(key: RecordKey, depth: number): string;
  /**
   * The key of one page of a complete list behind a capped one (src/lib/render/record-list.ts),
   * which shows only the list's heading and this page's items in the shared frame.
   */
  list(page: RecordListPage): string;
  /**
   * The key of a page drawn only from `views` in the shared frame: what they hold, the fields
   * of every record they name by key (a link shows its title), and the fields, body and last
   * change of each of `own` (the records whose prose the page shows). `name` tells apart
   * pages drawn from the same views.
   */
  shows(name: string, views: readonly unknown[], own?: readonly RecordKey[]): string;
  /**
   * The keys of the pages of one long list drawn from `view` alone (an index and its pages):
   * `shows(name, [view])`, digested once for the whole list, and the page's number.
   */
  pages(name: string, view: unknown): (page: string | undefined) => string;
}

/** Page keys for one published edition; each digest is made once and kept. */
export function toPageKeys(site: Published): PageKeys {
  const { model, recovery } = site;
  const counts = Object.entries(model.byKind).map(([k, v]) => `${k}:${v.length}`);
  const frame = digest(
    JSON.stringify([
      model.settings,
      model.glossary,
      model.asOf,
      model.edition,
      model.history.available,
      counts,
    ]),
  );
  // What any page shows of a record: its fields. Its body and last change are on its own page
  // only (what the analysis makes of its history, such as a re-test due, is in `fig`).
  const raws = new Map<RecordKey, string>();
  const raw = (key: RecordKey): string => {
    let d = raws.get(key);
    if (d === undefined) {
      const e = model.index.get(key);
      d = e ? digest(JSON.stringify([e.data, e.withheld ?? null])) : 'absent';
      raws.set(key, d);
    }
    return d;
  };
  const own = (e: Entry): string =>
    digest(
      JSON.stringify([
        e.body,
        model.history.available ? (model.history.files.get(e.file)?.commits[0] ?? null) : null,
      ]),
    );
  const figs = new Map<RecordKey, string>();
  const fig = (key: RecordKey): string => {
    let d = figs.get(key);
    if (d === undefined) {
      const node = recovery.byKey.get(key);
      d = digest(
        JSON.stringify([
          node ?? null,
          site.about(key),
          node ? recovery.impact(key) : null,
          node ? recovery.unnamedNeighbours([key], 'dependencies') : 0,
          node ? recovery.unnamedNeighbours([key], 'dependents') : 0,
        ]),
      );
      figs.set(key, d);
    }
    return d;
  };
  const direct = (entry: Entry): RecordKey[] => {
    const out: RecordKey[] = [
      ...entry.refs.map((l) => l.key),
      ...entry.referencedBy.map((l) => l.key),
    ];
    const node = recovery.byKey.get(entry.key);
    if (node) {
      for (const direction of ['dependencies', 'dependents'] as const)
        for (const type of ['hard', 'soft'] as const)
          out.push(...recovery.neighbours(entry.key, direction, type));
      out.push(...node.rto.bottleneck, ...node.rto.requiredPath, ...node.rpo.requiredPath);
    }
    return out;
  };
  const keys = new Map<RecordKey, string>();
  const adjacencies = new Map<RecordKey, string>();
  const adjacency = (k: RecordKey): string => {
    let a = adjacencies.get(k);
    if (a === undefined) {
      a = (['dependencies', 'dependents'] as const)
        .flatMap((direction) =>
          (['hard', 'soft'] as const).map(
            (type) =>
              `${direction === 'dependencies' ? 'on' : 'of'}${type[0]}:${recovery.neighbours(k, direction, type).join(',')}`,
          ),
        )
        .join(';');
      adjacencies.set(k, a);
    }
    return a;
  };
  // What a view holds and the fields of the records it names, as one digest. A view two pages
  // are drawn from (a scenario's tabletop pack and its handout) is read once.
  const shown = new WeakMap<object, string>();
  const showsOf = (view: unknown): string => {
    const kept = typeof view === 'object' && view !== null ? shown.get(view) : undefined;
    if (kept) return kept;
    const json = serialise([view]);
    const named = new Set<RecordKey>();
    for (const m of json.matchAll(KEY_IN_JSON)) named.add(m[1] as RecordKey);
    const parts = [digest(json)];
    for (const r of [...named].sort()) parts.push(`${r}=${raw(r)}`);
    const made = digest(parts.join('\n'));
    if (typeof view === 'object' && view !== null) shown.set(view, made);
    return made;
  };
  return {
    shows(name, views, ownKeys = []) {
      const parts = [frame, name, ...views.map(showsOf)];
      for (const r of ownKeys) {
        const e = model.index.get(r);
        parts.push(`${r}=${raw(r)}#${e ? own(e) : 'absent'}`);
      }
      return digest(parts.join('\n'));
    },
    pages(name, view) {
      const whole = this.shows(name, [view]);
      return (page) => `${whole}.${page ?? 1}`;
    },
    list: ({ view, page }) =>
      digest(`${frame}\n${JSON.stringify([{ ...view, items: view.items.length }, page])}`),
    view(key, depth) {
      const { layer, leftOutList, beyond } = walkView(site, key, depth as ViewDepth);
      const parts = [frame, String(depth), String(leftOutList.length), String(beyond), fig(key)];
      for (const r of [...layer.keys()].sort()) {
        // Its title and figures, who it links to (the edges drawn, and how many lead out of
        // the view), and what it names (owner, locations).
        parts.push(`${r}=${raw(r)}~${fig(r)}>${adjacency(r)}`);
        for (const l of model.index.get(r)?.refs ?? []) parts.push(`${l.key}=${raw(l.key)}`);
      }
      return digest(parts.join('\n'));
    },
    of(key) {
      let k = keys.get(key);
      if (k !== undefined) return k;
      const entry = model.index.get(key);
      if (!entry) return 'absent';
      const near = new Set(direct(entry));
      near.delete(key);
      const reach = new Set<RecordKey>([key, ...near]);
      const node = recovery.byKey.get(key);
      if (node) {
        const impact = recovery.impact(key);
        for (const k2 of [...impact.functions, ...impact.services]) reach.add(k2);
      }
      // Contacts outwards, three steps: plan -> person -> deputy, team -> escalation -> person.
      let frontier = [...reach];
      for (let step = 0; step < 3 && frontier.length; step++) {
        const next: RecordKey[] = [];
        for (const r of frontier)
          for (const l of model.index.get(r)?.refs ?? [])
            if (CONTACT_KINDS.has(l.kind) && !reach.has(l.key)) {
              reach.add(l.key);
              next.push(l.key);
            }
        frontier = next;
      }
      const parts = [frame, fig(key), own(entry)];
      for (const r of [...reach].sort()) parts.push(`${r}=${raw(r)}`);
      for (const n of [...near].sort()) parts.push(`${n}~${fig(n)}`);
      k = digest(parts.join('\n'));
      keys.set(key, k);
      return k;
    },
  };
}
