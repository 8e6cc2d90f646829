/**
 * No page or component has a scoped <style>: Astro marks every element of a component with a
 * scoped style with an attribute (data-astro-cid-…), which on a long list is a third of the
 * page (36 KB of a 500-step learning path at 10,000 services). Styles are global, with class
 * selectors of their own (or inline: `is:inline`, `set:html`, which Astro leaves as they are).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { listFiles } from '../../scripts/list-files.ts';

describe('page styles', () => {
  it('are global, never scoped', () => {
    const files = ['src/pages', 'src/components'].flatMap((dir) =>
      listFiles(join(PROJECT_ROOT, dir))
        .filter((f) => f.endsWith('.astro'))
        .map((f) => join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(20);
    const scoped = files.filter((f) =>
      /<style(?![^>]*\b(is:global|is:inline|set:html)\b)[^>]*>/.test(
        readFileSync(join(PROJECT_ROOT, f), 'utf8'),
      ),
    );
    expect(scoped).toEqual([]);
  });
});
