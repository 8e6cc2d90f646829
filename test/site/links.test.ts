import { describe, it, expect, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { astroBuild, TEST_DIST } from './astro-build.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

/** Every internal href/src in every HTML file of `dir` that points at nothing, as "page -> target". */
function brokenLinks(dir: string, base = '/'): string[] {
  const pages: string[] = [];
  const walk = (d: string) =>
    readdirSync(d).forEach((n) =>
      statSync(join(d, n)).isDirectory()
        ? walk(join(d, n))
        : n.endsWith('.html') && pages.push(join(d, n)),
    );
  walk(dir);
  const broken: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const target = m[1].replace(/&amp;/g, '&');
      if (/^(mailto:|tel:|data:|#)/.test(target)) continue;
      if (!target.startsWith(base)) {
        broken.push(`${relative(dir, page)} -> ${target} (outside base ${base})`);
        continue;
      }
      const path = decodeURIComponent(target.slice(base.length).split('#')[0].split('?')[0]);
      const file = join(dir, path);
      const ok =
        path === ''
          ? existsSync(join(dir, 'index.html'))
          : existsSync(file) && (statSync(file).isFile() || existsSync(join(file, 'index.html')));
      if (!ok) broken.push(`${relative(dir, page)} -> ${target}`);
    }
  }
  return broken;
}

describe('internal links', () => {
  it('has no broken internal link anywhere in the sample site', () => {
    expect(brokenLinks(inject('sampleDist'))).toEqual([]);
  });

  it('keeps every link under the base path when hosted under a sub-path', () => {
    const out = join(TEST_DIST, 'base');
    const r = astroBuild({
      ITSCM_CONTENT: join(PROJECT_ROOT, 'test/fixtures/minimal'),
      ITSCM_OUT_DIR: out,
      ITSCM_BASE: '/continuity/',
    });
    expect(r.status, r.output).toBe(0);
    expect(readFileSync(join(out, 'services/app/index.html'), 'utf8')).toContain(
      'href="/continuity/services/db/"',
    );
    expect(brokenLinks(out, '/continuity/')).toEqual([]);
  });
});
