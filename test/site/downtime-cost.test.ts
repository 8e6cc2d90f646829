import { describe, it, expect, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const sample = inject('sampleDist');
const read = (path: string) => readFileSync(join(sample, path), 'utf8');
/** The text of some HTML: tags gone, entities the pages use decoded, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
/** The section of a page under the heading with id `id`. */
const section = (html: string, id: string) => {
  const m = new RegExp(`<section aria-labelledby="${id}">([\\s\\S]*?)</section>`).exec(html);
  expect(m, `section #${id}`).not.toBeNull();
  return m![1];
};

describe('the cost of downtime in the built sample', () => {
  it('shows the cost of the loss of the primary data centre on its page, with the BIA inputs beside it', () => {
    const html = read('scenarios/location-dc-north/index.html');
    const cost = section(html, 'cost');
    const t = text(cost);
    expect(t).toContain('Cost of downtime (estimate)');
    // 774,375 = 370,500 + 297,000 + 54,625 + 34,500 + 13,125 + 4,000 + 625 (test/analytics/downtime-cost.test.ts).
    expect(t).toContain('EUR 774,375 estimated');
    // Beside it: each function's hours, rate and where the rate comes from, and its cost.
    expect(t).toMatch(
      /Order intake 9h 45m 9\.75 hours EUR 38,000 per hour: revenue per hour from the BIA EUR 370,500/,
    );
    expect(t).toContain('1h to 4h: level Low at EUR 500 per hour from organisation.yaml');
    expect(t).toContain('4h to 5h 15m: level Medium at EUR 2,000 per hour from organisation.yaml');
    expect(t).toContain('How it is estimated');
    // The chart is build-time SVG with its text alternative.
    expect(cost).toContain('<svg class="cost-curve"');
    expect(t).toContain('After 16h 15m: EUR 774,375 so far');
  });

  it('compares the scenarios by cost on the index and gives the figures in the API', () => {
    expect(text(read('scenarios/index.html'))).toContain('EUR 774,375');
    const doc = JSON.parse(read('api/v1/scenarios/location-dc-north.json')) as {
      data: { cost: { total: number; costed: number; functions: { key: string; cost: number }[] } };
    };
    expect(doc.data.cost.total).toBe(774375);
    expect(doc.data.cost.functions.find((f) => f.key === 'bia/order-intake')?.cost).toBe(370500);
  });

  it('ranks the gaps by money at stake, most first, each with its figure and inputs', () => {
    const t = text(read('gaps/by-cost/index.html'));
    expect(t).toContain('Gaps by money at stake (estimate)');
    const figures = [...t.matchAll(/EUR ([\d,]+) at stake/g)].map((m) =>
      Number(m[1].replace(/,/g, '')),
    );
    expect(figures.length).toBeGreaterThan(10);
    expect(figures).toEqual([...figures].sort((a, b) => b - a));
    expect(t).toContain('revenue per hour from the BIA');
    // The target-unreachable gaps' own entries show theirs, and the gaps page links the ranking.
    expect(text(read('gaps/target-unreachable/index.html'))).toMatch(
      /Money at stake \(estimate\): EUR [\d,]+, /,
    );
    expect(read('gaps/index.html')).toContain('href="/gaps/by-cost/"');
  });
});
