import { describe, it, expect, inject } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, TEST_DIST } from './astro-build.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { CHROMIUM } from '../e2e/browser.ts';

describe('authored mermaid blocks', () => {
  it.skipIf(!CHROMIUM)(
    'are drawn as inline SVG at build time, with no mermaid runtime shipped',
    () => {
      const html = readFileSync(
        join(inject('sampleDist'), 'guides/roles-in-a-major-incident/index.html'),
        'utf8',
      );
      expect(html).toMatch(/<figure class="chart mermaid-diagram"><svg id="mermaid-[0-9a-f]+"/);
      expect(html).not.toContain('mermaid-fallback');
      expect(existsSync(join(inject('sampleDist'), 'vendor/mermaid.min.js'))).toBe(false);
    },
  );

  it('fall back to client-side mermaid, said on the page and shipped with the site, when the build has no Chromium', () => {
    const out = join(TEST_DIST, 'mermaid-client');
    const r = astroBuild({
      ITSCM_CONTENT: join(PROJECT_ROOT, 'test/fixtures/mermaid'),
      ITSCM_OUT_DIR: out,
      ITSCM_MERMAID: 'client',
    });
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain(
      'No Chromium found: mermaid diagrams in content fall back to client-side rendering',
    );
    const html = readFileSync(join(out, 'guides/intro/index.html'), 'utf8');
    expect(html).toContain('<pre class="mermaid">flowchart TD');
    expect(html).toContain('drawn in your browser because the site was built without Chromium');
    expect(html).toContain('src="/js/mermaid-fallback.js"');
    expect(existsSync(join(out, 'vendor/mermaid.min.js'))).toBe(true);
    // In MDX too, the browser reads the block exactly: no smart punctuation, indentation kept.
    const mdx = readFileSync(join(out, 'guides/escalation/index.html'), 'utf8');
    const pre = /<pre class="mermaid">([\s\S]*?)<\/pre>/.exec(mdx)![1];
    const text = pre
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    const source = readFileSync(
      join(PROJECT_ROOT, 'test/fixtures/mermaid/guides/escalation.mdx'),
      'utf8',
    );
    expect(text).toBe(/```mermaid\n([\s\S]*?)\n```/.exec(source)![1]);
    expect(mdx).toContain('src="/js/mermaid-fallback.js"');
  });
});
