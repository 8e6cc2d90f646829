/**
 * The git facts end to end, on a temporary repository made here with fixed identities and
 * dates (nothing from the machine's git configuration): one read of the history, the model,
 * the analysis, and the views of the pages.
 *
 *   2026-01-10  add the organisation (content/)
 *   2026-01-20  change plans/changed-before.md          (before the exercise)
 *   2026-02-01  exercise ex-2026-02 tests both plans and the service erp
 *   2026-03-02  change plans/changed-after.md           (after it: re-test)
 *   2026-03-05  rename guides/old.md -> guides/renamed.md
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describeGitFacts, readGitFacts } from '../../src/load/git-facts.ts';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { toModel } from '../../src/load/load-model.ts';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { publish, type Published } from '../../src/lib/publish/publish.ts';
import { toRecordPage } from '../../src/lib/render/record-page.ts';
import { toReviewsPage } from '../../src/lib/render/reviews-page.ts';
import { toApiDocuments } from '../../src/lib/render/api.ts';
import { DOCUMENT_SCHEMAS } from '../../src/lib/render/api-schema.ts';
import { toICalendar } from '../../src/lib/render/ics.ts';
import { formatText } from '../../src/lib/model/text.ts';
import { getEntry } from '../../src/lib/model/model.ts';
import type { ContentHistory } from '../../src/lib/git/history.ts';
import type { Kind } from '../../src/lib/schema/index.ts';

const AS_OF = '2026-11-25';
const FILES: Record<string, string> = {
  'organisation.yaml': 'name: Git test\n',
  'teams/ops.md': '---\ntitle: Operations\nowner: ops\n---\n',
  'plans/changed-after.md':
    '---\ntitle: Changed after\nowner: ops\nclassification: public\ntype: disaster-recovery\nstatus: approved\n---\nv1\n',
  'plans/changed-before.md':
    '---\ntitle: Changed before\nowner: ops\ntype: disaster-recovery\nstatus: approved\n---\nv1\n',
  'services/erp.md': '---\ntitle: ERP\nowner: ops\nkind: application\n---\n',
  'guides/old.md': '---\ntitle: A guide\nowner: ops\n---\n',
  'exercises/ex-2026-02.md':
    '---\ntitle: February tabletop\nowner: ops\ntype: tabletop\ndate: 2026-02-01\nstatus: completed\nplans: [changed-after, changed-before]\nservices: [erp]\n---\n',
};

let root: string;
let repo: string;
let content: string;

/** git in the test repository, with a fixed identity and date and no machine configuration. */
function git(cwd: string, args: string[], date = '2026-01-10T12:00:00+00:00'): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

function write(dir: string, file: string, text: string) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

/** The edition of the content folder `dir`, built with its git facts, and the facts. */
function siteOf(dir: string): { site: Published; history: ContentHistory } {
  const { history } = readGitFacts(dir);
  const model = toModel(loadContentFolder(dir), { asOf: AS_OF }, history);
  expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return { site: publish(model, analyse(model), 'confidential'), history };
}

const pageOf = (site: Published, kind: Kind, id: string) =>
  toRecordPage(site, getEntry(site.model, kind, id)!, (k) => `/${k}/`);

const retests = (site: Published) => site.reviews.items.filter((i) => i.check === 're-test');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'itscm-git-'));
  repo = join(root, 'repo');
  content = join(repo, 'content');
  mkdirSync(repo);
  git(repo, ['init', '-q', '-b', 'main']);
  for (const [file, text] of Object.entries(FILES)) write(content, file, text);
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'Add the organisation']);
  write(content, 'plans/changed-before.md', `${FILES['plans/changed-before.md']}v2\n`);
  git(repo, ['commit', '-q', '-am', 'Before the exercise'], '2026-01-20T12:00:00+00:00');
  write(content, 'plans/changed-after.md', `${FILES['plans/changed-after.md']}v2\n`);
  git(
    repo,
    ['commit', '-q', '-am', 'Plan: <b>new</b> call tree & "escalation"'],
    '2026-03-02T12:00:00+00:00',
  );
  git(repo, ['mv', 'content/guides/old.md', 'content/guides/renamed.md']);
  git(repo, ['commit', '-q', '-m', 'Rename the guide'], '2026-03-05T12:00:00+00:00');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readGitFacts on a repository', () => {
  it('reads where the content folder is, the commit checked out and every file it changed', () => {
    const { history, problem } = readGitFacts(content);
    expect(problem).toBeUndefined();
    if (!history.available) throw new Error('expected a history');
    expect(history.prefix).toBe('content/');
    expect(history.shallow).toBe(false);
    expect(history.head).toBe(git(repo, ['rev-parse', 'HEAD']).trim());
    expect([...history.files.keys()].sort()).toEqual(
      [...Object.keys(FILES), 'guides/renamed.md'].sort(),
    );
    expect(history.files.get('plans/changed-after.md')?.commits.map((c) => c.date)).toEqual([
      '2026-03-02',
      '2026-01-10',
    ]);
    expect(describeGitFacts({ history })).toMatch(
      /^git history: 4 commit\(s\) changing content up to [0-9a-f]{7}$/,
    );
  });

  it('gives the same facts and the same pages when read twice (nothing from the clock)', () => {
    const a = siteOf(content);
    const b = siteOf(content);
    expect(b.history).toEqual(a.history);
    expect(JSON.stringify([...toApiDocuments(b.site)])).toBe(
      JSON.stringify([...toApiDocuments(a.site)]),
    );
    expect(pageOf(b.site, 'plans', 'changed-after')).toEqual(
      pageOf(a.site, 'plans', 'changed-after'),
    );
  });
});

describe('the re-test check', () => {
  it('lists a plan changed after its last exercise, due on the change, with its owner', () => {
    const { site } = siteOf(content);
    const hash = git(repo, [
      'log',
      '-1',
      '--format=%H',
      '--',
      'content/plans/changed-after.md',
    ]).trim();
    expect(retests(site).map((i) => ({ ...i, detail: formatText(i.detail) }))).toEqual([
      {
        key: 'plans/changed-after',
        title: 'Changed after',
        owner: 'ops',
        check: 're-test',
        due: '2026-03-02',
        status: 'overdue',
        daysLate: 268,
        detail: `Changed since its last exercise, ex-2026-02 on 2026-02-01: first on 2026-03-02 in ${hash.slice(0, 7)}; exercise it again so the version in use is the one tested.`,
        change: {
          exercise: 'exercises/ex-2026-02',
          exercised: '2026-02-01',
          on: '2026-03-02',
          commit: hash,
          changes: 1,
        },
      },
    ]);
  });

  it('does not list a plan changed only before its last exercise, nor a service unchanged since', () => {
    const keys = retests(siteOf(content).site).map((i) => i.key);
    expect(keys).not.toContain('plans/changed-before');
    expect(keys).not.toContain('services/erp');
  });

  it('lists a service changed in the working copy as due on the as-of date', () => {
    write(content, 'services/erp.md', `${FILES['services/erp.md']}A change not committed.\n`);
    try {
      const { site } = siteOf(content);
      const erp = retests(site).find((i) => i.key === 'services/erp');
      expect(erp).toMatchObject({
        due: AS_OF,
        status: 'due-soon',
        change: { on: AS_OF, changes: 1 },
      });
      expect(erp?.change?.commit).toBeUndefined();
      expect(formatText(erp!.detail)).toContain(
        'first on 2026-11-25 in the working copy, not committed',
      );
      expect(pageOf(site, 'services', 'erp').source.note).toBe('Changed since, not committed yet.');
    } finally {
      git(repo, ['checkout', '-q', '--', 'content/services/erp.md']);
    }
  });

  it('reaches the plan page, the reviews page, the calendar feed and the API', () => {
    const { site } = siteOf(content);
    expect(pageOf(site, 'plans', 'changed-after').planStatus?.warnings).toContain(
      'It has changed since its last exercise on 2026-02-01 (first on 2026-03-02): the changes are not tested yet.',
    );
    const reviews = toReviewsPage(site);
    expect(reviews.checks).toContain('re-test');
    expect(reviews.byCheck.find((g) => g.check === 're-test')?.items.map((i) => i.key)).toEqual([
      'plans/changed-after',
    ]);
    expect(reviews.historyNote).toBeUndefined();
    const ics = toICalendar('Git test', AS_OF, site.reviews.items, (i) => `/${i.key}/`);
    expect(ics).toContain('SUMMARY:Re-test after change due: Changed after');
    expect(ics).toContain('UID:re-test-plans-changed-after@itscm-kb');
    const doc = toApiDocuments(site).get('api/v1/reviews.json') as { data: { check: string }[] };
    expect(DOCUMENT_SCHEMAS.reviews.safeParse(doc).success).toBe(true);
    expect(doc.data.filter((r) => r.check === 're-test')).toHaveLength(1);
  });
});

describe('the record page', () => {
  it('shows the last change: date, short hash and the subject as plain text', () => {
    const { site } = siteOf(content);
    const hash = git(repo, [
      'log',
      '-1',
      '--format=%h',
      '--abbrev=7',
      '--',
      'content/plans/changed-after.md',
    ]).trim();
    expect(pageOf(site, 'plans', 'changed-after').source).toEqual({
      path: 'content/plans/changed-after.md',
      last: {
        date: '2026-03-02',
        hash,
        subject: 'Plan: <b>new</b> call tree & "escalation"',
        onOrBefore: false,
      },
    });
  });

  it('leaves the subject out of the public edition', () => {
    const { history } = readGitFacts(content);
    const model = toModel(loadContentFolder(content), { asOf: AS_OF }, history);
    const site = publish(model, analyse(model), 'public');
    expect(pageOf(site, 'plans', 'changed-after').source.last).toMatchObject({
      date: '2026-03-02',
      subject: '',
    });
  });

  it('starts the history of a renamed file at the rename', () => {
    const { site } = siteOf(content);
    expect(pageOf(site, 'guides', 'renamed').source.last).toMatchObject({
      date: '2026-03-05',
      subject: 'Rename the guide',
    });
  });

  it('says when a file is new and not committed', () => {
    write(content, 'guides/draft.md', '---\ntitle: Draft\nowner: ops\n---\n');
    try {
      const { site } = siteOf(content);
      const source = pageOf(site, 'guides', 'draft').source;
      expect(source.last).toBeUndefined();
      expect(source.note).toBe('Not committed yet: the file is new.');
    } finally {
      rmSync(join(content, 'guides/draft.md'));
    }
  });
});

describe('a shallow clone', () => {
  it('says its facts are partial, dates on or before its cut-off, and lists no re-test it cannot know', () => {
    const clone = join(root, 'shallow');
    git(root, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    const { site, history } = siteOf(join(clone, 'content'));
    expect(history.available && history.shallow).toBe(true);
    const source = pageOf(site, 'plans', 'changed-before').source;
    expect(source.last).toMatchObject({
      date: '2026-03-05',
      onOrBefore: true,
      subject: 'Rename the guide',
    });
    expect(source.note).toBe("This clone's history is shallow and starts at that commit.");
    expect(retests(site)).toEqual([]);
    expect(toReviewsPage(site).historyNote).toMatch(/shallow.*some re-test items may be missing/);
  });
});

describe('outside git', () => {
  it('builds without facts, and the pages say they are missing', () => {
    const copy = join(root, 'no-git');
    cpSync(content, copy, { recursive: true });
    const { site, history } = siteOf(copy);
    expect(history).toEqual({ available: false, missing: 'not-a-repository' });
    expect(retests(site)).toEqual([]);
    expect(pageOf(site, 'plans', 'changed-after').source).toEqual({
      path: 'plans/changed-after.md',
      note: 'Last change not known: the content folder is not in a git repository.',
    });
    expect(toReviewsPage(site).historyNote).toBe(
      'Re-test items (plans and services changed since their last exercise) come from the git history, and this build has none: the content folder is not in a git repository.',
    );
  });

  it('says git is missing when it cannot be run', () => {
    const path = process.env.PATH;
    process.env.PATH = join(root, 'no-such-bin');
    try {
      const facts = readGitFacts(content);
      expect(facts.history).toEqual({ available: false, missing: 'no-git' });
      expect(describeGitFacts(facts)).toMatch(/^git history: none, git is not installed/);
    } finally {
      process.env.PATH = path;
    }
  });
});
