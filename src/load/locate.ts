/**
 * Gives every issue about a file's YAML the line and column of its field: the frontmatter (or
 * organisation.yaml) of each file with problems is parsed again, once, with source positions
 * (src/lib/model/yaml-positions.ts), from the text read with the rest; files without problems
 * are not parsed again. Nothing is read from disk.
 * Issues that carry a place already (a YAML syntax error, a body error) keep it.
 */
import type { Issue } from '../lib/model/issue.ts';
import { yamlLocator, type Position } from '../lib/model/yaml-positions.ts';
import type { FieldPath } from '../lib/model/issue.ts';
import { GLOSSARY_FILE } from '../lib/model/glossary.ts';
import { FRONTMATTER, SETTINGS_FILE, type LoadedContent } from './content-folder.ts';

/** The text of a file as the content folder's reader kept it. */
export const textsOf =
  (loaded: Pick<LoadedContent, 'mdxSources' | 'otherSources'>) =>
  (file: string): string | undefined =>
    loaded.mdxSources.get(file) ?? loaded.otherSources.get(file);

/** A locator for `file` whose text is `text`; undefined when there is none. */
function locatorOf(
  file: string,
  text: string | undefined,
): ((path: FieldPath) => Position) | undefined {
  if (text === undefined) return undefined;
  if (file === SETTINGS_FILE || file === GLOSSARY_FILE) return yamlLocator(text, 1);
  const fm = FRONTMATTER.exec(text);
  return fm ? yamlLocator(fm[1] ?? '', 2) : undefined;
}

/** `issues` with line and column where the file shows them, in the same order. */
export function locateIssues(
  issues: readonly Issue[],
  textOf: (file: string) => string | undefined,
): Issue[] {
  const locators = new Map<string, ReturnType<typeof locatorOf>>();
  return issues.map((issue) => {
    if (issue.line !== undefined) return issue;
    if (!locators.has(issue.file))
      locators.set(issue.file, locatorOf(issue.file, textOf(issue.file)));
    const locate = locators.get(issue.file);
    return locate ? { ...issue, ...locate(issue.path) } : issue;
  });
}
