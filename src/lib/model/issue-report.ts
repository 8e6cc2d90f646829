/**
 * The check's problems for machines: JSON (one object per problem, stable order), GitHub
 * workflow commands (annotations on the lines of a pull request's files) and a Markdown table for
 * the job summary. GitHub shows at most 10 error and 10 warning annotations per step, so the
 * problems in the files a change touched come first and the summary has them all.
 * Reference: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { fieldOf, placeOf, type Issue } from './issue.ts';

/** GitHub's limit of annotations of one severity per step. */
export const ANNOTATIONS_PER_SEVERITY = 10;

/** A problem as JSON: where (file relative to the repository when `prefix` is given), what, how to fix. */
export function toJsonIssue(i: Issue, prefix = ''): Record<string, unknown> {
  return {
    severity: i.severity,
    file: `${prefix}${i.file}`,
    line: i.line ?? null,
    column: i.column ?? null,
    field: fieldOf(i) || null,
    value: i.value ?? null,
    rule: i.rule,
    message: i.message,
    fix: i.fix,
  };
}

/** Workflow-command data: %, CR and LF escaped. */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Workflow-command property values: data escaping, and ":" and "," too. */
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One annotation line: `::error file=…,line=…,col=…,title=…::message`. */
export function toAnnotation(i: Issue, prefix = ''): string {
  const props = [`file=${property(`${prefix}${i.file}`)}`];
  if (i.line !== undefined) props.push(`line=${i.line}`, `col=${i.column ?? 1}`);
  props.push(`title=${property(`${i.rule}${fieldOf(i) ? ` (${fieldOf(i)})` : ''}`)}`);
  return `::${i.severity} ${props.join(',')}::${data(`${i.message}\nFix: ${i.fix}`)}`;
}

/**
 * The annotations to print: problems in `changed` files first, at most
 * ANNOTATIONS_PER_SEVERITY of each severity, then a notice of how many the summary adds.
 */
export function toAnnotations(
  issues: readonly Issue[],
  changed: ReadonlySet<string>,
  prefix = '',
): string[] {
  const ordered = [
    ...issues.filter((i) => changed.has(`${prefix}${i.file}`)),
    ...issues.filter((i) => !changed.has(`${prefix}${i.file}`)),
  ];
  const out: string[] = [];
  let left = 0;
  for (const severity of ['error', 'warning'] as const) {
    const of = ordered.filter((i) => i.severity === severity);
    out.push(...of.slice(0, ANNOTATIONS_PER_SEVERITY).map((i) => toAnnotation(i, prefix)));
    left += Math.max(0, of.length - ANNOTATIONS_PER_SEVERITY);
  }
  if (left) out.push(`::notice title=More problems::${left} more problem(s): see the job summary.`);
  return out;
}

/** Table cells: pipes and line breaks escaped, HTML defused. */
const cell = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Every problem as a Markdown table, errors first, for the job summary. */
export function toMarkdownSummary(issues: readonly Issue[], prefix = ''): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const head = `## Content check\n\n${errors.length} error(s), ${warnings.length} warning(s).\n`;
  if (!issues.length) return head;
  const rows = [...errors, ...warnings].map(
    (i) =>
      `| ${i.severity} | \`${cell(placeOf({ ...i, file: `${prefix}${i.file}` }))}\` | ${cell(fieldOf(i))} | ${cell(i.rule)} | ${cell(i.message)} | ${cell(i.fix)} |`,
  );
  return `${head}\n| | where | field | rule | problem | fix |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}
