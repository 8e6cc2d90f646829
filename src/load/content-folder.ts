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
import { KINDS, type Kind } from '../lib/schema/index.ts';
import type { RawRecord } from '../lib/model/parse-records.ts';
import type { Issue } from '../lib/model/issue.ts';
import { readYaml } from './read-yaml.ts';
import { GLOSSARY_FILE } from '../lib/model/glossary.ts';

/** The settings file name inside the content folder. */
export const SETTINGS_FILE = 'organisation.yaml';

/** The frontmatter block: its YAML text starts on line 2 of the file. */
export const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---\r?\n?/;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based) of the first byte of `bytes` that is not UTF-8. */
function firstBadByte(bytes: Buffer): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
      continue;
    }
    const n =
      bytes[i] < 0x80
        ? 1
        : bytes[i] >= 0xc2 && bytes[i] < 0xe0
          ? 2
          : bytes[i] >= 0xe0 && bytes[i] < 0xf0
            ? 3
            : bytes[i] >= 0xf0 && bytes[i] < 0xf5
              ? 4
              : 0;
    try {
      if (n === 0) throw new Error();
      if (n > 1) UTF8.decode(bytes.subarray(i, i + n));
    } catch {
      return { line, column: i - start + 1 };
    }
    i += n - 1;
  }
  return { line, column: 1 };
}

export interface LoadedContent {
  dir: string;
  raws: RawRecord[];
  /** organisation.yaml as parsed, or {} when missing. */
  settings: unknown;
  /** glossary.yaml as parsed, or undefined when missing (or unreadable, with an issue). */
  glossary?: unknown;
  /** Problems reading files: bad YAML, bad file names, stray files. */
  issues: Issue[];
  /**
   * The text of every .mdx file as read, by path relative to `dir` ("services/erp.mdx"): the
   * build compiles MDX bodies from this copy instead of reading the files again.
   */
  mdxSources: Map<string, string>;
  /** The text of every other file read (.md records, organisation.yaml), by the same paths. */
  otherSources: Map<string, string>;
  /** How many files were read (records and settings). */
  filesRead: number;
  /** SHA-256 of every file name and text read, in order: changes when any read file changes. */
  digest: string;
}

/** Reads every record and the settings from `dir`. Never throws for content problems. */
export function loadContentFolder(dir: string): LoadedContent {
  const issues: Issue[] = [];
  const raws: RawRecord[] = [];
  const mdxSources = new Map<string, string>();
  const otherSources = new Map<string, string>();
  const hash = createHash('sha256');
  let filesRead = 0;
  /** The file's text; undefined (with an issue) when it is not UTF-8. */
  const read = (path: string, file: string): string | undefined => {
    const bytes = readFileSync(path);
    filesRead++;
    hash.update(`${file}\0`).update(bytes).update('\0');
    try {
      return UTF8.decode(bytes);
    } catch {
      issues.push({
        severity: 'error',
        file,
        path: [],
        ...firstBadByte(bytes),
        rule: 'not-utf8',
        message: 'is not UTF-8 text: a byte here is not a character.',
        fix: 'Save the file as UTF-8 (your editor\'s "Save with encoding" or iconv -f latin1 -t utf-8).',
      });
      return undefined;
    }
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
    return {
      dir,
      raws,
      settings: {},
      issues,
      mdxSources,
      otherSources,
      filesRead,
      digest: hash.digest('hex'),
    };
  }
  const settingsPath = join(dir, SETTINGS_FILE);
  const settingsText = existsSync(settingsPath) ? read(settingsPath, SETTINGS_FILE) : '';
  if (settingsText) otherSources.set(SETTINGS_FILE, settingsText);
  const settings = (settingsText && readYaml(settingsText, SETTINGS_FILE, 1, issues)) || {};
  const glossaryPath = join(dir, GLOSSARY_FILE);
  const glossaryText = existsSync(glossaryPath) ? read(glossaryPath, GLOSSARY_FILE) : undefined;
  if (glossaryText) otherSources.set(GLOSSARY_FILE, glossaryText);
  const glossary = glossaryText ? readYaml(glossaryText, GLOSSARY_FILE, 1, issues) : undefined;
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
      const path = join(folder, name);
      if (!statSync(path).isFile()) {
        issues.push({
          severity: 'error',
          file,
          path: [],
          rule: 'not-a-file',
          message: 'is a folder, not a record file.',
          fix: `Move what is inside out of ${file}/ and name record files <id>.md or <id>.mdx.`,
        });
        raws.push({ kind, id: m[1], file, data: null, body: '', unreadable: true });
        continue;
      }
      const text = read(path, file);
      if (text === undefined) {
        raws.push({ kind, id: m[1], file, data: null, body: '', unreadable: true });
        continue;
      }
      (m[2] === 'mdx' ? mdxSources : otherSources).set(file, text);
      const fm = FRONTMATTER.exec(text);
      const data = fm ? readYaml(fm[1] ?? '', file, 2, issues) : null;
      // A record whose frontmatter cannot be read still exists, so references to it do not
      // cascade into errors in files the author never touched; its own error is reported.
      if (fm && data === undefined) {
        raws.push({ kind, id: m[1], file, data: null, body: '', unreadable: true });
        continue;
      }
      raws.push({ kind, id: m[1], file, data, body: fm ? text.slice(fm[0].length) : text });
    }
  }
  if (raws.length === 0)
    issues.push({
      severity: 'error',
      file: dir,
      path: [],
      rule: 'no-records',
      message: 'the content folder holds no records.',
      fix: 'Add record files under services/, bia/, plans/ ... (see src/content for the sample), or set ITSCM_CONTENT to the folder that has them.',
    });
  return {
    dir,
    raws,
    settings,
    glossary,
    issues,
    mdxSources,
    otherSources,
    filesRead,
    digest: hash.digest('hex'),
  };
}
