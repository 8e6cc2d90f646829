/**
 * Addresses in the repository the content is kept in (settings.repository): a file (at a
 * line), its editor, its history, a commit, in the shapes GitHub and GitLab use. Pure string
 * work; every path segment is percent-encoded, so a file or branch name cannot change the
 * address's structure.
 */
import type { Forge, Settings } from '../schema/settings.ts';
import type { Model } from '../model/model.ts';

/** The repository's addresses for content files. */
export interface RepositoryLinks {
  /** The file's page in the repository, at `line` when given. */
  file(path: string, line?: number): string;
  /** The page that edits the file on the branch. */
  edit(path: string): string;
  /** The file's commit history on the branch. */
  history(path: string): string;
  /** A commit's page. */
  commit(hash: string): string;
}

/** The path between repository address and branch, per forge and view. */
const VIEWS: Record<Forge, Record<'file' | 'edit' | 'history' | 'commit', string>> = {
  github: { file: 'blob', edit: 'edit', history: 'commits', commit: 'commit' },
  gitlab: { file: '-/blob', edit: '-/edit', history: '-/commits', commit: '-/commit' },
};

/** Each segment of a path percent-encoded, the slashes kept. */
const encodePath = (path: string) =>
  path.split('/').filter(Boolean).map(encodeURIComponent).join('/');

/**
 * The links of `repository` for files of the content folder, which sits at `contentPath` in
 * the repository ("src/content", "" at the root); undefined without a repository.
 */
export function toRepositoryLinks(
  repository: Settings['repository'],
  contentPath: string,
): RepositoryLinks | undefined {
  if (!repository) return undefined;
  const { url, branch, forge } = repository;
  const v = VIEWS[forge];
  const at = (view: string, path: string) =>
    `${url}/${view}/${encodePath(branch)}/${encodePath(`${contentPath}/${path}`)}`;
  return {
    file: (path, line) => `${at(v.file, path)}${line === undefined ? '' : `#L${line}`}`,
    edit: (path) => at(v.edit, path),
    history: (path) => at(v.history, path),
    commit: (hash) => `${url}/${v.commit}/${encodeURIComponent(hash)}`,
  };
}

/**
 * Where the content folder is in the repository, without slashes at the ends: the setting
 * `repository.contentPath`, else where git found it in the working copy built, else the root.
 */
export function contentPathOf(model: Pick<Model, 'settings' | 'history'>): string {
  const set = model.settings.repository?.contentPath;
  if (set !== undefined) return set;
  return model.history.available ? model.history.prefix.replace(/^\/+|\/+$/g, '') : '';
}

/** A content file's path as the repository has it ("src/content/plans/dr.mdx"). */
export function repositoryPathOf(model: Pick<Model, 'settings' | 'history'>, file: string): string {
  const base = contentPathOf(model);
  return base ? `${base}/${file}` : file;
}

/** The repository links of a model's settings, for its content files; undefined without a repository. */
export const repositoryOf = (
  model: Pick<Model, 'settings' | 'history'>,
): RepositoryLinks | undefined =>
  toRepositoryLinks(model.settings.repository, contentPathOf(model));
