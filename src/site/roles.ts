/**
 * Each role's page view, computed once per build and shared by the role page and its complete
 * lists (holders, plans).
 */
import type { Published } from '../lib/publish/publish.ts';
import { toRolePage, type RolePageView } from '../lib/render/role-page.ts';
import { getAnalysis } from './model.ts';

const bySite = new WeakMap<Published, Map<string, RolePageView | undefined>>();

/** The page view of the role with slug `slug`; undefined when the edition names no such role. */
export function getRolePage(slug: string): RolePageView | undefined {
  const site = getAnalysis();
  let map = bySite.get(site);
  if (!map) bySite.set(site, (map = new Map()));
  if (!map.has(slug)) map.set(slug, toRolePage(site, slug));
  return map.get(slug);
}
