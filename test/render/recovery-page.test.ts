import { describe, it, expect } from 'vitest';
import { toRecoveryPage } from '../../src/lib/render/recovery-page.ts';
import { editionsSite, expectNoLeftOutRecord, href, sampleSite } from './sites.ts';

describe('toRecoveryPage', () => {
  const whole = sampleSite('confidential');
  const site = sampleSite('internal');
  const v = toRecoveryPage(site, href);

  it("counts the whole organisation's services whose target cannot be met", () => {
    const services = whole.recovery.nodes.filter((n) => n.kind === 'services');
    expect(v.late.total).toBe(services.filter((n) => (n.rto.gap ?? 0) > 0).length);
    expect(v.all.total).toBe(services.filter((n) => (n.wave ?? 0) > 0).length);
    expect(v.lateOfAll).toBe(`${v.late.total} of ${v.all.total}`);
  });

  it('lists every wave with its shown services in recovery order, counting the others', () => {
    expect(v.waves.map((w) => w.wave)).toEqual(site.recovery.waves.map((w) => w.wave));
    site.recovery.waves.forEach((w, i) => {
      expect(v.waves[i].anchor).toBe(`wave-${w.wave}`);
      expect(v.waves[i].rows.map((r) => r.key)).toEqual(w.services.map((id) => `services/${id}`));
    });
    const first = v.waves[0];
    expect(first.count).toBe(`${first.rows.length} services`);
  });

  it('writes targets, times, lateness and the bottleneck after the service itself', () => {
    const rows = v.waves.flatMap((w) => w.rows);
    const late = rows.find((r) => r.isLate)!;
    expect(late.late).toMatch(/^ \(late by \d+[mhdw]/);
    expect(rows.filter((r) => !r.isLate).every((r) => r.late === '')).toBe(true);
    const ledger = rows.find((r) => r.key === 'services/ledger-db')!;
    expect(ledger.bottleneck).not.toContain('ledger-db');
    expect(ledger.bottleneck.split(' → ').length).toBeGreaterThan(0);
  });

  it('draws the timeline of every service by wave, with a caption for it', () => {
    expect(v.timeline.svg).toMatch(/^<svg/);
    expect(v.timeline.caption).toBe('Every service by wave.');
  });

  it('reads "restricted record" where a bottleneck passes a left-out service, and counts it in its wave', () => {
    const e = toRecoveryPage(editionsSite('internal'), href);
    const app = e.waves.flatMap((w) => w.rows).find((r) => r.key === 'services/app')!;
    expect(app.bottleneck).toBe('restricted record → keystore');
    const vaultWave = e.waves.find((w) => w.count.includes('not named'))!;
    expect(vaultWave.count).toMatch(/^\d+ services, 1 not named in this edition$/);
    expect(e.all.restricted).toBe(1);
  });

  it('names no record the edition leaves out', () => {
    expectNoLeftOutRecord(site, whole, v);
    expectNoLeftOutRecord(
      editionsSite('internal'),
      editionsSite('confidential'),
      toRecoveryPage(editionsSite('internal'), href),
    );
  });
});
