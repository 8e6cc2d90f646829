import { reasonsOf } from '../../src/lib/analytics/ranking.ts';
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { publish, type Published } from '../../src/lib/publish/publish.ts';
import type { NodeRecovery } from '../../src/lib/analytics/recovery.ts';
import { formatText } from '../../src/lib/model/text.ts';
import { nameOfKey } from '../../src/lib/publish/shown.ts';
import { toApiDocuments } from '../../src/lib/render/api.ts';
import { sampleModel } from '../analytics/sample.ts';
import { AS_OF } from '../helpers.ts';
import type { Entry } from '../../src/lib/model/model.ts';
import { keyOf } from '../../src/lib/model/key.ts';

/** The figures every edition must show alike for a record it names. */
const figures = (x: NodeRecovery) => ({
  tier: x.tier,
  rto: {
    declared: x.rto.declared,
    required: x.rto.required,
    target: x.rto.target,
    achievable: x.rto.achievable,
    gap: x.rto.gap,
  },
  rpo: { declared: x.rpo.declared, required: x.rpo.required },
  wave: x.wave,
  rank: x.rank,
  impact: x.impact,
});

const editionsFixture = () => {
  const loaded = loadContentFolder(join(PROJECT_ROOT, 'test/fixtures/editions'));
  return buildModel({ raws: loaded.raws, settings: loaded.settings, asOf: AS_OF });
};

const EDITIONS = ['public', 'internal'] as const;

for (const [name, load] of [
  ['the sample organisation', sampleModel],
  ['the editions fixture', editionsFixture],
] as const) {
  describe(`publish: ${name}`, () => {
    const model = load();
    const analysis = analyse(model);
    const whole = publish(model, analysis, 'confidential');
    const byKey = new Map(whole.recovery.nodes.map((x) => [x.key, x]));

    it('the confidential edition names every service and function', () => {
      expect(whole.recovery.restricted).toBe(0);
      expect(whole.recovery.nodes).toHaveLength(
        model.byKind.services.length + model.byKind.bia.length,
      );
    });

    for (const edition of EDITIONS) {
      const site: Published = publish(model, analysis, edition);

      it(`${edition}: every named record has the confidential edition's figures`, () => {
        expect(site.recovery.restricted).toBeGreaterThan(0);
        for (const x of site.recovery.nodes) expect(figures(x)).toEqual(figures(byKey.get(x.key)!));
      });

      it(`${edition}: aggregates count what they cannot name`, () => {
        const late = (r: { status: string }) => r.status === 'overdue' || r.status === 'never';
        const counted = site.reviews.count(late);
        expect(counted.total).toBe(analysis.reviews.filter(late).length);
        expect(counted.total - counted.restricted).toBe(site.reviews.items.filter(late).length);
        expect(site.gaps.items.length + site.gaps.restricted).toBe(analysis.gaps.length);
        expect(site.readiness.overall).toEqual(analysis.readiness.overall);
        const cells = (p: Published) => p.risks.heatMaps.residual.cells.map((c) => c.count);
        expect(cells(site)).toEqual(cells(whole));
        for (const s of site.scenarios.items) {
          const same = whole.scenarios.items.find((w) => w.id === s.id)!;
          expect(s.counts).toEqual(same.counts);
        }
      });

      it(`${edition}: counts every record and every warning, and names only the shown ones`, () => {
        const all = site.records.count(() => true);
        expect(all.total).toBe(model.index.size);
        expect(all.restricted).toBe(site.shown.left);
        expect(site.records.items.map((e) => e.key)).toEqual([...site.model.index.keys()]);
        const warnings = model.issues.filter((i) => i.severity === 'warning').length;
        const w = site.warnings.count(() => true);
        expect(w.total).toBe(warnings + analysis.issues.length);
        expect(w.total - w.restricted).toBe(site.warnings.items.length);
        expect(site.warnings.items).toEqual([
          ...site.model.issues.filter((i) => i.severity === 'warning'),
          ...site.issues.items,
        ]);
      });

      it(`${edition}: picks the shown items by a test on the whole organisation's data`, () => {
        // A shown record that refers to a left-out one reads "(restricted)" where it did.
        const refersToLeftOut = (e: Entry) =>
          e.refs.some((l) => !site.shown.isShown(keyOf(l.kind, l.id)));
        const picked = site.records.pick(refersToLeftOut);
        expect(picked.length).toBeGreaterThan(0);
        for (const e of picked) {
          expect(site.shown.isShown(e.key)).toBe(true);
          expect(e).toBe(site.model.index.get(e.key));
          expect(JSON.stringify(e.data)).toContain('(restricted)');
        }
        const late = (r: { status: string }) => r.status === 'overdue';
        expect(site.reviews.pick(late)).toEqual(site.reviews.items.filter(late));
      });

      it(`${edition}: no path, list or text names a record the edition leaves out`, () => {
        const named = (k: string) => site.shown.isShown(k as never) || k.endsWith('/(restricted)');
        for (const x of site.recovery.nodes) {
          for (const k of [...x.rto.requiredPath, ...x.rto.bottleneck, ...x.rpo.requiredPath])
            expect(named(k), `${x.key}: ${k}`).toBe(true);
          for (const t of reasonsOf(x))
            for (const p of t) if (typeof p !== 'string') expect(named(p.ref)).toBe(true);
        }
        for (const s of site.scenarios.items) {
          for (const k of [...s.lost, ...s.broken]) expect(named(k)).toBe(true);
          for (const i of [...s.functions, ...s.services]) expect(named(i.key)).toBe(true);
        }
        const leftOut = [...model.index.values()].filter((e) => !site.shown.isShown(e.key));
        const api = JSON.stringify([...toApiDocuments(site)]);
        for (const e of leftOut) expect(api).not.toContain(`"${e.key}"`);
      });
    }
  });
}

describe('publish: a path through a left-out record', () => {
  // sales --> app --> secret-vault (confidential) --> keystore
  const model = editionsFixture();
  const site = publish(model, analyse(model), 'internal');

  it('reads "restricted record" where it passes the left-out record', () => {
    const keystore = site.recovery.byKey.get('services/keystore')!;
    expect(keystore.rto.requiredPath.map(nameOfKey)).toEqual(['restricted record', 'keystore']);
    const app = site.recovery.byKey.get('services/app')!;
    expect(app.rto.bottleneck.map(nameOfKey)).toEqual(['app', 'restricted record', 'keystore']);
    expect(
      reasonsOf(app)
        .map((t) => formatText(t, nameOfKey))
        .join('; '),
    ).not.toContain('vault');
  });

  it('counts the left-out records next to shown ones, each once, without naming them', () => {
    expect(site.recovery.neighbours('services/app', 'dependencies', 'hard')).not.toContain(
      'services/secret-vault',
    );
    expect(site.recovery.unnamedNeighbours(['services/app'], 'dependencies')).toBe(1);
    expect(
      site.recovery.unnamedNeighbours(['services/app', 'services/keystore'], 'dependents'),
    ).toBe(1);
    expect(site.recovery.unnamedNeighbours(['services/keystore'], 'dependencies')).toBe(0);
    const whole = publish(model, analyse(model), 'confidential');
    expect(whole.recovery.unnamedNeighbours(['services/app'], 'dependencies')).toBe(0);
  });

  it("leaves out a declared scenario's lost record but keeps its counts", () => {
    const s = site.scenarios.items.find((x) => x.id === 'vault-compromise')!;
    expect(s.lost).toEqual(['services/(restricted)']);
    expect(s.counts.services).toBeGreaterThan(s.services.length);
  });
});
