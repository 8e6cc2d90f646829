/**
 * Reads an organisation's content folder from disk: one sub-folder per record kind, one
 * .md/.mdx file per record, and organisation.yaml for settings. Used by `check`, the build
 * (through astro.config.mjs), `bench` and the tests. YAML is parsed with js-yaml, as Astro does.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { KINDS, type Kind } from '../src/lib/schema/index.ts';
import type { RawRecord } from '../src/lib/model/parse-records.ts';
import type { Issue } from '../src/lib/model/issue.ts';

/** The project root (the folder holding package.json). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The content folder: $ITSCM_CONTENT if set (relative to the current directory), else src/content. */
export function resolveContentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ITSCM_CONTENT ? resolve(env.ITSCM_CONTENT) : join(PROJECT_ROOT, 'src', 'content');
}

/** The settings file name inside the content folder. */
export const SETTINGS_FILE = 'organisation.yaml';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---\r?\n?/;

export interface LoadedContent {
  dir: string;
  raws: RawRecord[];
  /** organisation.yaml as parsed, or {} when missing. */
  settings: unknown;
  /** Problems reading files: bad YAML, bad file names, stray files. */
  issues: Issue[];
}

function readYaml(text: string, file: string, issues: Issue[]): unknown {
  try {
    return yaml.load(text) ?? {};
  } catch (e) {
    const err = e as yaml.YAMLException;
    issues.push({
      severity: 'error',
      file,
      path: [],
      rule: 'bad-yaml',
      message: `the YAML cannot be read: ${err.reason ?? err.message} (line ${(err.mark?.line ?? 0) + 1}).`,
      fix: 'Fix the YAML syntax: check indentation, colons and quotes around values containing ":" or "#".',
    });
    return undefined;
  }
}

/** Reads every record and the settings from `dir`. Never throws for content problems. */
export function loadContentFolder(dir: string): LoadedContent {
  const issues: Issue[] = [];
  const raws: RawRecord[] = [];
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    issues.push({
      severity: 'error',
      file: dir,
      path: [],
      rule: 'no-content',
      message: 'the content folder does not exist.',
      fix: 'Set ITSCM_CONTENT to a folder holding services/, bia/, plans/ ... or unset it to use src/content.',
    });
    return { dir, raws, settings: {}, issues };
  }
  const settingsPath = join(dir, SETTINGS_FILE);
  const settings = existsSync(settingsPath)
    ? (readYaml(readFileSync(settingsPath, 'utf8'), SETTINGS_FILE, issues) ?? {})
    : {};
  for (const kind of KINDS as readonly Kind[]) {
    const folder = join(dir, kind);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      const file = `${kind}/${name}`;
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const m = /^(.*)\.(md|mdx)$/.exec(name);
      if (!m) {
        issues.push({
          severity: 'warning',
          file,
          path: [],
          rule: 'stray-file',
          message: 'is not a .md or .mdx file and is ignored.',
          fix: 'Rename it to .md or .mdx, or move it out of the content folder.',
        });
        continue;
      }
      const text = readFileSync(join(folder, name), 'utf8');
      const fm = FRONTMATTER.exec(text);
      const data = fm ? readYaml(fm[1] ?? '', file, issues) : null;
      if (fm && data === undefined) continue;
      raws.push({ kind, id: m[1], file, data, body: fm ? text.slice(fm[0].length) : text });
    }
  }
  return { dir, raws, settings, issues };
}
