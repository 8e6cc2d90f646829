/**
 * Impact (blast radius): for every node, the business functions and services that fail with
 * it, through hard dependencies, transitively. One set per strongly connected component,
 * filled dependents-first so each edge costs one union. Sets are over "bits": functions
 * first (the "leading" ones, such as tier-1 functions, before the others, so they can be counted
 * and listed without walking the rest), then services dependents-first. Most sets are small (a service and a few dependents),
 * so a set is a sorted list of bits until it grows past `sparseLimit` entries, and a bitset
 * after that; a bitset never reaches past its own highest member (everything that fails with a
 * node depends on it, so sits at a lower bit), and unions stop there.
 * Time O(edges x min(set size, bits / 32)); memory O(total set size), at most
 * O(components x bits / 32).
 */
import type { Graph } from './graph.ts';
import type { Components } from './components.ts';
import { internal } from '../model/internal.ts';

export interface Impact {
  /** Bit position of each node, or -1 for nodes that cannot fail with others (vendors, locations). */
  bitOf: Int32Array;
  /** Node of each bit. */
  nodeOfBit: Int32Array;
  /** Number of function bits (they come first). */
  functionBits: number;
  /** Number of leading function bits (they come before the other functions). */
  leadingBits: number;
  /** 32-bit words of a bitset. */
  words: number;
  /** Per component kept as a list: its ascending bits are pool[start[c] .. start[c] + size[c]); -1 for a bitset. */
  start: Int32Array;
  pool: Int32Array;
  /** Per component kept as a bitset: the bitset of `words` words, else null. */
  dense: (Uint32Array | null)[];
  /** Per component: the number of bits in its set, including its own members. */
  size: Int32Array;
  comps: Components;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Computes the impact sets. `leading(node)`: functions to put first (default none).
 * `sparseLimit`: the largest set kept as a list (default a quarter of a bitset's words, at least 32).
 */
export function computeImpact(
  graph: Graph,
  comps: Components,
  options: { leading?: (node: number) => boolean; sparseLimit?: number } = {},
): Impact {
  const { leading = () => false, sparseLimit } = options;
  const n = graph.keys.length;
  const bitOf = new Int32Array(n).fill(-1);
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (graph.kinds[i] === 'bia' && leading(i)) order.push(i);
  const leadingBits = order.length;
  for (let i = 0; i < n; i++) if (graph.kinds[i] === 'bia' && !leading(i)) order.push(i);
  const functionBits = order.length;
  for (let c = comps.members.length - 1; c >= 0; c--)
    for (const m of comps.members[c]) if (graph.kinds[m] === 'services') order.push(m);
  for (let bit = 0; bit < order.length; bit++) bitOf[order[bit]] = bit;
  const words = Math.max(1, Math.ceil(order.length / 32));
  const limit = sparseLimit ?? Math.max(32, words >> 2);
  const count = comps.members.length;
  const start = new Int32Array(count).fill(-1);
  let pool = new Int32Array(Math.max(64, count * 2));
  let used = 0;
  const dense: (Uint32Array | null)[] = new Array(count).fill(null);
  const size = new Int32Array(count);
  const top = new Int32Array(count); // bitsets: highest word in use, plus one
  const stamp = new Int32Array(order.length).fill(-1);
  const list = new Int32Array(order.length);
  const { hardIn } = graph;
  const of = comps.of;

  for (let c = count - 1; c >= 0; c--) {
    const members = comps.members[c];
    // First try a list: own bits, then the dependents' lists, each bit once.
    let k = 0;
    let overflow = false;
    for (let j = 0; j < members.length && !overflow; j++) {
      const m = members[j];
      if (bitOf[m] >= 0 && stamp[bitOf[m]] !== c) {
        stamp[bitOf[m]] = c;
        list[k++] = bitOf[m];
      }
      const ins = hardIn[m];
      for (let e = 0; e < ins.length && !overflow; e++) {
        const dc = of[ins[e]];
        if (dc === c) continue;
        if (start[dc] < 0) {
          overflow = true;
          break;
        }
        for (let b = start[dc], end = start[dc] + size[dc]; b < end; b++) {
          const bit = pool[b];
          if (stamp[bit] !== c) {
            stamp[bit] = c;
            list[k++] = bit;
          }
        }
        if (k > limit) overflow = true;
      }
    }
    if (!overflow) {
      if (used + k > pool.length) {
        const grown = new Int32Array(Math.max(pool.length * 2, used + k));
        grown.set(pool.subarray(0, used));
        pool = grown;
      }
      let sorted = true;
      for (let j = 1; j < k && sorted; j++) if (list[j - 1] > list[j]) sorted = false;
      if (sorted) pool.set(list.subarray(0, k), used);
      else pool.set(list.slice(0, k).sort(), used);
      start[c] = used;
      size[c] = k;
      used += k;
      continue;
    }
    // Too big for a list: a bitset.
    const set = new Uint32Array(words);
    let hi = 0;
    for (let j = 0; j < members.length; j++) {
      const m = members[j];
      const own = bitOf[m];
      if (own >= 0) {
        set[own >>> 5] |= 1 << (own & 31);
        if ((own >>> 5) + 1 > hi) hi = (own >>> 5) + 1;
      }
      const ins = hardIn[m];
      for (let e = 0; e < ins.length; e++) {
        const dc = of[ins[e]];
        if (dc === c) continue;
        const from = dense[dc];
        if (from !== null) {
          const t = top[dc];
          for (let w = 0; w < t; w++) set[w] |= from[w];
          if (t > hi) hi = t;
        } else {
          for (let b = start[dc], end = start[dc] + size[dc]; b < end; b++) {
            const bit = pool[b];
            set[bit >>> 5] |= 1 << (bit & 31);
            if ((bit >>> 5) + 1 > hi) hi = (bit >>> 5) + 1;
          }
        }
      }
    }
    let bits = 0;
    for (let w = 0; w < hi; w++) bits += popcount(set[w]);
    dense[c] = set;
    top[c] = hi;
    size[c] = bits;
  }
  return {
    bitOf,
    nodeOfBit: Int32Array.from(order),
    functionBits,
    leadingBits,
    words,
    start,
    pool: pool.subarray(0, used),
    dense,
    size,
    comps,
  };
}

/** Calls `visit` with every bit of a component's set below `below`, ascending, until it returns false. */
function eachBit(
  impact: Impact,
  comp: number,
  below: number,
  visit: (bit: number) => boolean | void,
): void {
  if (impact.start[comp] >= 0) {
    const { pool } = impact;
    for (let j = impact.start[comp], end = j + impact.size[comp]; j < end && pool[j] < below; j++)
      if (visit(pool[j]) === false) return;
    return;
  }
  const set = impact.dense[comp];
  if (set === null) throw internal(`impact set ${comp} is neither a list nor a bitset`);
  const words = Math.min(impact.words, Math.ceil(below / 32));
  for (let w = 0; w < words; w++) {
    let word = set[w];
    while (word) {
      const low = word & -word;
      const bit = (w << 5) + (31 - Math.clz32(low));
      if (bit < below && visit(bit) === false) return;
      word ^= low;
    }
  }
}

/** Nodes that fail when `node` fails (not counting `node` itself): functions first, then services dependents-first. */
export function impactedNodes(impact: Impact, node: number): number[] {
  const out: number[] = [];
  eachBit(impact, impact.comps.of[node], Infinity, (bit) => {
    if (impact.nodeOfBit[bit] !== node) out.push(impact.nodeOfBit[bit]);
  });
  return out;
}

/** The first `max` leading functions that fail when `node` fails, ascending: O(max) however many fail. */
export function impactedLeading(impact: Impact, node: number, max = Infinity): number[] {
  const out: number[] = [];
  eachBit(impact, impact.comps.of[node], impact.leadingBits, (bit) => {
    if (impact.nodeOfBit[bit] !== node) out.push(impact.nodeOfBit[bit]);
    return out.length < max;
  });
  return out;
}

/**
 * The business functions that fail when `node` fails (not counting `node` itself), leading ones
 * first, each once: O(answer) for a list, O(function bits / 32) for a bitset, never the services.
 */
export function impactedFunctions(impact: Impact, node: number): number[] {
  const out: number[] = [];
  eachBit(impact, impact.comps.of[node], impact.functionBits, (bit) => {
    if (impact.nodeOfBit[bit] !== node) out.push(impact.nodeOfBit[bit]);
  });
  return out;
}

/** True when `node` fails when `cause` fails (through hard dependencies; `node` itself only inside a cycle). */
export function failsWith(impact: Impact, node: number, cause: number): boolean {
  const bit = impact.bitOf[node];
  if (bit < 0 || node === cause) return false;
  const comp = impact.comps.of[cause];
  return countBelow(impact, comp, bit + 1) - countBelow(impact, comp, bit) === 1;
}

/** How many bits of a component's set lie below `limit`: a binary search or a popcount, not a walk. */
function countBelow(impact: Impact, comp: number, limit: number): number {
  if (impact.start[comp] >= 0) {
    const { pool } = impact;
    const first = impact.start[comp];
    let lo = first;
    let hi = first + impact.size[comp];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pool[mid] < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo - first;
  }
  const set = impact.dense[comp];
  if (set === null) throw internal(`impact set ${comp} is neither a list nor a bitset`);
  const full = limit >>> 5;
  let count = 0;
  for (let w = 0; w < full; w++) count += popcount(set[w]);
  if (limit & 31) count += popcount(set[full] & ((1 << (limit & 31)) - 1));
  return count;
}

/** How many functions, leading functions and services fail when `node` fails (not counting `node` itself). */
export function countImpact(
  impact: Impact,
  node: number,
): { functions: number; leading: number; services: number } {
  const comp = impact.comps.of[node];
  let functions = countBelow(impact, comp, impact.functionBits);
  let leading = countBelow(impact, comp, impact.leadingBits);
  let total = impact.size[comp];
  const self = impact.bitOf[node];
  if (self >= 0) {
    total -= 1; // a node is always in its own component's set
    if (self < impact.functionBits) functions -= 1;
    if (self < impact.leadingBits) leading -= 1;
  }
  return { functions, leading, services: total - functions };
}
