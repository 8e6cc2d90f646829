/**
 * Rendering split across machines: with ITSCM_SHARD=i/N a build renders only the pages (and
 * API documents) whose address falls in shard i of N, so N machines render disjoint parts of
 * the same site; `npm run merge` puts the parts together and builds the search index and the
 * offline manifest once over the whole. Every page falls in exactly one shard: a stable hash of
 * its address, the same on every machine. Pages without parameters (the home page, the first
 * page of each index) are rendered by every shard and are byte-identical; the merge checks that.
 */
import { InputError } from './build-inputs.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** The shard this build renders: ITSCM_SHARD="i/N", or undefined for the whole site. */
export function resolveShard(env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  const raw = env.ITSCM_SHARD?.trim();
  if (!raw) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(raw);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || count > 1000)
    throw new InputError(
      `ITSCM_SHARD="${raw}" is not a shard: write it as i/N with 1 <= i <= N (ITSCM_SHARD=1/2 renders the first half of the pages), or unset it.`,
    );
  return { index, count };
}

/** FNV-1a, 32 bits: small, stable across machines and Node versions. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Whether the page or file at `address` is this build's to render (always, without a shard). */
export function inShard(address: string, shard: Shard | undefined = resolveShard()): boolean {
  return !shard || hash(address) % shard.count === shard.index - 1;
}
