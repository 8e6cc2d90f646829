import { describe, it, expect } from 'vitest';
import {
  countWithRestricted,
  ofThemRestricted,
  percent,
  plural,
} from '../../src/lib/render/figure.ts';

describe('ofThemRestricted', () => {
  it('says how many of a figure are on restricted records, and nothing when none are', () => {
    expect(ofThemRestricted({ total: 63, restricted: 29 })).toBe(
      ' (29 of them on restricted records)',
    );
    expect(ofThemRestricted({ total: 63, restricted: 0 })).toBe('');
  });
});

describe('countWithRestricted', () => {
  it('writes a count for brackets, with the restricted part when there is one', () => {
    expect(countWithRestricted({ total: 12, restricted: 3 })).toBe('12, 3 on restricted records');
    expect(countWithRestricted({ total: 12, restricted: 0 })).toBe('12');
  });
});

describe('percent', () => {
  it('rounds a share to a whole percentage', () => {
    expect(percent(0.724)).toBe('72%');
    expect(percent(1)).toBe('100%');
  });
});

describe('plural', () => {
  it('uses the singular for one only', () => {
    expect(plural(1, 'record')).toBe('1 record');
    expect(plural(0, 'record')).toBe('0 records');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
});
