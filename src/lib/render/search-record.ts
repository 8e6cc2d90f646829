/**
 * What the search index holds of each record the edition shows, made from the model rather
 * than read back from the rendered pages: the title, the summary, the key facts and the body's
 * words, with the page's filters and result metadata (kind, owner, tier, status, review).
 * Each record is a small HTML document for Pagefind, so the weights stay those of the page (the
 * title 7, the summary 7, what a plan covers 10). Records go to one of two bundles: the core
 * (plans, teams, guides, policies, locations: what a responder looks for, small enough to keep
 * offline) and the rest, which the search page merges in when it can reach it. Pure.
 */
import type { Entry } from '../model/model.ts';
import type { Kind } from '../schema/index.ts';
import type { Published } from '../publish/publish.ts';
import { toFacts, type Cell } from './facts.ts';
import { toSearchFacets } from './record-page.ts';
import { escapeXml } from './escape.ts';

/** Kinds in the core bundle (pagefind/); every other kind is in pagefind-more/. */
export const CORE_SEARCH_KINDS: ReadonlySet<Kind> = new Set([
  'plans',
  'teams',
  'guides',
  'policies',
  'locations',
]);

/**
 * Search weight of a summary (the title, h1, weighs 7): as much as the title for what a
 * responder looks for first (plans, what is down, who runs it), less for the rest, whose short
 * records would otherwise outrank a long plan on one word.
 */
const SUMMARY_WEIGHT: Partial<Record<Kind, number>> = {
  plans: 7,
  services: 7,
  bia: 7,
  teams: 5,
  guides: 5,
  locations: 5,
  vendors: 3,
};

export interface SearchRecord {
  /** The page's address from the site root, as Pagefind gives it: "/services/erp/". */
  url: string;
  bundle: 'core' | 'more';
  /** The record as a small HTML document (every text escaped). */
  html: string;
}

const cellText = (c: Cell): string =>
  typeof c === 'string'
    ? c
    : 'contacts' in c
      ? c.contacts.map((x) => x.text).join(', ')
      : c.map((l) => l.title).join(', ');

/**
 * The words of a Markdown or MDX body, without its markup: fenced diagrams, MDX imports and
 * expressions, tags, link targets and emphasis go; code and link texts stay.
 */
export function bodyText(body: string): string {
  return body
    .replace(/^(```|~~~)\s*mermaid[\s\S]*?^\1\s*$/gm, ' ')
    .replace(/^(```|~~~).*$/gm, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const e = escapeXml;

/** The search record of `entry`, a record the edition shows. */
export function toSearchRecord(site: Published, entry: Entry): SearchRecord {
  const facets = Object.entries(toSearchFacets(site, entry));
  const facts = toFacts(site.model, entry)
    .map((f) => {
      const w = f.weight === undefined ? '' : ` data-pagefind-weight="${f.weight}"`;
      return `<dt>${e(f.label)} </dt><dd${w}>${e(cellText(f.value))} </dd>`;
    })
    .join('');
  const summary = entry.data.summary
    ? `<p data-pagefind-weight="${SUMMARY_WEIGHT[entry.kind] ?? 2}">${e(entry.data.summary)}</p>`
    : '';
  const html =
    '<html lang="en"><body><main data-pagefind-body>' +
    facets
      .map(
        ([k, v]) =>
          `<span hidden data-pagefind-filter="${e(k)}[data-value]" data-pagefind-meta="${e(k)}[data-value]" data-value="${e(v)}"></span>`,
      )
      .join('') +
    `<h1${entry.kind === 'plans' ? ' data-pagefind-weight="10"' : ''}>${e(entry.data.title)}</h1>${summary}<dl>${facts}</dl><div>${e(bodyText(entry.body))}</div>` +
    '</main></body></html>';
  return {
    url: `/${entry.kind}/${entry.id}/`,
    bundle: CORE_SEARCH_KINDS.has(entry.kind) ? 'core' : 'more',
    html,
  };
}

/** Every record the edition shows, by kind and then id, each with its search record. */
export function toSearchRecords(site: Published): SearchRecord[] {
  return Object.values(site.model.byKind)
    .flat()
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => toSearchRecord(site, entry));
}
