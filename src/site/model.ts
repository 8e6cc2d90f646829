/**
 * The site's single source of data: builds the model once per build from the content folder
 * (the same code path as `npm run check`), and is the only module that imports astro:content,
 * which it uses for one thing: rendering record bodies.
 */
import { getEntry, render } from 'astro:content';
import { loadModel } from '../../scripts/load-model.ts';
import { hasErrors, type Model } from '../lib/model/model.ts';
import type { Kind } from '../lib/schema/index.ts';
import type { Issue } from '../lib/model/issue.ts';
import type { RecordReadiness } from '../lib/analytics/readiness.ts';
import type { Gap } from '../lib/analytics/gaps/index.ts';
import { analyse, type Analysis } from '../lib/analytics/analyse.ts';
import { toApiDocuments } from '../lib/render/api.ts';
import type { RecordKey } from '../lib/model/key.ts';

let cached: Model | undefined;
let analysis: Analysis | undefined;
let api: Map<string, unknown> | undefined;
let issuesByFile: Map<string, Issue[]> | undefined;
let readinessByKey: Map<string, RecordReadiness> | undefined;
let gapsByKey: Map<RecordKey, Gap[]> | undefined;

/** The model for this build. Throws if content has errors (the integration has printed them). */
export function getModel(): Model {
  if (!cached) {
    const { model } = loadModel();
    if (hasErrors(model)) throw new Error('Content has errors: run npm run check to list them.');
    cached = model;
  }
  return cached;
}

/** Every analysis, computed once per build. */
export function getAnalysis(): Analysis {
  analysis ??= analyse(getModel());
  return analysis;
}

/** Every issue (content and analysis) of one file, for record pages. */
export function getIssuesOf(file: string): Issue[] {
  if (!issuesByFile) {
    issuesByFile = new Map();
    for (const i of [...getModel().issues, ...getAnalysis().issues]) {
      const list = issuesByFile.get(i.file);
      if (list) list.push(i);
      else issuesByFile.set(i.file, [i]);
    }
  }
  return issuesByFile.get(file) ?? [];
}

/** Readiness of one service or function by key. */
export function getReadinessOf(key: string): RecordReadiness | undefined {
  readinessByKey ??= new Map(getAnalysis().readiness.records.map((r) => [r.key, r]));
  return readinessByKey.get(key);
}

/** The gaps about one record, by key ("plans/crisis-communications"). */
export function getGapsOf(key: RecordKey): Gap[] {
  if (!gapsByKey) {
    gapsByKey = new Map();
    for (const g of getAnalysis().gaps) {
      const list = gapsByKey.get(g.key);
      if (list) list.push(g);
      else gapsByKey.set(g.key, [g]);
    }
  }
  return gapsByKey.get(key) ?? [];
}

/** Title of a record by key ("teams/ops"), or the key when the edition left it out. */
export function getTitle(key: RecordKey): string {
  return (getModel().index.get(key)?.data as { title?: string } | undefined)?.title ?? key;
}

/** Title of a team by id, for owner columns. */
export const getTeamTitle = (id: string): string => getTitle(`teams/${id}`);

/** The API documents by path, built once per build. */
export function getApiDocuments(): Map<string, unknown> {
  api ??= toApiDocuments(getModel(), getAnalysis());
  return api;
}

/** Renders a record's MDX/Markdown body to a component, or undefined when the body is empty. */
export async function renderBody(kind: Kind, id: string) {
  const entry = await getEntry(kind, id);
  if (!entry) return undefined;
  const { Content } = await render(entry);
  return Content;
}
