/** Site-relative URLs that respect the configured `base`. */
import type { Kind } from '../lib/schema/index.ts';
import { DEFAULT_DEPTH } from '../lib/render/dependency-view.ts';

const BASE = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** URL of a page path such as "services/" or "" for home. */
export const url = (path = ''): string => `${BASE}${path.replace(/^\//, '')}`;

/** URL of a record page. */
export const recordUrl = (kind: Kind, id: string): string => url(`${kind}/${id}/`);

/** URL of a kind's index page. */
export const kindUrl = (kind: Kind): string => url(`${kind}/`);

/** URL of a record given its key "kind/id". */
export const keyUrl = (key: string): string => url(`${key}/`);

/** URL of a scenario's page. */
export const scenarioUrl = (id: string): string => url(`scenarios/${id}/`);

/** URL of a scenario's tabletop facilitator pack. */
export const tabletopUrl = (id: string): string => url(`scenarios/${id}/tabletop/`);

/** URL of a scenario's tabletop participant handout. */
export const handoutUrl = (id: string): string => url(`scenarios/${id}/handout/`);

/** URL of a glossary entry ("glossary/#rto"), or of the glossary page without an id. */
export const glossaryUrl = (id?: string): string => url(id ? `glossary/#${id}` : 'glossary/');

/** URL of a team's go-bag. */
export const goBagUrl = (team: string): string => url(`go-bags/${team}/`);

/** URL of the focused dependency view of a service or function ("map/services/erp/"), at a depth. */
export const dependencyViewUrl = (key: string, depth: number = DEFAULT_DEPTH): string =>
  url(`map/${key}/${depth === DEFAULT_DEPTH ? '' : `depth-${depth}/`}`);
