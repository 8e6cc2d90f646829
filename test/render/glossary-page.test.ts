import { describe, it, expect } from 'vitest';
import { formatSource, toGlossaryPage } from '../../src/lib/render/glossary-page.ts';
import { parseGlossary } from '../../src/lib/model/glossary.ts';
import { sampleSite } from './sites.ts';

const glossary = parseGlossary(
  {
    rto: {
      term: 'Recovery time objective',
      abbreviation: 'RTO',
      definition: 'The time within which it must run again.',
      sources: [{ standard: 'NIST SP 800-34 Rev. 1', clause: '3.2.1', note: 'within the MTD' }],
      related: ['mtpd', 'tier'],
    },
    mtpd: {
      term: 'Maximum tolerable period of disruption',
      abbreviation: 'MTPD',
      aliases: ['MTD'],
      definition: 'How long it can be down.',
    },
    tier: { term: 'Tier', definition: 'A recovery class.', sources: [{ standard: 'ITIL 4' }] },
  },
  [],
);

describe('formatSource', () => {
  it('cites the document, then the clause, then the note in brackets', () => {
    expect(formatSource({ standard: 'DORA', clause: 'Art. 28(8)', note: 'exit strategies' })).toBe(
      'DORA Art. 28(8) (exit strategies)',
    );
    expect(formatSource({ standard: 'ITIL 4' })).toBe('ITIL 4');
  });
});

describe('toGlossaryPage', () => {
  it('lists the terms A to Z under their letters, each with its anchor, sources and related terms', () => {
    const v = toGlossaryPage(glossary);
    expect(v.count).toBe('3 terms');
    expect(v.letters.map((l) => [l.anchor, l.terms.map((t) => t.id)])).toEqual([
      ['letter-m', ['mtpd']],
      ['letter-r', ['rto']],
      ['letter-t', ['tier']],
    ]);
    const rto = v.letters[1].terms[0];
    expect(rto).toEqual({
      id: 'rto',
      heading: 'Recovery time objective (RTO)',
      definition: 'The time within which it must run again.',
      sources: ['NIST SP 800-34 Rev. 1 3.2.1 (within the MTD)'],
      related: [
        { id: 'mtpd', label: 'Maximum tolerable period of disruption (MTPD)' },
        { id: 'tier', label: 'Tier' },
      ],
    });
    expect(v.letters[0].terms[0].aliases).toBe('Also called: MTD');
  });

  it('has no letters when the content folder has no glossary', () => {
    expect(toGlossaryPage([])).toEqual({ count: '0 terms', letters: [] });
  });

  it('shows the whole glossary in the public edition, as in the others', () => {
    const pub = toGlossaryPage(sampleSite('public').model.glossary);
    expect(pub).toEqual(toGlossaryPage(sampleSite('confidential').model.glossary));
    expect(pub.letters.flatMap((l) => l.terms).length).toBeGreaterThanOrEqual(32);
  });

  it('gives every term of the sample a unique anchor that no letter heading uses', () => {
    const v = toGlossaryPage(sampleSite('internal').model.glossary);
    const anchors = [
      ...v.letters.map((l) => l.anchor),
      ...v.letters.flatMap((l) => l.terms.map((t) => t.id)),
    ];
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});
