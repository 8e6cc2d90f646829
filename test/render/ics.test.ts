import { describe, it, expect } from 'vitest';
import {
  toICalendar,
  toFeedName,
  toEventUid,
  listTeamItems,
  escapeText,
  foldLine,
} from '../../src/lib/render/ics.ts';
import type { ReviewItem } from '../../src/lib/analytics/review-due.ts';
import { expectNoLeftOutRecord, sampleSite } from './sites.ts';

const AS_OF = '2026-11-25';
const link = (i: ReviewItem) => `/${i.key}/`;

/** A plan review due soon, its title with TEXT specials. */
const review: ReviewItem = {
  key: 'plans/dr',
  title: 'DR plan; with, specials',
  owner: 'ops',
  check: 'review',
  due: '2026-12-01',
  status: 'due-soon',
  detail: ['Reviewed 2025-12-01; due every 12 months.'],
};
/** Two findings of one exercise, owned by two teams. */
const findings: ReviewItem[] = [
  {
    key: 'exercises/ex-1',
    title: 'Backups untested.',
    owner: 'db-team',
    check: 'finding',
    due: '2026-10-31',
    status: 'overdue',
    daysLate: 25,
    detail: ['Finding F1 of ', { ref: 'exercises/ex-1' }, ' (high, open): fix it.'],
    subject: 'F1',
  },
  {
    key: 'exercises/ex-1',
    title: 'Runbook outdated.',
    owner: 'ops',
    check: 'finding',
    due: '2026-12-15',
    status: 'due-soon',
    detail: ['Finding F2 of ', { ref: 'exercises/ex-1' }, ' (medium, open): fix it.'],
    subject: 'F2',
  },
];
/** One person's training on two subjects. */
const training: ReviewItem[] = ['dr', 'intro'].map((subject) => ({
  key: 'people/ana',
  title: 'Ana',
  owner: 'ops',
  check: 'training',
  due: '2027-02-01',
  status: 'current',
  detail: ['Trained on ', { ref: `plans/${subject}` }, ' 2026-02-01.'],
  subject,
}));

/** The physical lines of a feed (its CRLF-terminated lines, the last terminator dropped). */
const linesOf = (ics: string) => ics.slice(0, -2).split('\r\n');
/** The feed unfolded: one content line per property. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
/** The value of every content line of property `name`. */
const values = (ics: string, name: string) =>
  linesOf(unfold(ics))
    .filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    .map((l) => l.slice(l.indexOf(':') + 1));
const octets = (s: string) => new TextEncoder().encode(s).length;

/** True when every line ends in CRLF and no other CR, LF or line separator appears. */
function isWellFormed(ics: string): boolean {
  return (
    ics.endsWith('\r\n') &&
    linesOf(ics).every((l) => !/[\r\n\u0085\u2028\u2029]/.test(l)) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u0008\u000B-\u001F\u007F]/.test(ics.replace(/\r\n/g, ''))
  );
}

describe('toICalendar', () => {
  it('pins a small feed: calendar name and refresh, one all-day event per dated item', () => {
    const ics = toICalendar(
      toFeedName('Org'),
      AS_OF,
      [review, { ...review, key: 'plans/never', due: undefined, status: 'never' }],
      link,
    );
    expect(ics.replace(/\r\n/g, '\n')).toMatchInlineSnapshot(`
      "BEGIN:VCALENDAR
      VERSION:2.0
      PRODID:-//itscm-kb//reviews//EN
      CALSCALE:GREGORIAN
      METHOD:PUBLISH
      NAME:Org reviews due
      X-WR-CALNAME:Org reviews due
      REFRESH-INTERVAL;VALUE=DURATION:P1D
      X-PUBLISHED-TTL:P1D
      BEGIN:VEVENT
      UID:review-plans-dr@itscm-kb
      DTSTAMP:20261125T000000Z
      DTSTART;VALUE=DATE:20261201
      SUMMARY:Record review due: DR plan\\; with\\, specials
      DESCRIPTION:Reviewed 2025-12-01\\; due every 12 months. Owner: ops. Status o
       n 2026-11-25: due-soon.
      URL:/plans/dr/
      CATEGORIES:ops
      END:VEVENT
      END:VCALENDAR
      "
    `);
    expect(isWellFormed(ics)).toBe(true);
  });

  it('keeps DTSTAMP at the as-of date, so two builds of one day write the same bytes', () => {
    const a = toICalendar('Org', AS_OF, [review, ...findings], link);
    expect(values(a, 'DTSTAMP')).toEqual(Array(3).fill('20261125T000000Z'));
    expect(toICalendar('Org', AS_OF, [review, ...findings], link)).toBe(a);
  });

  it('escapes hostile author text so it cannot start an event or a property', () => {
    const hostile =
      'A\rBEGIN:VEVENT\r\nSUMMARY:evil\nB\u2028C\u2029D\u0085E\tF\u0000G\u007fH\u001bI';
    const item: ReviewItem = {
      ...review,
      title: hostile,
      owner: `ops\r\nBEGIN:VEVENT`,
      detail: [hostile],
    };
    const ics = toICalendar(`Org\r\nX-WR-CALNAME:evil`, AS_OF, [item, ...findings], (i) =>
      i === item ? `/x\r\nBEGIN:VEVENT/ y"<>` : link(i),
    );
    expect(isWellFormed(ics)).toBe(true);
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(3);
    expect(linesOf(unfold(ics)).filter((l) => /^(BEGIN|SUMMARY|X-WR-CALNAME):/.test(l))).toEqual([
      'BEGIN:VCALENDAR',
      'X-WR-CALNAME:Org\\nX-WR-CALNAME:evil',
      'BEGIN:VEVENT',
      'SUMMARY:Record review due: A\\nBEGIN:VEVENT\\nSUMMARY:evil\\nB\\nC\\nD\\nE FGHI',
      'BEGIN:VEVENT',
      'SUMMARY:Exercise finding due: Backups untested.',
      'BEGIN:VEVENT',
      'SUMMARY:Exercise finding due: Runbook outdated.',
    ]);
    expect(values(ics, 'URL')[0]).toBe('/x%0D%0ABEGIN:VEVENT/%20y%22%3C%3E');
    expect(values(ics, 'CATEGORIES')[0]).toBe('ops\\nBEGIN:VEVENT');
    expect(values(ics, 'NAME')).toEqual(['Org\\nX-WR-CALNAME:evil']);
  });

  it('folds lines at 75 octets without splitting a multi-byte character', () => {
    const title = `${'é'.repeat(40)}${'😀'.repeat(30)}${'x'.repeat(100)}漢字`;
    const ics = toICalendar('Org', AS_OF, [{ ...review, title }], link);
    expect(linesOf(ics).every((l) => octets(l) <= 75)).toBe(true);
    // Each physical line is whole UTF-8: no character was cut, none replaced.
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(linesOf(ics).every((l) => !l.includes('\uFFFD') && !lone.test(l))).toBe(true);
    expect(values(ics, 'SUMMARY')).toEqual([`Record review due: ${title}`]);
    expect(linesOf(ics).filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
  });

  it('gives every event a UID of its record, check and sub-item, never its date', () => {
    const ics = toICalendar('Org', AS_OF, [review, ...findings, ...training], link);
    expect(values(ics, 'UID')).toEqual([
      'review-plans-dr@itscm-kb',
      toEventUid(findings[0]),
      toEventUid(findings[1]),
      toEventUid(training[0]),
      toEventUid(training[1]),
    ]);
    expect(toEventUid(findings[0])).toMatch(/^finding-exercises-ex-1-[0-9a-f]{16}@itscm-kb$/);
    expect(new Set(values(ics, 'UID')).size).toBe(5);
  });

  it('keeps the UID when a due date moves or a title changes', () => {
    const moved = { ...findings[0], due: '2027-03-01', title: 'Backups still untested.' };
    const uid = (item: ReviewItem) => values(toICalendar('Org', AS_OF, [item], link), 'UID');
    expect(uid(moved)).toEqual(uid(findings[0]));
    expect(uid({ ...review, due: '2027-01-15' })).toEqual(uid(review));
  });

  it('never names a training subject in a UID, so a left-out plan stays unnamed', () => {
    const secret = { ...training[0], subject: 'secret-vault-runbook' };
    expect(toEventUid(secret)).not.toContain('secret');
  });

  it('numbers repeated sub-items so two events never share a UID', () => {
    const ics = toICalendar('Org', AS_OF, [findings[0], { ...findings[0] }], link);
    const [a, b] = values(ics, 'UID');
    expect(b).toBe(a.replace('@', '-2@'));
  });

  it('names records in details as the edition shows them', () => {
    const item = {
      ...review,
      detail: ['Last exercised in ', { ref: 'exercises/(restricted)' }, '.'],
    };
    const ics = toICalendar('Org', AS_OF, [item as ReviewItem], link);
    expect(values(ics, 'DESCRIPTION')[0]).toMatch(/^Last exercised in restricted record\. /);
  });
});

describe('the sample feeds', () => {
  const whole = sampleSite('confidential');
  const internal = sampleSite('internal');
  const feed = (site: typeof whole) =>
    toICalendar(toFeedName(site.model.settings.name), site.model.asOf, site.reviews.items, link);

  it('give every dated item of the sample one event with its own UID', () => {
    const items = whole.reviews.items.filter((i) => i.due !== undefined);
    const ics = feed(whole);
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(items.length);
    const uids = values(ics, 'UID');
    expect(new Set(uids).size).toBe(uids.length);
    // Unique by construction: no UID needed a counter.
    expect(uids.every((u, i) => u === toEventUid(items[i]))).toBe(true);
    expect(items.some((i) => i.check === 'training')).toBe(true);
    expect(items.some((i) => i.check === 'finding')).toBe(true);
  });

  it('hold only what the edition names', () => {
    const ics = feed(internal);
    expect(ics.match(/^BEGIN:VEVENT$/gm)!.length).toBeLessThan(
      feed(whole).match(/^BEGIN:VEVENT$/gm)!.length,
    );
    expectNoLeftOutRecord(internal, whole, unfold(ics));
    for (const team of internal.model.byKind.teams)
      expectNoLeftOutRecord(
        internal,
        whole,
        unfold(toICalendar('t', AS_OF, listTeamItems(internal.reviews.items, team.id), link)),
      );
  });

  it('split into team feeds that together hold every item with a named owner', () => {
    const teams = whole.model.byKind.teams.map((t) => t.id);
    const perTeam = teams.map((t) => listTeamItems(whole.reviews.items, t));
    expect(perTeam.every((items, i) => items.every((x) => x.owner === teams[i]))).toBe(true);
    expect(perTeam.flat()).toHaveLength(whole.reviews.items.length);
  });
});

describe('listTeamItems', () => {
  it("lists only the team's own items, in the order given", () => {
    expect(listTeamItems([review, ...findings, ...training], 'ops')).toEqual([
      review,
      findings[1],
      ...training,
    ]);
    expect(listTeamItems([review, ...findings], 'db-team')).toEqual([findings[0]]);
    expect(listTeamItems([review], 'nobody')).toEqual([]);
  });
});

describe('toFeedName', () => {
  it('names the organisation feed and each team feed', () => {
    expect(toFeedName('Harbourline Logistics')).toBe('Harbourline Logistics reviews due');
    expect(toFeedName('Harbourline Logistics', 'Platform operations')).toBe(
      'Harbourline Logistics: Platform operations reviews due',
    );
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon and comma, and turns every newline into \\n', () => {
    expect(escapeText('a\\b;c,d\r\ne\rf\ng\u2028h\u2029i')).toBe(
      'a\\\\b\\;c\\,d\\ne\\nf\\ng\\nh\\ni',
    );
  });
  it('turns a tab into a space and drops every other control character', () => {
    expect(escapeText('a\tb\u0000c\u0007d\u001fe\u007ff\u0090g')).toBe('a bcdefg');
  });
  it('writes a lone surrogate as U+FFFD and keeps a pair', () => {
    expect(escapeText('a\uD800b😀')).toBe('a\uFFFDb😀');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // 74 octets then a 2-octet character: it moves whole to the next line.
    expect(foldLine(`${'x'.repeat(74)}é`)).toBe(`${'x'.repeat(74)}\r\n é`);
  });
});
