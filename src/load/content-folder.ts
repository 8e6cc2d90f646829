/**
 * Reads an organisation's content folder from disk: one sub-folder per record kind, one
 * .md/.mdx file per record, and organisation.yaml for settings. The one reader of content
 * files: `check`, the build (the content integration, once per build), `bench` and the tests
 * all come here. Each file is read once and its frontmatter parsed once, with js-yaml (the
 * parser Astro uses).
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import yaml from 'js-yaml';
import { KINDS, type Kind } from '../lib/schema/index.ts';
import type { RawRecord } from '../lib/model/parse-records.ts';
import type { Issue } from '../lib/model/issue.ts';

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
  /**
   * The text of every .mdx file as read, by path relative to `dir` ("services/erp.mdx"): the
   * build compiles MDX bodies from this copy instead of reading the files again.
   */
  mdxSources: Map<string, string>;
  /** How many files were read (records and settings). */
  filesRead: number;
  /** SHA-256 of every file name and text read, in order: changes when any read file changes. */
  digest: string;
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
  const mdxSources = new Map<string, string>();
  const hash = createHash('sha256');
  let filesRead = 0;
  const read = (path: string, file: string): string => {
    const text = readFileSync(path, 'utf8');
    filesRead++;
    hash.update(`${file}\0${text}\0`);
    return text;
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    issues.push({
      severity: 'error',
      file: dir,
      path: [],
      rule: 'no-content',
      message: 'the content folder does not exist.',
      fix: 'Set ITSCM_CONTENT to a folder holding services/, bia/, plans/ ... or unset it to use src/content.',
    });
    return { dir, raws, settings: {}, issues, mdxSources, filesRead, digest: hash.digest('hex') };
  }
  const settingsPath = join(dir, SETTINGS_FILE);
  const settings = existsSync(settingsPath)
    ? (readYaml(read(settingsPath, SETTINGS_FILE), SETTINGS_FILE, issues) ?? {})
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
      const text = read(join(folder, name), file);
      if (m[2] === 'mdx') mdxSources.set(file, text);
      const fm = FRONTMATTER.exec(text);
      const data = fm ? readYaml(fm[1] ?? '', file, issues) : null;
      if (fm && data === undefined) continue;
      raws.push({ kind, id: m[1], file, data, body: fm ? text.slice(fm[0].length) : text });
    }
  }
  return { dir, raws, settings, issues, mdxSources, filesRead, digest: hash.digest('hex') };
}
