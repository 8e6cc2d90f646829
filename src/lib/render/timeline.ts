/**
 * Recovery timeline as SVG (build time): one row per service or function, a bar from when its
 * own recovery starts to when it is back, and a tick at its target RTO; rows whose target is
 * missed are marked with a cross and the word "late" (never colour alone). Text escaped.
 * The time axis is linear, or logarithmic when most bars are short and one is long (a median
 * under a twentieth of the longest, which is at least a day), so the short ones stay readable;
 * its ticks are labelled round durations either way. Labels wrap onto as many lines as they
 * need (never cut); a row grows with its label.
 */
import { scaleLinear, scaleLog } from 'd3';
import { escapeXml as x } from './escape.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { wrapLabel } from './wrap-label.ts';

export interface TimelineRow {
  label: string;
  /** Its page; none for a record the edition does not name. */
  href?: string;
  wave?: number;
  /** Minutes when its own recovery starts (dependencies back). */
  start?: number;
  /** Minutes when it is back. */
  end?: number;
  /** Target RTO in minutes. */
  target?: number;
}

const ROW = 24;
const LABEL = 250;
const WIDTH = 960;
const AXIS = 28;
/** Axis steps people read at a glance, in minutes: 5m ... 12h, 1d ... 4w. */
const STEPS = [5, 10, 15, 30, 60, 120, 240, 360, 480, 720, 1440, 2880, 4320, 10080, 20160, 40320];
const MAX_TICKS = 8;
/** Ticks of the logarithmic axis, in minutes: 5m, 15m, 1h, 4h, 12h, 1d, 3d, 1w, 2w, 4w. */
const LOG_STEPS = [5, 15, 60, 240, 720, 1440, 4320, 10080, 20160, 40320];
/** Characters of a label line (the label column is 250 units wide). */
const LINE = 30;
/** Height of an extra label line. */
const LINE_HEIGHT = 15;

/** SVG timeline of recovery rows, in the order given. */
/** `svg` inside a link to `href`, or alone when there is none. */
const linked = (href: string | undefined, svg: string) =>
  href === undefined ? svg : `<a href="${x(href)}">${svg}</a>`;

export function toSvgTimeline(title: string, rows: TimelineRow[]): string {
  const max = Math.max(60, ...rows.flatMap((r) => [r.end ?? 0, r.target ?? 0]));
  const ends = rows.flatMap((r) => (r.end === undefined ? [] : [r.end])).sort((a, b) => a - b);
  const median = ends.length > 0 ? ends[Math.floor((ends.length - 1) / 2)] : 0;
  const log = ends.length >= 3 && max >= 1440 && median * 20 <= max;
  let scale: (t: number) => number;
  let tickTimes: number[];
  if (log) {
    const end = LOG_STEPS.find((t) => t >= max) ?? Math.ceil(max / 40320) * 40320;
    const s = scaleLog()
      .domain([LOG_STEPS[0], end])
      .range([LABEL + 10, WIDTH - 20])
      .clamp(true);
    scale = (t) => s(Math.max(LOG_STEPS[0], t));
    tickTimes = [...LOG_STEPS.filter((t) => t < end), end];
  } else {
    // Ticks on a round duration (4h, 1d), not on round numbers of minutes (500m = 8h 20m).
    const step =
      STEPS.find((s) => max / s <= MAX_TICKS) ?? Math.ceil(max / MAX_TICKS / 40320) * 40320;
    const end = Math.ceil(max / step) * step;
    const s = scaleLinear()
      .domain([0, end])
      .range([LABEL + 10, WIDTH - 20]);
    scale = (t) => s(t);
    tickTimes = Array.from({ length: end / step + 1 }, (_, k) => k * step);
  }
  const labels = rows.map((r) => wrapLabel(`${r.wave ? `${r.wave}. ` : ''}${r.label}`, LINE));
  const tops: number[] = [];
  let height = AXIS;
  for (const lines of labels) {
    tops.push(height);
    height += ROW + (lines.length - 1) * LINE_HEIGHT;
  }
  height += 10;
  const ticks = tickTimes.map(
    (t) =>
      `<g class="tick"><line x1="${scale(t)}" x2="${scale(t)}" y1="${AXIS - 4}" y2="${height}"/><text x="${scale(t)}" y="${AXIS - 10}" text-anchor="middle">${x(fd(t))}</text></g>`,
  );
  const body = rows.map((r, i) => {
    const y = tops[i];
    const lines = labels[i];
    const first = y + ROW / 2;
    const late = r.end !== undefined && r.target !== undefined && r.end > r.target;
    const bar =
      r.end === undefined
        ? `<text x="${LABEL + 14}" y="${y + ROW / 2}" dominant-baseline="central" class="unknown">unknown</text>`
        : `<rect class="bar${late ? ' late' : ''}" x="${scale(r.start ?? 0)}" y="${y + 5}" width="${Math.max(2, scale(r.end) - scale(r.start ?? 0))}" height="${ROW - 10}"><title>${x(`${r.label}: back after ${fd(r.end)}${r.target !== undefined ? `, target ${fd(r.target)}` : ''}${late ? ' (late)' : ''}`)}</title></rect>`;
    const target =
      r.target === undefined
        ? ''
        : `<line class="target" x1="${scale(r.target)}" x2="${scale(r.target)}" y1="${y + 2}" y2="${y + ROW - 2}"/>`;
    const mark =
      late && r.end !== undefined
        ? `<text class="late-mark" x="${Math.min(WIDTH - 48, scale(r.end) + 6)}" y="${y + ROW / 2}" dominant-baseline="central">✕ late</text>`
        : '';
    return `<g class="row${i % 2 ? ' odd' : ''}">${linked(r.href, `<text x="4" y="${first}" dominant-baseline="central">${lines.map((l, k) => (k === 0 ? x(l) : `<tspan x="4" dy="${LINE_HEIGHT}">${x(l)}</tspan>`)).join('')}</text>`)}${bar}${target}${mark}</g>`;
  });
  return `<svg class="timeline${log ? ' log' : ''}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg" aria-labelledby="t-title"><title id="t-title">${x(title)}</title>${ticks.join('')}${body.join('')}</svg>`;
}
