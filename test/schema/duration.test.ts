import { describe, it, expect } from 'vitest';
import {
  parseDuration,
  formatDuration,
  DataLoss,
  Duration,
} from '../../src/lib/schema/duration.ts';

describe('parseDuration', () => {
  it.each([
    ['15m', 15],
    ['4h', 240],
    ['2d', 2880],
    ['1w', 10080],
    ['1h30m', 90],
    ['1d 12h', 2160],
    ['90min', 90],
    ['1.5h', 90],
    ['PT4H', 240],
    ['PT30M', 30],
    ['P1D', 1440],
    ['P1W', 10080],
    ['P1DT2H', 1560],
    ['pt15m', 15],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', '4', 'h', '4 hours', '30 minutes', 'PT', 'P', '-1h', '4x', 'soon'])(
    'rejects %j',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});

describe('formatDuration', () => {
  it('writes minutes the way people write durations', () => {
    expect([0, 15, 60, 90, 1440, 2160, 10080, 20160].map(formatDuration)).toEqual([
      '0m',
      '15m',
      '1h',
      '1h 30m',
      '1d',
      '1d 12h',
      '1w',
      '2w',
    ]);
  });
  it('says unknown for a missing value instead of NaN', () => {
    expect(formatDuration(undefined)).toBe('unknown');
    expect(formatDuration(Number.NaN)).toBe('unknown');
  });
  it('round-trips through parseDuration', () => {
    for (const m of [5, 45, 61, 1439, 1441, 10081, 50000])
      expect(parseDuration(formatDuration(m).replace(/ /g, ''))).toBe(m);
  });
});

describe('Duration schema', () => {
  it('normalises to minutes', () => {
    expect(Duration.parse('4h')).toBe(240);
  });
  it('says a bad duration is not one, the fix giving the accepted forms', () => {
    const r = Duration.safeParse('four hours');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatchInlineSnapshot(`""four hours" is not a duration"`);
    expect((r.error?.issues[0] as { params?: { fix: string } }).params?.fix).toContain('"4h"');
  });
  it('rejects no time at all and durations too long to be finite; data loss may be 0', () => {
    const rule = (r: { error?: { issues: unknown[] } }) =>
      (r.error?.issues[0] as { params?: { rule: string } } | undefined)?.params?.rule;
    expect(rule(Duration.safeParse('0m'))).toBe('zero-duration');
    expect(rule(Duration.safeParse('PT0H'))).toBe('zero-duration');
    expect(rule(Duration.safeParse(`${'9'.repeat(400)}h`))).toBe('bad-duration');
    expect(DataLoss.parse('0m')).toBe(0);
    expect(rule(DataLoss.safeParse(`${'9'.repeat(400)}m`))).toBe('bad-duration');
  });
});
