import { describe, it, expect } from 'vitest';
import {
  LEARNING_PATHS,
  placesOf,
  toLearningPath,
  toLearningPaths,
} from '../../src/lib/render/learning-paths.ts';
import { literalSite, sampleSite } from './sites.ts';

describe('toLearningPaths', () => {
  const site = sampleSite('internal');
  const paths = toLearningPaths(site);

  it('has the five paths in order, each step timed and the total their sum', () => {
    expect(paths.map((p) => p.id)).toEqual([
      'all-staff',
      'responders',
      'plan-owners',
      'managers',
      'executives',
    ]);
    for (const p of paths) {
      expect(p.steps.length).toBeGreaterThan(0);
      expect(p.steps.every((s) => s.minutes >= 1)).toBe(true);
      expect(p.minutes).toBe(p.steps.reduce((n, s) => n + s.minutes, 0));
      expect(p.steps.map((s) => s.n)).toEqual(p.steps.map((_, i) => i + 1));
    }
  });

  it("lists a path's guides by their order, those written for its audiences only", () => {
    const all = toLearningPath(site, 'all-staff')!;
    expect(all.steps.map((s) => s.href)).toEqual([
      'guides/what-is-itscm/',
      'guides/rto-rpo-mtpd-explained/',
      'guides/roles-in-a-major-incident/',
    ]);
  });

  it('gives responders the roles, then the tier-1 plans from when to activate, and executives only when to activate', () => {
    const r = toLearningPath(site, 'responders')!;
    const kinds = r.steps.map((s) => s.kind);
    expect(kinds.indexOf('roles')).toBeLessThan(kinds.indexOf('plan'));
    expect(r.steps.find((s) => s.kind === 'roles')?.href).toBe('roles/');
    const plan = r.steps.find((s) => s.kind === 'plan')!;
    expect(plan.href).toMatch(/^plans\/[a-z0-9-]+\/#activation$/);
    expect(plan.what).toBe('Plan: when to activate and the steps');
    const e = toLearningPath(site, 'executives')!;
    const same = e.steps.find((s) => s.href === plan.href)!;
    expect(same.what).toBe('Plan: when to activate');
    expect(same.minutes).toBeLessThanOrEqual(plan.minutes);
  });

  it('counts the guides the edition leaves out, never naming them', () => {
    const lit = literalSite(
      [
        { kind: 'guides', id: 'open', data: { order: 2 } },
        { kind: 'guides', id: 'hidden', data: { classification: 'confidential' } },
      ],
      'internal',
    );
    const p = toLearningPath(lit, 'all-staff')!;
    expect(p.steps.map((s) => s.title)).toEqual(['open']);
    expect(p.restricted).toBe(1);
    expect(p.restrictedWhat).toBe('more guide or plan on this path is');
    expect(JSON.stringify(toLearningPaths(lit))).not.toContain('hidden');
    expect(LEARNING_PATHS).toHaveLength(5);
  });
});

describe('placesOf', () => {
  it('says, for each path with the page, its step and the previous and next steps', () => {
    const site = sampleSite('internal');
    const places = placesOf(site, 'guides/rto-rpo-mtpd-explained/');
    const all = places.find((p) => p.path.id === 'all-staff')!;
    expect([all.n, all.of]).toEqual([2, 3]);
    expect(all.previous?.href).toBe('guides/what-is-itscm/');
    expect(all.next?.href).toBe('guides/roles-in-a-major-incident/');
    expect(places.map((p) => p.path.id)).toContain('plan-owners');
    expect(placesOf(site, 'services/erp/')).toEqual([]);
  });
});
