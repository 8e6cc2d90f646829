/**
 * The options of the search page's filters: they match the Pagefind filters record pages
 * declare (record-page.ts: kind, tier, owner, status). Plain data; the page only lays it out.
 */
import type { Model } from '../model/model.ts';
import { KINDS, KIND_NOUN } from '../schema/index.ts';
import { compareTitles } from './title-order.ts';

export interface SearchPageView {
  kinds: string[];
  tiers: string[];
  /** Titles of the teams the edition names, sorted. */
  owners: string[];
  statuses: string[];
}

const STATUSES = ['live', 'approved', 'draft', 'open', 'completed', 'planned', 'retired'];

/** The search filters of one edition's records. */
export function toSearchPage(model: Pick<Model, 'byKind'>): SearchPageView {
  return {
    kinds: KINDS.map((k) => KIND_NOUN[k]),
    tiers: [1, 2, 3, 4].map((t) => `Tier ${t}`),
    owners: model.byKind.teams.map((t) => t.data.title).sort(compareTitles),
    statuses: STATUSES,
  };
}
