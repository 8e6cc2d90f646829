import { describe, it, expect, inject } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { STANDARDS } from '../../src/lib/analytics/standards/index.ts';
import {
  STANDARD_CSV_COLUMNS,
  STATUS_LABEL,
  toRequirementSlug,
} from '../../src/lib/render/standards-page.ts';
import type { RequirementStatus } from '../../src/lib/analytics/standards/requirement.ts';

const sample = inject('sampleDist');
const read = (path: string) => readFileSync(join(sample, path), 'utf8');
/** Text as the page writes it (Astro escapes &, <, >, quotes). */
const escaped = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('the standards pages of the built sample', () => {
  it('has an overview linking a page and a CSV per standard, linked from the menu, the home page and the exports page', () => {
    const index = read('standards/index.html');
    for (const s of STANDARDS) {
      expect(index).toContain(`href="/standards/${s.id}/"`);
      expect(index).toContain(`href="/standards/${s.id}.csv"`);
      expect(existsSync(join(sample, 'standards', s.id, 'index.html'))).toBe(true);
    }
    expect(read('index.html')).toContain('href="/standards/"');
    expect(read('gaps/index.html')).toMatch(/<nav class="sections"[\s\S]*href="\/standards\/"/);
    expect(read('exports/index.html')).toContain('href="/standards/iso-22301.csv"');
  });

  it('shows on the ISO 22301 page what its CSV says: each requirement with the same status, counts and records', () => {
    const html = read('standards/iso-22301/index.html');
    const rows = parse(read('standards/iso-22301.csv')) as string[][];
    expect(rows[0]).toEqual([...STANDARD_CSV_COLUMNS]);
    const col = (row: string[], name: (typeof STANDARD_CSV_COLUMNS)[number]) =>
      row[STANDARD_CSV_COLUMNS.indexOf(name)];
    const body = rows.slice(1);
    expect(body.map((r) => col(r, 'id'))).toEqual(STANDARDS[0].requirements.map((r) => r.id));
    let notMet = 0;
    for (const row of body) {
      const slug = toRequirementSlug(col(row, 'id'));
      const start = html.indexOf(`id="req-${slug}"`);
      expect(start, slug).toBeGreaterThan(0);
      const section = html.slice(start, html.indexOf('</section>', start));
      const status = col(row, 'status') as RequirementStatus;
      if (status === 'not-met') notMet++;
      expect(section).toContain(`req-${status}">${STATUS_LABEL[status]}</span>`);
      expect(section).toContain(escaped(col(row, 'summary')));
      expect(col(row, 'summary')).toMatch(
        new RegExp(`^(${col(row, 'met')} of ${col(row, 'total')} |No )`),
      );
      // The first records that show it and the first missing are linked from the page.
      const evidence = col(row, 'evidence').split('; ').filter(Boolean);
      for (const key of evidence.slice(0, 10)) expect(section, key).toContain(`href="/${key}/"`);
      const missing = col(row, 'missing')
        .split(' | ')
        .filter(Boolean)
        .map((m) => /^([a-z]+\/[a-z0-9-]+): /.exec(m)?.[1])
        .filter((k) => k !== undefined);
      for (const key of missing.slice(0, 20)) expect(section, key).toContain(`href="/${key}/"`);
      if (evidence.length > 10 || missing.length > 20)
        expect(section).toContain(`href="/standards/iso-22301/${slug}/"`);
    }
    // The must-show: at least one requirement not met, and it names what is missing.
    expect(notMet).toBeGreaterThan(0);
  });

  it('writes the complete lists behind capped ones', () => {
    const list = read('standards/iso-22301/9-3/index.html');
    expect(list).toContain('href="/standards/iso-22301/#req-9-3"');
    expect(list).toContain('missing or failing: ');
  });
});
