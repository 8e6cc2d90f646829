import { describe, it, expect } from 'vitest';
import {
  bodyText,
  toSearchRecords,
  CORE_SEARCH_KINDS,
} from '../../src/lib/render/search-record.ts';
import { editionsSite, sampleSite } from './sites.ts';

describe('search records from the model', () => {
  it('keeps the words of a body and drops diagrams, MDX code, tags and link targets', () => {
    const body = [
      "import Note from '../components/Note.astro';",
      '# Fail over **now**',
      'Call the [bridge](https://bridge.example/x) and see ![map](map.png).',
      '```mermaid',
      'flowchart TD',
      '  A[Alert] --> B',
      '```',
      '```sh',
      'systemctl restart dns',
      '```',
      '<Note kind="warn">Keep {props.x} the log</Note>',
      '| a | b |',
    ].join('\n');
    const text = bodyText(body);
    expect(text).toBe(
      'Fail over now Call the bridge and see map. systemctl restart dns Keep the log a b',
    );
  });

  it('indexes every record the edition shows once, in the bundle of its kind, with its facets', () => {
    const site = sampleSite('internal');
    const records = toSearchRecords(site);
    const shown = Object.values(site.model.byKind).flat();
    expect(records.map((r) => r.url).sort()).toEqual(
      shown.map((e) => `/${e.kind}/${e.id}/`).sort(),
    );
    for (const r of records)
      expect(r.bundle).toBe(CORE_SEARCH_KINDS.has(r.url.split('/')[1] as never) ? 'core' : 'more');
    const plan = records.find((r) => r.url === '/plans/warehouse-continuity/')!;
    expect(plan.bundle).toBe('core');
    expect(plan.html).toContain('<h1 data-pagefind-weight="10">Warehouse continuity plan</h1>');
    expect(plan.html).toContain('data-pagefind-filter="kind[data-value]"');
    expect(plan.html).toMatch(/data-value="approved"/);
    expect(plan.html).toMatch(/<dd data-pagefind-weight="10">[^<]*Warehouse management/);
    expect(records.find((r) => r.url === '/services/sso/')!.bundle).toBe('more');
  });

  it('names nothing the edition leaves out, and escapes what authors write', () => {
    const internal = toSearchRecords(editionsSite('internal'));
    expect(internal.some((r) => r.url.includes('secret-vault'))).toBe(false);
    expect(internal.map((r) => r.html).join('')).not.toMatch(/secret[- ]vault/i);
    expect(
      toSearchRecords(editionsSite('confidential')).some((r) => r.url.includes('secret-vault')),
    ).toBe(true);
    for (const r of toSearchRecords(sampleSite('internal')))
      expect(
        r.html.replace(/<\/?(html|body|main|h1|p|dl|dt|dd|div|span)( [^>]*)?>/g, ''),
      ).not.toMatch(/[<>]/);
  });
});
