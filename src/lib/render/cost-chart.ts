/**
 * The cumulative cost of a scenario over its timeline as SVG (build time): a line from the
 * disruption (0) through the cost at every moment a rate changes or a function comes back, a
 * dot where functions come back (its tooltip names them), round-duration ticks along the time
 * axis and round amounts up the cost axis, the currency written on it. Styled by site.css for
 * light and dark; the page gives the same figures as text beside it. Text escaped. At most
 * MAX_POINTS points and MAX_DOTS dots are drawn (evenly picked, the last always), so a scenario
 * that takes down thousands of functions stays a small path. O(points).
 */
import { line, scaleLinear } from 'd3';
import { escapeXml as x } from './escape.ts';
import { formatDuration as fd } from '../schema/duration.ts';
import { groupThousands } from './money.ts';

/** One point of the curve as the chart draws it. */
export interface CostChartPoint {
  /** Minutes after the disruption. */
  at: number;
  /** Cumulative cost then. */
  cost: number;
  /** Titles of the functions back at that moment (a dot with a tooltip when any). */
  back: string[];
}

/** The most points drawn, and the most dots among them; a dot's tooltip names at most NAMED functions. */
export const MAX_POINTS = 200;
export const MAX_DOTS = 50;
const NAMED = 3;

/** The first NAMED of `names` and how many more ("A, B, C and 12 more"): a moment can bring back hundreds. */
export const namedFirst = (names: readonly string[]): string =>
  names.length > NAMED
    ? `${names.slice(0, NAMED).join(', ')} and ${names.length - NAMED} more`
    : names.join(', ');

const WIDTH = 480;
const HEIGHT = 280;
const LEFT = 84;
const RIGHT = 20;
const TOP = 28;
const BOTTOM = 36;
/** Axis steps people read at a glance, in minutes: 15m ... 12h, 1d ... 4w. */
const STEPS = [15, 30, 60, 120, 240, 360, 480, 720, 1440, 2880, 4320, 10080, 20160, 40320];
const MAX_TICKS = 5;

/** Every `k`-th point and the last, at most `max` in all. */
function thin<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  const k = Math.ceil(points.length / (max - 1));
  const out = points.filter((_, i) => i % k === 0);
  if (out[out.length - 1] !== points[points.length - 1]) out.push(points[points.length - 1]);
  return out;
}

/** SVG line chart of the cumulative cost `points` (time ascending), amounts in `currency`. */
export function toSvgCostCurve(title: string, currency: string, points: CostChartPoint[]): string {
  const drawn = thin(points, MAX_POINTS);
  const lastAt = Math.max(60, ...drawn.map((p) => p.at));
  const step =
    STEPS.find((s) => lastAt / s <= MAX_TICKS) ?? Math.ceil(lastAt / MAX_TICKS / 40320) * 40320;
  const end = Math.ceil(lastAt / step) * step;
  const sx = scaleLinear()
    .domain([0, end])
    .range([LEFT, WIDTH - RIGHT]);
  const top = Math.max(1, ...drawn.map((p) => p.cost));
  const sy = scaleLinear()
    .domain([0, top])
    .nice(5)
    .range([HEIGHT - BOTTOM, TOP]);
  const r = (n: number) => Math.round(n * 10) / 10;
  const xTicks = Array.from({ length: end / step + 1 }, (_, k) => k * step).map(
    (t) =>
      `<g class="tick"><line x1="${r(sx(t))}" x2="${r(sx(t))}" y1="${TOP}" y2="${HEIGHT - BOTTOM}"/><text x="${r(sx(t))}" y="${HEIGHT - BOTTOM + 20}" text-anchor="middle">${x(fd(t))}</text></g>`,
  );
  const yTicks = sy
    .ticks(5)
    .map(
      (v) =>
        `<g class="tick"><line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${r(sy(v))}" y2="${r(sy(v))}"/><text x="${LEFT - 8}" y="${r(sy(v))}" text-anchor="end" dominant-baseline="central">${x(groupThousands(v))}</text></g>`,
    );
  const path =
    line<CostChartPoint>()
      .x((p) => r(sx(p.at)))
      .y((p) => r(sy(p.cost)))(drawn) ?? '';
  const dots = thin(
    drawn.filter((p) => p.back.length > 0),
    MAX_DOTS,
  ).map(
    (p) =>
      `<circle class="back" cx="${r(sx(p.at))}" cy="${r(sy(p.cost))}" r="4"><title>${x(`After ${fd(p.at)}: ${currency} ${groupThousands(p.cost)}; back: ${namedFirst(p.back)}`)}</title></circle>`,
  );
  return (
    `<svg class="cost-curve" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" xmlns="http://www.w3.org/2000/svg" aria-labelledby="c-title"><title id="c-title">${x(title)}</title>` +
    `${xTicks.join('')}${yTicks.join('')}` +
    `<text class="axis" x="${LEFT - 8}" y="${TOP - 12}" text-anchor="end">${x(currency)}</text>` +
    `<text class="axis" x="${WIDTH - RIGHT}" y="${TOP - 12}" text-anchor="end">time after the disruption</text>` +
    `<path class="curve" d="${x(path)}"/>${dots.join('')}</svg>`
  );
}
