/**
 * iCalendar feed (RFC 5545) of review-due items, one all-day event per item on its due date,
 * so owners can subscribe. Deterministic: DTSTAMP is the as-of date, UIDs are derived from
 * the item. Text is escaped and lines folded at 75 octets.
 */
import type { ReviewItem } from '../analytics/review-due.ts';
import { idOf, kindOf } from '../model/key.ts';
import { formatText } from '../model/text.ts';

const esc = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let cur = '';
  for (const ch of line) {
    if (new TextEncoder().encode(cur + ch).length > (parts.length ? 74 : 75)) {
      parts.push(cur);
      cur = '';
    }
    cur += ch;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

/** The feed for `items` (items without a due date are left out); `url` builds each item's page address. */
export function toICalendar(
  orgName: string,
  asOf: string,
  items: ReviewItem[],
  url: (item: ReviewItem) => string,
): string {
  const stamp = `${asOf.replace(/-/g, '')}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//itscm-kb//reviews//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${esc(`${orgName} continuity reviews`)}`,
  ];
  for (const item of items) {
    if (!item.due) continue;
    const day = item.due.replace(/-/g, '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.check}-${kindOf(item.key)}-${idOf(item.key)}-${day}@itscm-kb`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `SUMMARY:${esc(`${item.check === 'review' ? 'Review' : item.check[0].toUpperCase() + item.check.slice(1)} due: ${item.title}`)}`,
      `DESCRIPTION:${esc(`${formatText(item.detail)} Owner: ${item.owner}. Status on ${asOf}: ${item.status}.`)}`,
      `URL:${url(item)}`,
      `CATEGORIES:${esc(item.owner)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
