/**
 * The paths of a paged list (toPagePaths in src/lib/render/paging.ts), each with its
 * incremental-build key: the whole list's view, digested once (page-keys.ts: `pages`), and the
 * page's number. For the indexes, whose every page is drawn from one view.
 */
import { toPagePaths } from '../lib/render/paging.ts';
import { getPageKeys } from './model.ts';

/** The paths of `total` items paged from `view` (named `name` for its key). */
export function toKeyedPagePaths<P extends Record<string, string | undefined>>(
  name: string,
  view: unknown,
  total: number,
  params?: P,
  size?: number,
) {
  const key = getPageKeys().pages(name, view);
  return toPagePaths(total, params, size).map((p) => ({ ...p, cacheKey: key(p.params.page) }));
}
