import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, TEST_DIST } from './astro-build.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';

describe('hostile content', () => {
  const out = join(TEST_DIST, 'hostile');
  const build = () =>
    astroBuild({ ITSCM_CONTENT: join(PROJECT_ROOT, 'test/fixtures/hostile'), ITSCM_OUT_DIR: out });

  it('builds: HTML in titles and fields, a very long title, 300 dependencies, non-Latin text and an empty body', () => {
    const r = build();
    expect(r.status, r.output).toBe(0);
  });

  it('shows HTML and script written in titles and fields as text, everywhere', () => {
    for (const page of [
      'services/evil/index.html',
      'services/index.html',
      'a-z/index.html',
      'services/dep-001/index.html',
      'map/index.html',
      'index.html',
      'people/ann/index.html',
      'teams/ops/index.html',
      'go-bags/ops/index.html',
    ]) {
      // Outside quoted attribute values (where "<" is plain text), no author markup may appear.
      const html = readFileSync(join(out, page), 'utf8').replace(/="[^"]*"/g, '=""');
      expect(html, page).not.toMatch(/<script>alert|<img src=x|<b onmouseover/);
    }
    const evil = readFileSync(join(out, 'services/evil/index.html'), 'utf8');
    expect(evil).toContain('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;');
    expect(evil).toContain('&lt;b onmouseover=alert(&#39;field&#39;)&gt;bold&lt;/b&gt;');
  });

  it('writes a hostile title into the print style escaped, so it can neither end its string nor the style', () => {
    const evil = readFileSync(join(out, 'services/evil/index.html'), 'utf8');
    const styles = [...evil.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    // The print frame's style, and the fixed rule for JavaScript off (Layout.astro): no other.
    expect(styles).toHaveLength(2);
    expect(styles[1]).toBe('.needs-js { display: none !important; }');
    expect(styles[0]).toContain(
      '--print-title:"\\3c script\\3e alert(\\27 title\\27 )\\3c /script\\3e \\3c img src=x onerror=alert(1)\\3e "',
    );
  });

  it('links a hostile phone number as tel: with its digits only, and shows it as text', () => {
    for (const page of [
      'people/ann/index.html',
      'teams/ops/index.html',
      'go-bags/ops/index.html',
    ]) {
      const html = readFileSync(join(out, page), 'utf8');
      expect(html, page).toContain('href="tel:+442079460100"');
      expect(html, page).toContain('&lt;script&gt;alert(&#39;phone&#39;)&lt;/script&gt;');
      // Not an address, so not a link: shown as text.
      expect(html, page).not.toContain('href="mailto:');
      expect(html, page).toContain('&lt;img src=x onerror=alert(&#39;email&#39;)&gt;');
    }
    const ann = readFileSync(join(out, 'people/ann/index.html'), 'utf8');
    expect(ann).toContain('href="tel:+8816310000"');
  });

  it('renders the record with hundreds of dependencies, the long title and non-Latin text', () => {
    const evil = readFileSync(join(out, 'services/evil/index.html'), 'utf8');
    expect(evil.match(/href="\/services\/dep-\d{3}\/"/g)!.length).toBeGreaterThanOrEqual(300);
    expect(readFileSync(join(out, 'services/long/index.html'), 'utf8')).toContain('very very very');
    const intl = readFileSync(join(out, 'services/intl/index.html'), 'utf8');
    expect(intl).toContain('Платёжный шлюз 決済ゲートウェイ بوابة الدفع');
    expect(intl).toContain('日本語のテキスト');
    expect(readFileSync(join(out, 'guides/empty/index.html'), 'utf8')).toContain(
      '<h1>Empty body</h1>',
    );
  });
});
