import { describe, it, expect } from 'vitest';
import { internal, assertNever } from '../../src/lib/model/internal.ts';

describe('internal', () => {
  it('makes an error whose message starts with "internal:"', () => {
    expect(internal('no such record').message).toBe('internal: no such record');
  });
});

describe('assertNever', () => {
  it('throws an internal error naming the value it was reached with', () => {
    expect(() => assertNever('drills' as never, 'kind')).toThrowErrorMatchingInlineSnapshot(
      `[Error: internal: unexpected kind "drills"]`,
    );
  });
});
