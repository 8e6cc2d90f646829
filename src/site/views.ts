/**
 * The views of the long lists (index pages, their pages and their rows.json), each computed
 * once per build from the published edition and shared by every page that shows a slice of
 * it: page n of a list never recomputes the list.
 */
import { getView } from './model.ts';
import { keyUrl } from './url.ts';
import type { Kind } from '../lib/schema/index.ts';
import { toRankedIndex } from '../lib/render/ranked-index.ts';
import { toGapsPage } from '../lib/render/gaps-page.ts';
import { toReviewsPage } from '../lib/render/reviews-page.ts';
import { toRecoveryPage } from '../lib/render/recovery-page.ts';
import { toRisksPage } from '../lib/render/risks-page.ts';
import { toAToZ } from '../lib/render/a-z-page.ts';
import { toDataQualityPage } from '../lib/render/data-quality-page.ts';
import { toKindIndex } from '../lib/render/kind-index.ts';
import { toGapsByCost } from '../lib/render/downtime-cost.ts';
import { toStandardPage, toStandardsIndex } from '../lib/render/standards-page.ts';

/** Services or business functions by priority. */
export const getRankedIndex = (kind: 'services' | 'bia') =>
  getView(`ranked-${kind}`, (site) => toRankedIndex(site, kind));

/** The gaps page, every rule's gaps and the scenario coverage. */
export const getGapsView = () => getView('gaps', toGapsPage);

/** The reviews page and every check's items. */
export const getReviewsView = () => getView('reviews', toReviewsPage);

/** The recovery order. */
export const getRecoveryView = () => getView('recovery', (site) => toRecoveryPage(site, keyUrl));

/** The risk register. */
export const getRisksView = () => getView('risks', (site) => toRisksPage(site, keyUrl));

/** Every record A to Z. */
export const getAToZView = () => getView('a-z', (site) => toAToZ(site, keyUrl));

/** Every warning. */
export const getDataQualityView = () =>
  getView('data-quality', (site) => toDataQualityPage(site, keyUrl));

/** The index of one record kind. */
export const getKindIndexView = (kind: Kind) =>
  getView(`kind-${kind}`, (site) => toKindIndex(site, kind, keyUrl));

/** The gaps by money at stake (an estimate), with their inputs. */
export const getGapsByCostView = () =>
  getView('gaps-by-cost', (site) =>
    toGapsByCost(site, (key) => site.model.index.get(key)?.data.title ?? 'restricted record'),
  );
/** The standards' checklists, one line per standard. */
export const getStandardsIndexView = () => getView('standards', toStandardsIndex);

/** The checklist page of one standard. */
export const getStandardView = (id: string) =>
  getView(`standard-${id}`, (site) => toStandardPage(site, id));
