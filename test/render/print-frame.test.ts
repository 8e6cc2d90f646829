import { describe, it, expect } from 'vitest';
import { toCssString, toPrintFrame } from '../../src/lib/render/print-frame.ts';

const page = { title: 'Data centre failover', asOf: '2026-11-25', orgName: 'Harbourline' };

describe('toCssString', () => {
  it('quotes plain text as it is, non-ASCII included', () => {
    expect(toCssString('Reprise du centre · été')).toBe('"Reprise du centre · été"');
  });
  it('escapes quotes, backslashes and control characters so the string cannot end early', () => {
    expect(toCssString(`a"b'c\\d\ne`)).toBe('"a\\22 b\\27 c\\5c d\\a e"');
  });
  it('escapes < > & so no text can close the <style> it is put in', () => {
    const css = toCssString('x</style><script>alert(1)</script>');
    expect(css).toBe('"x\\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e "');
    expect(css).not.toMatch(/<\/?style/i);
  });
});

describe('toPrintFrame', () => {
  it('sets the running title, as-of date and organisation for print.css', () => {
    expect(toPrintFrame(page, undefined)).toMatchInlineSnapshot(`
      {
        "css": ":root{--print-title:"Data centre failover";--print-as-of:"Data as of 2026-11-25";--print-org:"Harbourline IT service continuity"}",
        "links": "none",
      }
    `);
  });
  it("puts a plan's version after its title", () => {
    expect(toPrintFrame({ ...page, version: '4.1' }, undefined).css).toContain(
      '--print-title:"Data centre failover · version 4.1"',
    );
  });
  it('prints absolute link targets only when the site has an address, using its origin', () => {
    const none = toPrintFrame(page, undefined);
    expect(none.links).toBe('none');
    expect(none.css).not.toContain('--print-origin');
    const abs = toPrintFrame(page, new URL('https://continuity.example.org/'));
    expect(abs.links).toBe('absolute');
    expect(abs.css).toContain('--print-origin:"https://continuity.example.org"');
  });
  it('gives each part a named page with its own running title, under a generated page name', () => {
    const v = toPrintFrame(
      {
        ...page,
        title: 'Tier-1 plans',
        parts: [
          { anchor: 'plan-dc', title: 'DC failover', version: '4.1' },
          { anchor: 'plan-"x"', title: 'Ledger </style>' },
        ],
      },
      undefined,
    );
    expect(v.css.split('\n').slice(1)).toEqual([
      '[id="plan-dc"]{page:part-1}@page part-1{@top-left{content:"DC failover · version 4.1" !important}}',
      '[id="plan-\\22 x\\22 "]{page:part-2}@page part-2{@top-left{content:"Ledger \\3c /style\\3e " !important}}',
    ]);
  });
});
