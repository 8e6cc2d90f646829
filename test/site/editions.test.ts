import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { astroBuild, TEST_DIST } from './astro-build.ts';
import { PROJECT_ROOT, toCacheDir } from '../../src/load/build-inputs.ts';

/** Every file of a built site as text, compressed search-index files unpacked. */
function allText(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        walk(p);
        continue;
      }
      let bytes = readFileSync(p);
      try {
        bytes = gunzipSync(bytes);
      } catch {
        /* not compressed */
      }
      out.set(p, bytes.toString('latin1'));
    }
  };
  walk(dir);
  return out;
}

const build = (edition: string) => {
  const out = join(TEST_DIST, `edition-${edition}`);
  const r = astroBuild({
    ITSCM_CONTENT: join(PROJECT_ROOT, 'test/fixtures/editions'),
    ITSCM_OUT_DIR: out,
    ITSCM_EDITION: edition,
  });
  expect(r.status, r.output).toBe(0);
  return out;
};

describe('editions by classification', () => {
  it('the confidential edition has everything, markers included (the check below can fail)', () => {
    const text = [...allText(build('confidential')).values()].join('\n');
    for (const m of [
      'MARKER-SVC-TITLE',
      'MARKER-SVC-BODY',
      'MARKER-PHONE',
      'MARKER-PERSONAL-PHONE',
    ])
      expect(text).toContain(m);
    const ann = readFileSync(join(TEST_DIST, 'edition-confidential/people/ann/index.html'), 'utf8');
    expect(ann).toContain('href="tel:+447700900100"');
  });

  for (const edition of ['internal', 'public']) {
    it(`the ${edition} edition leaves confidential records out of every file, search index and API included`, () => {
      const out = build(edition);
      const files = allText(out);
      const leaks = [...files]
        .filter(([, t]) => /MARKER-|secret-vault|[Cc]arol/.test(t))
        .map(([p]) => p.slice(out.length));
      expect(leaks).toEqual([]);
      expect([...files.keys()].some((p) => p.includes('/pagefind/'))).toBe(true);
      expect([...files.keys()].some((p) => p.includes('/api/v1/'))).toBe(true);
    });
  }

  it("keeps frontmatter out of Astro's cache, and records above the edition too", () => {
    const store = (edition: string) =>
      readFileSync(
        join(toCacheDir(join(TEST_DIST, `edition-${edition}`)), 'data-store.json'),
        'utf8',
      );
    // The phone number is in a person's frontmatter, which no edition's cache holds.
    expect(store('confidential')).toContain('MARKER-SVC-BODY');
    expect(store('confidential')).not.toContain('MARKER-PHONE');
    expect(store('internal')).not.toMatch(/MARKER-/);
  });

  it('names people in the internal edition with their work numbers as links, and says where the personal ones are', () => {
    const dir = join(TEST_DIST, 'edition-internal');
    const ann = readFileSync(join(dir, 'people/ann/index.html'), 'utf8');
    expect(ann).toContain('<a href="tel:+442079460100">+44 20 7946 0100</a>');
    expect(ann).toContain('<a href="mailto:ann@example.org">ann@example.org</a>');
    expect(ann).toContain('personal numbers: in the confidential edition');
    expect(ann).not.toContain('7700');
    const team = readFileSync(join(dir, 'teams/ops/index.html'), 'utf8');
    expect(team).toContain('<a href="tel:+442079460100">+44 20 7946 0100</a>');
    expect(team).toContain('Ann Example');
    expect(readdirSync(join(dir, 'people')).sort()).toEqual(['ann', 'bob', 'index.html']);
  });

  it('shows a reference to a left-out record as "restricted record", without its id or title', () => {
    const html = readFileSync(join(TEST_DIST, 'edition-internal/services/app/index.html'), 'utf8');
    expect(html).toContain('<span class="restricted">restricted record</span>');
  });

  it('the public edition also leaves internal records out', () => {
    const out = join(TEST_DIST, 'edition-public');
    expect(readdirSync(join(out, 'services'))).toEqual(['index.html']);
    expect(readdirSync(join(out, 'guides'))).toContain('intro');
  });

  it('names fewer records but shows the same figures for every record it names', () => {
    type Doc = {
      data: {
        key: string;
        tier: unknown;
        rto: unknown;
        rpo: unknown;
        wave: unknown;
        rank: unknown;
        impact: unknown;
      }[];
    };
    const read = (edition: string, doc: string) =>
      (JSON.parse(readFileSync(join(TEST_DIST, `edition-${edition}/api/v1/${doc}`), 'utf8')) as Doc)
        .data;
    const figures = (r: Doc['data'][number]) => {
      const rto = r.rto as Record<string, unknown>;
      const rpo = r.rpo as Record<string, unknown>;
      return {
        tier: r.tier,
        rto: [rto.declared, rto.required, rto.target, rto.achievable, rto.gap],
        rpo: [rpo.declared, rpo.required],
        wave: r.wave,
        rank: r.rank,
        impact: r.impact,
      };
    };
    for (const doc of ['services.json', 'functions.json']) {
      const whole = new Map(read('confidential', doc).map((r) => [r.key, figures(r)]));
      for (const edition of ['internal', 'public']) {
        const shown = read(edition, doc);
        expect(shown.length).toBeLessThanOrEqual(whole.size);
        for (const r of shown) expect(figures(r), `${edition} ${r.key}`).toEqual(whole.get(r.key));
      }
    }
    // The key store sits behind the confidential vault: its required RTO comes through it.
    const keystore = read('internal', 'services.json').find((r) => r.key === 'services/keystore')!;
    expect((keystore.rto as { required: number }).required).toBe(60);
    expect((keystore.rto as { requiredPath: string[] }).requiredPath).toEqual([
      'services/(restricted)',
      'services/keystore',
    ]);
  });
});
