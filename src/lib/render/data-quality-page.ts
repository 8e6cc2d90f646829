/**
 * What the data quality page shows: every warning the edition may show, about the content and
 * from the analyses, with file, field, problem and fix, and the whole organisation's count.
 * The file links to the repository (at the line, when the issue has one) when settings name
 * it, and is plain text otherwise; the record's title links to its page.
 * Errors stop the build, so none reach the page. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import type { RecordKey } from '../model/key.ts';
import { fieldOf } from '../model/issue.ts';
import { plural } from './figure.ts';
import { toLink, type RecordLink } from './facts.ts';
import { repositoryOf } from './repository.ts';

/** The line an issue points at, when it has one (issues may carry `line`; most do not). */
const lineOf = (issue: object): number | undefined =>
  'line' in issue && typeof issue.line === 'number' && issue.line > 0 ? issue.line : undefined;

export interface WarningRow {
  /** The file, relative to the content folder ("plans/dr.mdx"). */
  file: string;
  /** The file in the repository, at the problem's line when the issue has one; with settings.repository only. */
  fileHref?: string;
  /** The record's page, when the edition names the record. */
  href?: string;
  /** The record's title, when the edition names the record. */
  title?: string;
  /** The team that owns the record and must fix it, when the edition names the record. */
  owner?: RecordLink;
  /** "dependsOn[1]", "" for the whole record. */
  field: string;
  message: string;
  fix: string;
}

export interface DataQualityView {
  /** "12 warnings" (whole organisation). */
  count: string;
  /** Warnings on records the edition does not name. */
  restricted: number;
  rows: WarningRow[];
}

/** The data quality page of one edition; `href` makes a shown record's link. */
export function toDataQualityPage(
  site: Published,
  href: (key: RecordKey) => string,
): DataQualityView {
  const { warnings, model } = site;
  const all = warnings.count(() => true);
  const repo = repositoryOf(model);
  return {
    count: plural(all.total, 'warning'),
    restricted: all.restricted,
    rows: warnings.items.map((w) => {
      const record = w.key && model.index.get(w.key);
      return {
        file: w.file,
        // Only files of the content folder are in the repository (never an absolute path).
        fileHref: repo && !w.file.startsWith('/') ? repo.file(w.file, lineOf(w)) : undefined,
        href: record ? href(record.key) : undefined,
        title: record ? record.data.title : undefined,
        owner: record ? toLink(model, 'teams', record.data.owner) : undefined,
        field: fieldOf(w),
        message: w.message,
        fix: w.fix,
      };
    }),
  };
}
