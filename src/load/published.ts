/**
 * The published edition of a build, made once and kept on the build (site-build.ts), for the
 * code that runs after the pages: the API writer and the search index.
 */
import { hasErrors } from '../lib/model/model.ts';
import { publish, type Published } from '../lib/publish/publish.ts';
import type { SiteBuild } from './site-build.ts';

/** The edition as published, or undefined when the content has errors (nothing is written then). */
export function publishedOf(build: SiteBuild): Published | undefined {
  if (!build.analysis || hasErrors(build.model)) return undefined;
  build.published ??= publish(build.model, build.analysis, build.edition);
  return build.published;
}
