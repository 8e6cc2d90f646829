/**
 * iCalendar feeds (RFC 5545, with the calendar properties of RFC 7986) of review-due items: one
 * all-day event per dated item on its due date, so owners can subscribe. One feed for the
 * organisation (/reviews.ics) and one per team (/actions/<team>.ics), holding the items it owns.
 *
 * Guarantees:
 * - Deterministic: DTSTAMP is the as-of date (the clock is never read); same items, same bytes.
 * - Every content line ends in CRLF and holds no other CR or LF: author text (SUMMARY,
 *   DESCRIPTION, CATEGORIES, NAME, X-WR-CALNAME) is TEXT-escaped (backslash, semicolon, comma;
 *   CRLF, LF, a bare CR, NEL, U+2028 and U+2029 become `\n`); a tab becomes a space; every other
 *   control character (U+0000-U+001F, U+007F-U+009F) is dropped; a lone surrogate becomes
 *   U+FFFD. URL is percent-encoded outside printable ASCII, so no text can start a property.
 * - Lines are folded at 75 octets (the leading space of a continuation counted), between
 *   characters: a multi-byte UTF-8 character is never split.
 * - UIDs are stable across rebuilds and unique in a feed: made of the check, the record key and,
 *   for findings and training, a hash of the sub-item (the finding id, the training subject),
 *   never the date, so an event moves instead of being duplicated when its due date moves. The
 *   sub-item is hashed so a training subject an edition leaves out is not named in the feed.
 * Complexity: O(total length of the text).
 * Reference: RFC 5545 §3.1 (content lines, folding), §3.3.11 (TEXT), §3.8.4.7 (UID);
 * RFC 7986 §5.1 (NAME), §5.7 (REFRESH-INTERVAL).
 */
import type { ReviewItem } from '../analytics/review-due.ts';
import { CHECK_LABEL } from './actions.ts';
import { idOf, kindOf } from '../model/key.ts';
import { formatText } from '../model/text.ts';
import { nameOfKey } from '../publish/shown.ts';

/** How often a subscriber should fetch the feed again: daily, as the nightly build moves dates. */
const REFRESH = 'P1D';

/** Lone UTF-16 surrogates (no UTF-8 encoding; TextEncoder would write U+FFFD for them). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any newline a reader might honour: CRLF, CR, LF, NEL, LINE and PARAGRAPH SEPARATOR. */
const NEWLINE = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/** Control characters left after newlines and tabs are handled: C0 (bar tab), DEL, C1. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;

/** A TEXT value (RFC 5545 §3.3.11): escaped, one line, no control character. */
export function escapeText(s: string): string {
  return s
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(NEWLINE, '\\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '');
}

/** A URI value: printable ASCII kept, everything else percent-encoded as UTF-8. */
function escapeUri(s: string): string {
  return s
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[^\x21-\x7E]|["<>\\^`{|}]/gu, (c) => encodeURIComponent(c));
}

/** UTF-8 octets of one character as `for...of` yields it (a lone surrogate is written as U+FFFD). */
function octets(ch: string): number {
  if (ch.length > 1) return 4;
  const c = ch.charCodeAt(0);
  return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
}

/** A content line folded so no physical line exceeds 75 octets (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const ch of line) {
    const n = octets(ch);
    if (used + n > 75) {
      out += '\r\n ';
      used = 1;
    }
    out += ch;
    used += n;
  }
  return out;
}

/** The domain part of every UID (RFC 5545 §3.8.4.7 suggests one, for global uniqueness). */
const UID_DOMAIN = '@itscm-kb';

/** FNV-1a, 64 bits, over the UTF-8 bytes of `s`, as 16 hex digits (draft-eastlake-fnv). */
function fnv1a64(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(s))
    h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return h.toString(16).padStart(16, '0');
}

/**
 * The UID of an item's event, before it is made unique in its feed: check, kind and id of the
 * record, and a hash of the sub-item when there is one. Never the date or the title.
 */
export function toEventUid(item: Pick<ReviewItem, 'key' | 'check' | 'subject'>): string {
  const sub = item.subject === undefined ? '' : `-${fnv1a64(item.subject)}`;
  return `${item.check}-${kindOf(item.key)}-${idOf(item.key)}${sub}${UID_DOMAIN}`;
}

/** The name of a feed: "<organisation> reviews due", or "<organisation>: <team> reviews due". */
export const toFeedName = (orgName: string, teamTitle?: string): string =>
  teamTitle === undefined ? `${orgName} reviews due` : `${orgName}: ${teamTitle} reviews due`;

/** The items one team's feed holds: those it owns (ReviewItem.owner is its id). */
export const listTeamItems = (items: readonly ReviewItem[], team: string): ReviewItem[] =>
  items.filter((i) => i.owner === team);

/**
 * The feed named `name` (see `toFeedName`) of `items` as of `asOf` (YYYY-MM-DD); items without
 * a due date are left out. `url` gives each item's page address. Record references in details
 * are named as the edition shows them (an id, or "restricted record").
 */
export function toICalendar(
  name: string,
  asOf: string,
  items: readonly ReviewItem[],
  url: (item: ReviewItem) => string,
): string {
  const stamp = `${asOf.replace(/-/g, '')}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//itscm-kb//reviews//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
  ];
  const uids = new Set<string>();
  for (const item of items) {
    if (!item.due) continue;
    const day = item.due.replace(/-/g, '');
    // Unique by construction unless content repeats a finding id (an integrity issue):
    // then the later ones get a counter, so no two events merge.
    const base = toEventUid(item);
    let uid = base;
    for (let n = 2; uids.has(uid); n++)
      uid = `${base.slice(0, -UID_DOMAIN.length)}-${n}${UID_DOMAIN}`;
    uids.add(uid);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `SUMMARY:${escapeText(`${CHECK_LABEL[item.check]} due: ${item.title}`)}`,
      `DESCRIPTION:${escapeText(`${formatText(item.detail, nameOfKey)} Owner: ${item.owner}. Status on ${asOf}: ${item.status}.`)}`,
      `URL:${escapeUri(url(item))}`,
      `CATEGORIES:${escapeText(item.owner)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
