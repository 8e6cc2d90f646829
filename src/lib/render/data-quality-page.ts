/**
 * What the data quality page shows: every warning the edition may show, about the content and
 * from the analyses, with file, field, problem and fix, and the whole organisation's count.
 * Errors stop the build, so none reach the page. Plain data; the page only lays it out.
 */
import type { Published } from '../publish/publish.ts';
import type { RecordKey } from '../model/key.ts';
import { fieldOf } from '../model/issue.ts';
import { plural } from './figure.ts';

export interface WarningRow {
  file: string;
  /** The record's page, when the edition names the record. */
  href?: string;
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
  return {
    count: plural(all.total, 'warning'),
    restricted: all.restricted,
    rows: warnings.items.map((w) => ({
      file: w.file,
      href: w.key && model.index.has(w.key) ? href(w.key) : undefined,
      field: fieldOf(w),
      message: w.message,
      fix: w.fix,
    })),
  };
}
