/**
 * Gives every issue about a file's YAML the line and column of its field: each file with
 * problems is read again and its frontmatter (or organisation.yaml) parsed once with source
 * positions (src/lib/model/yaml-positions.ts). Files without problems are not read again.
 * Issues that carry a place already (a YAML syntax error, a body error) keep it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue } from '../lib/model/issue.ts';
import { yamlLocator, type Position } from '../lib/model/yaml-positions.ts';
import type { FieldPath } from '../lib/model/issue.ts';
import { FRONTMATTER, SETTINGS_FILE } from './content-folder.ts';

/** A locator for `file` of the content folder `dir`; undefined when it cannot be read as text. */
function locatorOf(dir: string, file: string): ((path: FieldPath) => Position) | undefined {
  const path = join(dir, file);
  if (!existsSync(path) || !statSync(path).isFile()) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return undefined;
  }
  if (file === SETTINGS_FILE) return yamlLocator(text, 1);
  const fm = FRONTMATTER.exec(text);
  return fm ? yamlLocator(fm[1] ?? '', 2) : undefined;
}

/** `issues` with line and column where the file shows them, in the same order. */
export function locateIssues(issues: readonly Issue[], dir: string): Issue[] {
  const locators = new Map<string, ReturnType<typeof locatorOf>>();
  return issues.map((issue) => {
    if (issue.line !== undefined) return issue;
    if (!locators.has(issue.file)) locators.set(issue.file, locatorOf(dir, issue.file));
    const locate = locators.get(issue.file);
    return locate ? { ...issue, ...locate(issue.path) } : issue;
  });
}
