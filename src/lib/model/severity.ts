/**
 * Severity that teams set: `severity` in organisation.yaml raises a warning rule to an error or
 * lowers an error rule to a warning, and strict mode (`npm run check -- --strict`) makes every
 * warning an error. Errors that leave a record unreadable, a field without a valid value or a
 * reference unresolved cannot be lowered: the model cannot be built past them.
 */
import type { Issue } from './issue.ts';

/** Rules whose errors stay errors whatever the settings say. */
export const FIXED_ERRORS: ReadonlySet<string> = new Set([
  'bad-yaml',
  'not-utf8',
  'not-a-file',
  'no-content',
  'no-records',
  'no-frontmatter',
  'bad-file-name',
  'reserved-file-name',
  'required',
  'wrong-type',
  'not-allowed',
  'unknown-field',
  'invalid',
  'bad-duration',
  'zero-duration',
  'bad-date',
  'bad-id',
  'duplicate-id',
  'duplicate-step',
  'dangling-reference',
  'wrong-kind',
  'step-cycle',
  'placeholder',
]);

/** `issues` with the organisation's severities applied, and every warning an error when `strict`. */
export function applySeverity(
  issues: readonly Issue[],
  severity: Readonly<Record<string, 'error' | 'warning'>>,
  strict = false,
): Issue[] {
  return issues.map((i) => {
    const set = severity[i.rule];
    const wanted =
      strict || set === 'error'
        ? 'error'
        : set === 'warning' && !FIXED_ERRORS.has(i.rule)
          ? 'warning'
          : i.severity;
    return wanted === i.severity ? i : { ...i, severity: wanted };
  });
}
