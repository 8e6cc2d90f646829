import { describe, it, expect } from 'vitest';
import { IsoDate, isIsoDate, addMonths, dayNumber } from '../../src/lib/schema/date.ts';

describe('IsoDate', () => {
  it('accepts YYYY-MM-DD text and YAML dates alike', () => {
    expect(IsoDate.parse('2026-03-31')).toBe('2026-03-31');
    expect(IsoDate.parse(new Date('2026-03-31T00:00:00Z'))).toBe('2026-03-31');
  });
  it.each(['2026-02-30', '2026-13-01', '31/03/2026', '2026-3-1', 'yesterday'])(
    'rejects %j',
    (text) => {
      expect(IsoDate.safeParse(text).success).toBe(false);
      expect(isIsoDate(text)).toBe(false);
    },
  );
});

describe('addMonths', () => {
  it('adds months and clamps to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-25', 12)).toBe('2026-11-25');
    expect(addMonths('2026-12-15', 3)).toBe('2027-03-15');
  });
});

describe('dayNumber differences', () => {
  it('count the days across month and year ends, negative backwards', () => {
    expect(dayNumber('2027-01-02') - dayNumber('2026-12-30')).toBe(3);
    expect(dayNumber('2026-12-30') - dayNumber('2027-01-02')).toBe(-3);
  });
});

describe('day numbers', () => {
  it('agree with the calendar (Date.UTC) on every day from 1899 to 2101', () => {
    const start = Date.UTC(1899, 0, 1) / 86_400_000;
    for (let day = start; day < start + 203 * 366; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(dayNumber(iso)).toBe(day);
    }
  });
  it('handles four-digit years before 1000 and leap centuries', () => {
    expect(dayNumber('1000-01-01') - dayNumber('0999-12-31')).toBe(1);
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('2100-03-01') - dayNumber('2100-02-28')).toBe(1);
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });
});
