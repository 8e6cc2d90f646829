import { describe, it, expect } from 'vitest';
import { SettingsSchema } from '../../src/lib/schema/settings.ts';
import { toRepositoryLinks, repositoryPathOf } from '../../src/lib/render/repository.ts';
import { toSourceView } from '../../src/lib/render/source.ts';
import { toDataQualityPage } from '../../src/lib/render/data-quality-page.ts';
import { toContentHistory } from '../../src/lib/git/parse.ts';
import { NO_HISTORY, type ContentHistory } from '../../src/lib/git/history.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { publish } from '../../src/lib/publish/publish.ts';
import { issueLines, modelOf, raw, AS_OF } from '../helpers.ts';
import { href } from './sites.ts';

const settingsOf = (repository: unknown) => SettingsSchema.parse({ repository });

const HASH = '0123456789abcdef0123456789abcdef01234567';
/** plans/dr.mdx changed once, in a commit whose subject is hostile. */
const HISTORY: ContentHistory = toContentHistory({
  prefix: 'src/content/',
  shallow: false,
  head: HASH,
  log: `\x1e${HASH}\x1f2026-03-02T10:00:00+00:00\x1f\x1f<img src=x onerror=alert(1)>\0\nplans/dr.mdx\0`,
  status: '',
});

describe('settings.repository', () => {
  it('accepts a GitHub or GitLab https address, drops a trailing slash and .git, defaults the branch', () => {
    expect(settingsOf({ url: 'https://github.com/org/continuity.git/' }).repository).toEqual({
      url: 'https://github.com/org/continuity',
      branch: 'main',
      forge: 'github',
    });
    expect(
      settingsOf({
        url: 'https://gitlab.example.org/group/sub/kb',
        branch: 'live',
        contentPath: '/content/',
      }).repository,
    ).toEqual({
      url: 'https://gitlab.example.org/group/sub/kb',
      branch: 'live',
      contentPath: 'content',
      forge: 'gitlab',
    });
  });

  it('is unset by default: pages show paths as text', () => {
    expect(SettingsSchema.parse({}).repository).toBeUndefined();
  });

  it('rejects an address that is not https, names no repository, or whose forge is unknown, saying how to fix it', () => {
    const model = (repository: unknown) => modelOf([], { repository });
    const lines = (repository: unknown) =>
      model(repository).issues.map(
        (i) => `${issueLines({ issues: [i] })[0]}: ${i.message} | ${i.fix}`,
      );
    expect(lines({ url: 'http://github.com/org/kb' })).toMatchInlineSnapshot(`
      [
        "error organisation.yaml repository.url bad-repository-url: "http://github.com/org/kb" is not an https address: edit and history links must open over https (https://github.com/example-org/continuity). | Write the repository's https web address, for example https://github.com/example-org/continuity, or remove repository.",
      ]
    `);
    expect(lines({ url: 'git@github.com:org/kb.git' })).toMatchInlineSnapshot(`
      [
        "error organisation.yaml repository.url bad-repository-url: "git@github.com:org/kb.git" is not a web address: write the repository's page, such as https://github.com/example-org/continuity. | Write the repository's https web address, for example https://github.com/example-org/continuity, or remove repository.",
      ]
    `);
    expect(lines({ url: 'https://github.com/org' })).toMatchInlineSnapshot(`
      [
        "error organisation.yaml repository.url bad-repository-url: "https://github.com/org" does not name a repository: it needs the owner and the name, as in https://github.com/example-org/continuity. | Write the repository's https web address, for example https://github.com/example-org/continuity, or remove repository.",
      ]
    `);
    expect(lines({ url: 'https://git.example.org/org/kb' })).toMatchInlineSnapshot(`
      [
        "error organisation.yaml repository.forge unknown-forge: the host of "https://git.example.org/org/kb" is neither github.com nor a GitLab host, so the link shapes are not known. | Set repository.forge to github or gitlab.",
      ]
    `);
    expect(lines({ url: 'https://git.example.org/org/kb', forge: 'gitlab' })).toEqual([]);
    expect(lines({ url: 'https://github.com/org/kb', contentPath: '../elsewhere' })).toHaveLength(
      1,
    );
  });
});

describe('toRepositoryLinks', () => {
  it('makes GitHub file, line, edit, history and commit addresses', () => {
    const links = toRepositoryLinks(
      settingsOf({ url: 'https://github.com/org/kb' }).repository,
      'src/content',
    )!;
    expect(links.file('plans/dr.mdx')).toBe(
      'https://github.com/org/kb/blob/main/src/content/plans/dr.mdx',
    );
    expect(links.file('plans/dr.mdx', 12)).toBe(
      'https://github.com/org/kb/blob/main/src/content/plans/dr.mdx#L12',
    );
    expect(links.edit('plans/dr.mdx')).toBe(
      'https://github.com/org/kb/edit/main/src/content/plans/dr.mdx',
    );
    expect(links.history('plans/dr.mdx')).toBe(
      'https://github.com/org/kb/commits/main/src/content/plans/dr.mdx',
    );
    expect(links.commit(HASH)).toBe(`https://github.com/org/kb/commit/${HASH}`);
  });

  it('makes GitLab addresses, with the content folder at the root', () => {
    const links = toRepositoryLinks(
      settingsOf({ url: 'https://gitlab.com/group/sub/kb' }).repository,
      '',
    )!;
    expect(links.file('plans/dr.mdx', 3)).toBe(
      'https://gitlab.com/group/sub/kb/-/blob/main/plans/dr.mdx#L3',
    );
    expect(links.edit('plans/dr.mdx')).toBe(
      'https://gitlab.com/group/sub/kb/-/edit/main/plans/dr.mdx',
    );
    expect(links.history('plans/dr.mdx')).toBe(
      'https://gitlab.com/group/sub/kb/-/commits/main/plans/dr.mdx',
    );
    expect(links.commit(HASH)).toBe(`https://gitlab.com/group/sub/kb/-/commit/${HASH}`);
  });

  it('percent-encodes branch and file names segment by segment', () => {
    const links = toRepositoryLinks(
      settingsOf({ url: 'https://github.com/org/kb', branch: 'release/2026 q1' }).repository,
      'content',
    )!;
    expect(links.edit('guides/a b#c?.md')).toBe(
      'https://github.com/org/kb/edit/release/2026%20q1/content/guides/a%20b%23c%3F.md',
    );
  });

  it('is undefined without a repository', () => {
    expect(toRepositoryLinks(undefined, '')).toBeUndefined();
  });
});

describe('repositoryPathOf', () => {
  it('takes the setting first, then where git found the folder, then the root', () => {
    const set = settingsOf({ url: 'https://github.com/org/kb', contentPath: 'kb' });
    expect(repositoryPathOf({ settings: set, history: HISTORY }, 'plans/dr.mdx')).toBe(
      'kb/plans/dr.mdx',
    );
    expect(
      repositoryPathOf({ settings: settingsOf(undefined), history: HISTORY }, 'plans/dr.mdx'),
    ).toBe('src/content/plans/dr.mdx');
    expect(
      repositoryPathOf({ settings: settingsOf(undefined), history: NO_HISTORY }, 'plans/dr.mdx'),
    ).toBe('plans/dr.mdx');
  });
});

describe('toSourceView', () => {
  it('links the file, its editor, its history and the commit with a repository, keeping the subject as text', () => {
    const settings = settingsOf({ url: 'https://github.com/org/kb' });
    expect(toSourceView({ settings, history: HISTORY }, { file: 'plans/dr.mdx' })).toEqual({
      path: 'src/content/plans/dr.mdx',
      fileHref: 'https://github.com/org/kb/blob/main/src/content/plans/dr.mdx',
      editHref: 'https://github.com/org/kb/edit/main/src/content/plans/dr.mdx',
      historyHref: 'https://github.com/org/kb/commits/main/src/content/plans/dr.mdx',
      last: {
        date: '2026-03-02',
        hash: '0123456',
        href: `https://github.com/org/kb/commit/${HASH}`,
        subject: '<img src=x onerror=alert(1)>',
        onOrBefore: false,
      },
    });
  });

  it('shows the path as text without a repository, and says when git never saw the file', () => {
    expect(
      toSourceView({ settings: settingsOf(undefined), history: HISTORY }, { file: 'plans/new.md' }),
    ).toEqual({
      path: 'src/content/plans/new.md',
      note: 'No commit in the history changes this file (git may ignore it).',
    });
  });

  it('cuts a very long subject', () => {
    const long = toContentHistory({
      prefix: '',
      shallow: false,
      head: HASH,
      log: `\x1e${HASH}\x1f2026-03-02T10:00:00Z\x1f\x1f${'x'.repeat(500)}\0\nplans/dr.mdx\0`,
      status: '',
    });
    const subject = toSourceView(
      { settings: settingsOf(undefined), history: long },
      { file: 'plans/dr.mdx' },
    ).last?.subject;
    expect(subject).toHaveLength(160);
    expect(subject?.endsWith('…')).toBe(true);
  });
});

describe('toDataQualityPage with a repository', () => {
  // A planned exercise past its date: a warning on exercises/drill.md, field status.
  const recs = raw([
    { kind: 'teams', id: 'ops' },
    {
      kind: 'exercises',
      id: 'drill',
      data: { type: 'tabletop', date: '2026-01-10', status: 'planned' },
    },
  ]);
  const siteWith = (repository: unknown, line?: number) => {
    const model = buildModel({
      raws: recs,
      settings: { repository },
      asOf: AS_OF,
      history: HISTORY,
    });
    if (line !== undefined) for (const i of model.issues) Object.assign(i, { line });
    return publish(model, analyse(model), 'confidential');
  };

  it('links the file to the repository, not to a page of the site, and the record title to its page', () => {
    const v = toDataQualityPage(siteWith({ url: 'https://github.com/org/kb' }), href);
    expect(v.rows.find((r) => r.file === 'exercises/drill.md')).toMatchObject({
      fileHref: 'https://github.com/org/kb/blob/main/src/content/exercises/drill.md',
      href: '/exercises/drill/',
      title: 'drill',
    });
  });

  it('links the line when the issue has one', () => {
    const v = toDataQualityPage(siteWith({ url: 'https://gitlab.com/org/kb' }, 4), href);
    expect(v.rows.find((r) => r.file === 'exercises/drill.md')?.fileHref).toBe(
      'https://gitlab.com/org/kb/-/blob/main/src/content/exercises/drill.md#L4',
    );
  });

  it('leaves the file as text without a repository', () => {
    const v = toDataQualityPage(siteWith(undefined), href);
    expect(v.rows.find((r) => r.file === 'exercises/drill.md')?.fileHref).toBeUndefined();
  });
});
