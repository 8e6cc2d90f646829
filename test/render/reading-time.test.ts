import { describe, it, expect } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/render/reading-time.ts';

describe('countWords', () => {
  it('counts words with inner hyphens and apostrophes as one, and skips imports, tags and link targets', () => {
    const body = [
      "import Note from '../x.astro';",
      "Don't skip the stand-down.",
      '<Note kind="tip">See [the plan](/plans/erp-recovery/).</Note>',
    ].join('\n');
    expect(countWords(body)).toBe(7);
  });
});

describe('readingMinutes', () => {
  it('reads 200 words a minute, rounding up, with nothing taking no time', () => {
    expect([0, 1, 200, 201, 1000].map(readingMinutes)).toEqual([0, 1, 1, 2, 5]);
  });
});
