import { describe, it, expect, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_TERMS } from '../../src/lib/render/term-links.ts';

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The ids of the entries of the built glossary page. */
const entryIds = (dist: string) =>
  new Set(
    [...page(dist, 'glossary').matchAll(/<div class="term"[^>]*\sid="([^"]+)"/g)].map((m) => m[1]),
  );
/** The glossary anchors a page's links point at. */
const glossaryLinks = (html: string, where: 'dt' | 'th' | 'terms') => {
  const re =
    where === 'terms'
      ? /<a href="\/glossary\/#([^"]+)"/g
      : new RegExp(`<${where}[^>]*>\\s*<a href="/glossary/#([^"]+)">`, 'g');
  const part =
    where === 'terms' ? (/<p class="terms[^"]*"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '') : html;
  return [...part.matchAll(re)].map((m) => m[1]);
};

describe('the glossary on the built site', () => {
  const dist = inject('internalDist');

  it('every term used in a fact label on the service page links to an entry of the glossary page', () => {
    const ids = entryIds(dist);
    expect(ids.size).toBeGreaterThanOrEqual(32);
    const links = glossaryLinks(page(dist, 'services/payments-api'), 'dt');
    expect(links).toEqual(
      expect.arrayContaining([
        'declared-rto',
        'rto',
        'tier',
        'required-rto',
        'achievable-rto',
        'rpo',
      ]),
    );
    expect(links.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('links the headings of an exercise results table to their entries', () => {
    const ids = entryIds(dist);
    const links = glossaryLinks(page(dist, 'exercises/ex-2026-01-database-restore'), 'th');
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('puts a line of linked terms at the top of every analytics page, each to an existing entry', () => {
    const ids = entryIds(dist);
    for (const [path, key] of [
      ['', 'home'],
      ['recovery', 'recovery'],
      ['scenarios', 'scenarios'],
      ['scenarios/location-dc-north', 'scenarios'],
      ['gaps', 'gaps'],
      ['gaps/no-approved-plan', 'gaps'],
      ['services', 'ranked'],
      ['bia', 'ranked'],
      ['risks', 'risks'],
      ['standards', 'standards'],
      ['standards/iso-22301', 'standards'],
    ] as const) {
      const links = glossaryLinks(page(dist, path), 'terms');
      expect(links, path).toEqual([...PAGE_TERMS[key]]);
      expect(
        links.filter((id) => !ids.has(id)),
        path,
      ).toEqual([]);
    }
  });

  it('gives every entry its definition and related terms as links, with no script needed', () => {
    const html = page(dist, 'glossary');
    expect(html).toMatch(
      /<div class="term" id="rto"[^>]*>\s*<dt[^>]*>\s*<dfn[^>]*>Recovery time objective \(RTO\)<\/dfn>/,
    );
    const ids = entryIds(dist);
    const related = [...html.matchAll(/<a href="\/glossary\/#([^"]+)"/g)].map((m) => m[1]);
    expect(related.length).toBeGreaterThan(50);
    expect(related.filter((id) => !ids.has(id))).toEqual([]);
  });
});
