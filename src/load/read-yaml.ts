/**
 * Reads a YAML text (a record's frontmatter or organisation.yaml) the way an author wrote it,
 * safely: dates stay the text written (a YAML timestamp would roll 2025-13-01 over to
 * 2026-01-01; the schemas check dates as text), merge keys work, and a text that expands
 * beyond a size or depth an author could mean (an alias bomb, thousands of nested lists) is one
 * error instead of a hang or a crash. Problems become Issues with the line and column of the
 * file; nothing here throws.
 */
import yaml from 'js-yaml';
import type { Issue } from '../lib/model/issue.ts';

/** js-yaml's core schema (no timestamps) with merge keys ("<<: *defaults"); @types/js-yaml omits `types`. */
const { merge } = (yaml as unknown as { types: { merge: yaml.Type } }).types;
const SCHEMA = yaml.CORE_SCHEMA.extend({ implicit: [merge] });

/** Most values a frontmatter may expand to, aliases counted each time they are used. */
export const MAX_VALUES = 100_000;
/** Deepest nesting of lists and maps. */
export const MAX_DEPTH = 64;

/** The values `v` expands to (aliases counted at every use) and its depth, shared parts counted once each. */
function measure(root: unknown): { values: number; depth: number } {
  const sizes = new WeakMap<object, { values: number; depth: number }>();
  const visit = (v: unknown, depth: number): { values: number; depth: number } => {
    if (v === null || typeof v !== 'object') return { values: 1, depth: 0 };
    const known = sizes.get(v);
    if (known) return known;
    if (depth > MAX_DEPTH) return { values: 1, depth: MAX_DEPTH + 1 };
    // A placeholder first: a cycle (not possible in YAML 1.2 loads, but cheap to guard) counts once.
    sizes.set(v, { values: 1, depth: 1 });
    let values = 1;
    let deepest = 0;
    for (const child of Object.values(v)) {
      const m = visit(child, depth + 1);
      values = Math.min(values + m.values, MAX_VALUES + 1);
      deepest = Math.max(deepest, m.depth);
    }
    const out = { values, depth: deepest + 1 };
    sizes.set(v, out);
    return out;
  };
  return visit(root, 0);
}

/**
 * Parses `text` (which starts on line `firstLine` of `file`); undefined when it cannot be read,
 * with the reason in `issues`. An empty text is {}.
 */
export function readYaml(text: string, file: string, firstLine: number, issues: Issue[]): unknown {
  const fail = (message: string, fix: string, line = firstLine, column = 1) => {
    issues.push({
      severity: 'error',
      file,
      path: [],
      line,
      column,
      rule: 'bad-yaml',
      message,
      fix,
    });
    return undefined;
  };
  let data: unknown;
  try {
    data = yaml.load(text, { schema: SCHEMA, filename: file }) ?? {};
  } catch (e) {
    if (e instanceof yaml.YAMLException)
      return fail(
        `the YAML cannot be read: ${e.reason ?? e.message}.`,
        'Fix the YAML syntax: check indentation, colons and quotes around values containing ":" or "#".',
        (e.mark?.line ?? 0) + firstLine,
        (e.mark?.column ?? 0) + 1,
      );
    return fail(
      'the YAML cannot be read: it is nested too deeply.',
      `Keep lists and fields nested at most ${MAX_DEPTH} levels deep.`,
    );
  }
  const m = measure(data);
  if (m.values > MAX_VALUES)
    return fail(
      `the YAML expands to more than ${MAX_VALUES.toLocaleString('en')} values (aliases repeated inside aliases).`,
      'Write the values out, or use each alias (*name) a few times only.',
    );
  if (m.depth > MAX_DEPTH)
    return fail(
      `the YAML is nested more than ${MAX_DEPTH} levels deep.`,
      `Keep lists and fields nested at most ${MAX_DEPTH} levels deep.`,
    );
  return data;
}
