import { describe, it, expect } from 'vitest';
import { resolveAsOf } from '../../src/load/build-inputs.ts';

describe('resolveAsOf', () => {
  const now = new Date('2026-11-25T23:30:00Z');
  it('prefers ITSCM_AS_OF, then SOURCE_DATE_EPOCH, then the build day in UTC', () => {
    expect(resolveAsOf({ ITSCM_AS_OF: '2026-01-31', SOURCE_DATE_EPOCH: '0' }, now)).toBe(
      '2026-01-31',
    );
    expect(resolveAsOf({ SOURCE_DATE_EPOCH: '1767225600' }, now)).toBe('2026-01-01');
    expect(resolveAsOf({}, now)).toBe('2026-11-25');
  });
  it('refuses a date that is not YYYY-MM-DD and an epoch that is not a number', () => {
    expect(() => resolveAsOf({ ITSCM_AS_OF: '25/11/2026' }, now)).toThrow(/YYYY-MM-DD/);
    expect(() => resolveAsOf({ SOURCE_DATE_EPOCH: 'yesterday' }, now)).toThrow(/seconds/);
  });
});
