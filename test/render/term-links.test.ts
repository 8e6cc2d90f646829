import { describe, it, expect } from 'vitest';
import {
  LABEL_TERMS,
  PAGE_TERMS,
  linkFactTerms,
  linkTableTerms,
  termIds,
  termOfLabel,
  toTermLinks,
} from '../../src/lib/render/term-links.ts';
import { toRecordPage } from '../../src/lib/render/record-page.ts';
import type { GlossaryEntry } from '../../src/lib/schema/glossary.ts';
import type { Published } from '../../src/lib/publish/publish.ts';
import type { RecordKey } from '../../src/lib/model/key.ts';
import { href, sampleSite } from './sites.ts';

const entry = (id: string, term: string, abbreviation?: string): GlossaryEntry => ({
  id,
  term,
  ...(abbreviation ? { abbreviation } : {}),
  aliases: [],
  definition: `${term}.`,
  sources: [],
  related: [],
});
const GLOSSARY = [
  entry('declared-rto', 'Declared RTO'),
  entry('rto', 'Recovery time objective', 'RTO'),
  entry('tier', 'Tier'),
];

/**
 * The terms a label names, found without the mapping: every glossary entry whose term,
 * abbreviation or other name appears in the label as whole words (case and hyphens aside).
 */
function namedTerms(label: string, glossary: readonly GlossaryEntry[]): string[] {
  const norm = (s: string) =>
    ` ${s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()} `;
  const l = norm(label);
  return glossary
    .filter((t) =>
      [t.term, t.abbreviation, ...t.aliases]
        .filter((n): n is string => !!n)
        .some((n) => l.includes(norm(n))),
    )
    .map((t) => t.id);
}

/**
 * Labels of a record page (facts, table headings, recovery facts, in reading order) that meet
 * a glossary term unexplained: a label naming a term links none of the terms it names, while
 * one of them has not been linked earlier on the page. Also any link to a missing entry.
 */
function unexplained(site: Published, key: RecordKey): string[] {
  const v = toRecordPage(site, site.model.index.get(key)!, href);
  const ids = termIds(site.model.glossary);
  const labels: { label: string; term?: string }[] = [
    ...v.facts,
    ...v.tables.flatMap((t) => t.columns.map((label, i) => ({ label, term: t.terms?.[i] }))),
    ...(v.insights?.facts ?? []),
  ];
  const linked = new Set<string>();
  const problems: string[] = [];
  for (const { label, term } of labels) {
    if (term !== undefined && !ids.has(term)) problems.push(`${label} -> #${term}: no such entry`);
    const named = namedTerms(label, site.model.glossary);
    if (term !== undefined) linked.add(term);
    if (named.length && !(term && named.includes(term)) && named.some((n) => !linked.has(n)))
      problems.push(`${label}: names ${named.join(', ')}, links ${term ?? 'nothing'}`);
  }
  return problems;
}

describe('termOfLabel', () => {
  const ids = termIds(GLOSSARY);

  it('gives the term a label names, when the glossary holds it', () => {
    expect(termOfLabel('Tier', ids)).toBe('tier');
    expect(termOfLabel('Tier', new Set())).toBeUndefined();
    expect(termOfLabel('Owner', ids)).toBeUndefined();
  });

  it('gives the next term of a label that names two once the first is linked', () => {
    expect(termOfLabel('Declared RTO', ids)).toBe('declared-rto');
    expect(termOfLabel('Declared RTO', ids, new Set(['declared-rto']))).toBe('rto');
    expect(termOfLabel('Declared RTO', ids, new Set(['declared-rto', 'rto']))).toBeUndefined();
  });
});

describe('linkFactTerms', () => {
  it('links each term on its first use only, across the lists of one page', () => {
    const ids = termIds(GLOSSARY);
    const seen = new Set<string>();
    const facts = linkFactTerms(
      [
        { label: 'Tier', value: '1' },
        { label: 'Owner', value: 'Ops' },
        { label: 'Tier', value: '1' },
      ],
      ids,
      seen,
    );
    expect(facts.map((f) => f.term)).toEqual(['tier', undefined, undefined]);
    const tables = linkTableTerms(
      [{ caption: 'x', columns: ['RTO', 'Tier', 'Note'], rows: [] }],
      ids,
      seen,
    );
    expect(tables[0].terms).toEqual(['rto', undefined, undefined]);
  });
});

describe('toTermLinks', () => {
  it('labels each term held by its abbreviation, else its term, and leaves out the rest', () => {
    expect(toTermLinks(GLOSSARY, ['rto', 'bottleneck', 'tier'])).toEqual([
      { id: 'rto', label: 'RTO' },
      { id: 'tier', label: 'Tier' },
    ]);
  });
});

describe('the mapping against the sample glossary', () => {
  const site = sampleSite('internal');
  const ids = termIds(site.model.glossary);

  it('names only terms the sample glossary has, in labels and on the analytics pages', () => {
    const missing = [
      ...Object.entries(LABEL_TERMS).flatMap(([l, t]) => t.map((id) => `${l} -> ${id}`)),
      ...Object.entries(PAGE_TERMS).flatMap(([p, t]) => t.map((id) => `${p} -> ${id}`)),
    ].filter((x) => !ids.has(x.split(' -> ')[1]));
    expect(missing).toEqual([]);
  });

  it('every term used in a fact label on the service page links to its entry', () => {
    const v = toRecordPage(site, site.model.index.get('services/payments-api')!, href);
    const facts = [...v.facts, ...(v.insights?.facts ?? [])];
    const linked = facts.filter((f) => f.term).map((f) => `${f.label} -> ${f.term}`);
    expect(linked).toEqual(
      expect.arrayContaining([
        'Declared RTO -> declared-rto',
        'Tier -> tier',
        'Required RTO -> required-rto',
        'Achievable after a wide outage -> achievable-rto',
        'Own recovery time -> own-recovery-time',
        'Recovery wave -> recovery-wave',
        'Readiness -> readiness',
      ]),
    );
    expect(unexplained(site, 'services/payments-api')).toEqual([]);
  });

  it('leaves no term unexplained on any record page of the sample', () => {
    const problems = [...site.model.index.keys()].flatMap((k) =>
      unexplained(site, k).map((p) => `${k}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});
