import { describe, it, expect } from 'vitest';
import { toSearchPage } from '../../src/lib/render/search-page.ts';
import { sampleSite } from './sites.ts';

describe('toSearchPage', () => {
  it('offers the values record pages declare as Pagefind filters', () => {
    const v = toSearchPage(sampleSite('internal').model);
    expect(v.kinds).toContain('service');
    expect(v.kinds).toContain('business function (BIA)');
    expect(v.tiers).toEqual(['Tier 1', 'Tier 2', 'Tier 3', 'Tier 4']);
    expect(v.owners).toContain('Database');
    expect(v.owners).toEqual([...v.owners].sort());
    expect(v.statuses).toContain('approved');
  });
});
