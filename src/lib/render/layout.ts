/**
 * What the page frame shows around every page: the section navigation with the current
 * section marked. Plain data; Layout.astro only lays it out.
 */
import { KIND_LABEL, type Kind, MENU_KINDS } from '../schema/index.ts';

/** A link of the section navigation; `current` marks the page's own section. */
export interface NavLink {
  href: string;
  label: string;
  current?: 'page';
}

export interface LayoutView {
  /** Overviews: home, recovery order, scenarios, map, reviews, gaps, standards, who must act, roles, risks. */
  overview: NavLink[];
  /** Record kinds, then learning paths, A–Z, the glossary, data quality and exports. */
  records: NavLink[];
}

const OVERVIEW: [string, string][] = [
  ['home', 'Home'],
  ['recovery', 'Recovery order'],
  ['scenarios', 'Scenarios'],
  ['map', 'Dependency map'],
  ['reviews', 'Reviews'],
  ['gaps', 'Gaps'],
  ['standards', 'Standards'],
  ['actions', 'Who must act'],
  ['roles', 'Roles'],
  ['risks', 'Risks'],
];
const PAGES: [string, string][] = [
  ['learn', 'Learning paths'],
  ['a-z', 'A–Z'],
  ['glossary', 'Glossary'],
  ['data-quality', 'Data quality'],
  ['exports', 'Exports'],
];

/**
 * The frame of a page in `section` (undefined: none); `url` makes a page's link ("" for home),
 * `kindUrl` a kind's index.
 */
export function toLayout(
  section: string | undefined,
  url: (path?: string) => string,
  kindUrl: (kind: Kind) => string,
): LayoutView {
  const here = (s: string) => (section === s ? ('page' as const) : undefined);
  return {
    overview: OVERVIEW.map(([s, label]) => ({
      href: url(s === 'home' ? '' : `${s}/`),
      label,
      current: here(s),
    })),
    records: [
      ...MENU_KINDS.map((k) => ({ href: kindUrl(k), label: KIND_LABEL[k], current: here(k) })),
      ...PAGES.map(([s, label]) => ({ href: url(`${s}/`), label, current: here(s) })),
    ],
  };
}
