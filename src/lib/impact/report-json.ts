/**
 * The impact of a change as JSON (`npm run impact -- --format json`): the same comparison the
 * Markdown report shows, every list whole. Keys come in the order the comparison builds them
 * (frontmatter values with their keys sorted), so the same change gives the same text; times
 * in whole minutes, null for unknown or for a side without the record. Pure.
 */
import type { Impact } from './compare.ts';

/** Format version of the JSON; changes when a field is renamed or removed. */
export const IMPACT_JSON_VERSION = '1.0.0';

/** The comparison as JSON text, two-space indented, ending in a newline. */
export function toImpactJson(impact: Impact): string {
  return `${JSON.stringify({ version: IMPACT_JSON_VERSION, ...impact }, null, 2)}\n`;
}
