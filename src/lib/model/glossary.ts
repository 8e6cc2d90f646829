/**
 * Checks the glossary file in two layers, like the records: the shape of each term (the schema),
 * then the cross-references between terms (every `related` id an existing term, never the term
 * itself). Returns the terms that passed, A to Z by term, and every problem as an Issue; never
 * throws. A term with a shape error is left out of the result; links to it are not reported again. O(terms + related) apart from "did you mean", which runs only on bad ids.
 */
import { GlossarySchema, TermSchema, type GlossaryEntry } from '../schema/glossary.ts';
import { isId, toKebab } from '../schema/common.ts';
import { toIssues, type ZodIssue } from './parse-records.ts';
import { didYouMean } from './did-you-mean.ts';
import { showValue, type Issue } from './issue.ts';

/** The glossary file name inside the content folder. */
export const GLOSSARY_FILE = 'glossary.yaml';

/** Orders terms as the A-Z list shows them: by term, ignoring case and accents, then by id. */
export const compareTerms = (a: GlossaryEntry, b: GlossaryEntry): number =>
  a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1);

/**
 * The terms of `raw` (glossary.yaml as parsed; undefined or {} when absent), checked, A to Z;
 * problems are added to `issues` with the file and the field path (lines are added by the loader).
 */
export function parseGlossary(
  raw: unknown,
  issues: Issue[],
  file: string = GLOSSARY_FILE,
): GlossaryEntry[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({
      severity: 'error',
      file,
      path: [],
      rule: 'wrong-type',
      message: 'is not a map of terms.',
      fix: 'Write each term as "<id>:" at the start of a line, with term, definition, sources and related below it (see src/lib/schema/glossary.ts).',
    });
    return [];
  }
  const terms: GlossaryEntry[] = [];
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isId(id)) {
      issues.push({
        severity: 'error',
        file,
        path: [id],
        value: showValue(id),
        rule: 'bad-id',
        message: `the term id "${id}" is not a kebab-case id.`,
        fix: `Rename it to "${toKebab(id)}": lower-case letters, digits and hyphens (it is the term's anchor, /glossary/#${toKebab(id)}).`,
      });
      continue;
    }
    const result = TermSchema.safeParse(value);
    if (!result.success) {
      for (const zi of result.error.issues)
        issues.push(
          ...toIssues({ file, data: raw, noun: 'glossary term' }, GlossarySchema, {
            ...zi,
            path: [id, ...zi.path],
          } as ZodIssue).map((i) => ({
            ...i,
            fix: i.fix.replace('to the frontmatter', `to the term "${id}"`),
          })),
        );
      continue;
    }
    terms.push({ id, ...result.data });
  }
  const ids = new Set(terms.map((t) => t.id));
  const known = Object.keys(raw as object);
  for (const t of terms)
    t.related.forEach((rel, i) => {
      if (rel === t.id)
        issues.push({
          severity: 'error',
          file,
          path: [t.id, 'related', i],
          value: showValue(rel),
          rule: 'self-reference',
          message: `the term "${t.id}" lists itself as related.`,
          fix: `Remove "${rel}" from its related terms.`,
        });
      // A term left out for an error of its own is still a term: its own error says what to fix.
      else if (!ids.has(rel) && !known.includes(rel))
        issues.push({
          severity: 'error',
          file,
          path: [t.id, 'related', i],
          value: showValue(rel),
          rule: 'dangling-reference',
          message: `"${rel}" is not a term of the glossary.${didYouMean(rel, known)}`,
          fix: `Write the id of an existing term (the key before its colon), or add the term "${rel}".`,
        });
    });
  return terms.sort(compareTerms);
}
