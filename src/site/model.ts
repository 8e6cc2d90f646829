/**
 * The site's single source of data: the model of the whole organisation that the content
 * integration built once for this build (the same code path as `npm run check`), handed over
 * through src/load/site-build.ts; every analysis run on it once; and the edition being built,
 * published from them. Pages read only the published edition. The only module that imports
 * astro:content, which it uses for one thing: rendering record bodies.
 */
import { getEntry, render } from 'astro:content';
import { getSiteBuild } from '../load/site-build.ts';
import { hasErrors, type Model } from '../lib/model/model.ts';
import type { Kind } from '../lib/schema/index.ts';
import { publish, type Published } from '../lib/publish/publish.ts';
import { toApiDocuments } from '../lib/render/api.ts';
import { toActions, type ActionsView } from '../lib/render/actions.ts';
import { toPageKeys, type PageKeys } from '../lib/render/page-keys.ts';
import type { RecordKey } from '../lib/model/key.ts';
import { formatText, type Text } from '../lib/model/text.ts';
import { nameOfKey } from '../lib/publish/shown.ts';
import { internal } from '../lib/model/internal.ts';

let cached: Model | undefined;
let site: Published | undefined;
let api: Map<string, unknown> | undefined;
let actions: ActionsView | undefined;
let pageKeys: PageKeys | undefined;
let views = new Map<string, unknown>();

/** The edition being built, with every analysis of the whole organisation. Throws if content has errors (the integration has printed them). */
export function getSite(): Published {
  const build = getSiteBuild();
  if (!build)
    throw internal(
      'no model was handed over: pages run inside astro build or astro dev, after the content integration.',
    );
  if (build.model !== cached || !site) {
    // In dev the content was edited and loaded again: what was computed from the old model goes.
    api = undefined;
    actions = undefined;
    pageKeys = undefined;
    views = new Map();
    if (!build.analysis || hasErrors(build.model))
      throw new Error('Content has errors: run npm run check to list them.');
    build.published ??= publish(build.model, build.analysis, build.edition);
    site = build.published;
    cached = build.model;
  }
  return site;
}

/** The records this edition shows. */
export const getModel = (): Model => getSite().model;

/** Every analysis as this edition shows it. */
export const getAnalysis = (): Published => getSite();

/** A text as this edition shows it: records by id, left-out ones as "restricted record". */
export const show = (t: Text): string => formatText(t, nameOfKey);

/** Title of a record by key ("teams/ops"), or "restricted record" when the edition leaves it out. */
export function getTitle(key: RecordKey): string {
  return getModel().index.get(key)?.data.title ?? 'restricted record';
}

/** Title of a team by id, for owner columns. */
export const getTeamTitle = (id: string): string => getTitle(`teams/${id}`);

/** The API documents by path, built once per build. */
export function getApiDocuments(): Map<string, unknown> {
  api ??= toApiDocuments(getSite());
  return api;
}

/** What each team must do, built once per build (the actions pages, the home page, the team pages). */
export function getActions(): ActionsView {
  const current = getSite();
  actions ??= toActions(current);
  return actions;
}

/** The incremental build's cache keys of record pages and dependency views, made once per build. */
export function getPageKeys(): PageKeys {
  const current = getSite();
  pageKeys ??= toPageKeys(current);
  return pageKeys;
}

/**
 * A page view computed once per build and shared by every page that shows it (page 1 and
 * page n of a long list, its rows.json): `make` runs on the first call for `name` only.
 */
export function getView<T>(name: string, make: (site: Published) => T): T {
  const current = getSite();
  if (!views.has(name)) views.set(name, make(current));
  return views.get(name) as T;
}

/** Renders a record's MDX/Markdown body to a component, or undefined when the body is empty. */
export async function renderBody(kind: Kind, id: string) {
  const entry = await getEntry(kind, id);
  if (!entry) return undefined;
  const { Content } = await render(entry);
  return Content;
}
