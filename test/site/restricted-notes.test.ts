/**
 * The note under a list that counts what the edition does not name
 * (src/components/RestrictedNote.astro) says one item in the singular: "1 more plan to invoke
 * is", never "1 more plans to invoke are".
 */
import { describe, it, expect, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../scripts/list-files.ts';

describe('the notes that count left-out records', () => {
  const dist = inject('internalDist');
  const notes = listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .flatMap((f) =>
      [
        ...readFileSync(join(dist, f), 'utf8').matchAll(
          /<p class="note restricted-note">(\d+) ([^<]*?) on records this edition/g,
        ),
      ].map((m) => ({ file: f, count: Number(m[1]), what: m[2] })),
    );

  it('say one left-out item in the singular', () => {
    const ones = notes.filter((n) => n.count === 1);
    expect(ones.length).toBeGreaterThan(5);
    expect(
      ones.filter((n) => / are$|^more (plans|services|people|targets|scenarios)\b/.test(n.what)),
    ).toEqual([]);
    expect(readFileSync(join(dist, 'scenarios/location-dc-north/index.html'), 'utf8')).toContain(
      '1 more plan to invoke is on records this edition does not name',
    );
  });

  it('say several in the plural', () => {
    const many = notes.filter((n) => n.count > 1);
    expect(many.length).toBeGreaterThan(0);
    expect(many.filter((n) => / is$/.test(n.what))).toEqual([]);
  });
});
