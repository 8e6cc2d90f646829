import { describe, it, expect } from 'vitest';
import { toHomeView } from '../../src/lib/render/home.ts';
import { sampleSite } from './sites.ts';

describe('toHomeView', () => {
  it('writes the readiness shares as percentages', () => {
    const v = toHomeView(sampleSite('internal'));
    expect(v.percent.score).toBe(`${Math.round(v.readiness.score * 100)}%`);
    expect(v.percent.targetsMet).toMatch(/^\d+%$/);
  });

  it('says how many records the edition leaves out, and how many of each figure they hold', () => {
    const site = sampleSite('internal');
    const v = toHomeView(site);
    expect(v.leftOut).toBe(`${site.shown.left} records are`);
    expect(v.late.note).toBe(` (${v.late.restricted} of them on restricted records)`);
    const whole = toHomeView(sampleSite('confidential'));
    expect(whole.leftOut).toBeUndefined();
    expect(whole.late.note).toBe('');
    expect(whole.late.total).toBe(v.late.total);
  });
});
