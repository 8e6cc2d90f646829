/**
 * Impact (blast radius): for every node, the business functions and services that fail with
 * it, through hard dependencies, transitively. Sets are bitsets over functions and services
 * (functions first), one per strongly connected component, filled dependents-first so each
 * edge costs one bitset union: O(edges x (functions + services) / 32) time and
 * O(components x (functions + services) / 32) memory.
 */
import type { Graph } from './graph.ts';
import type { Components } from './components.ts';

export interface Impact {
  /** Bit position of each node, or -1 for nodes that cannot fail with others (vendors, locations). */
  bitOf: Int32Array;
  /** Node of each bit. */
  nodeOfBit: Int32Array;
  /** Number of function bits (they come first). */
  functionBits: number;
  /** 32-bit words per set. */
  words: number;
  /** Set per component, including the component's own members (views into one buffer). */
  sets: Uint32Array[];
  comps: Components;
}

/** Computes the impact sets. */
export function computeImpact(graph: Graph, comps: Components): Impact {
  const n = graph.keys.length;
  const bitOf = new Int32Array(n).fill(-1);
  // Bits: functions first, then services dependents-first. Everything that fails with a node
  // depends on it, so it sits at a lower bit: a set never reaches past its own highest member,
  // and each union stops there (about half the work of full-width unions).
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (graph.kinds[i] === 'bia') order.push(i);
  const functionBits = order.length;
  for (let c = comps.members.length - 1; c >= 0; c--) for (const m of comps.members[c]) if (graph.kinds[m] === 'services') order.push(m);
  order.forEach((node, bit) => { bitOf[node] = bit; });
  const words = Math.max(1, Math.ceil(order.length / 32));
  const buffer = new Uint32Array(comps.members.length * words);
  const sets = comps.members.map((_, c) => buffer.subarray(c * words, (c + 1) * words));
  const top = new Int32Array(comps.members.length); // highest word in use per set, plus one
  for (let c = comps.members.length - 1; c >= 0; c--) {
    const at = c * words;
    let hi = 0;
    for (const m of comps.members[c]) {
      const bit = bitOf[m];
      if (bit >= 0) {
        buffer[at + (bit >>> 5)] |= 1 << (bit & 31);
        if ((bit >>> 5) + 1 > hi) hi = (bit >>> 5) + 1;
      }
      for (const d of graph.hardIn[m]) {
        const dc = comps.of[d];
        if (dc === c) continue;
        const from = dc * words;
        const limit = top[dc];
        for (let w = 0; w < limit; w++) buffer[at + w] |= buffer[from + w];
        if (limit > hi) hi = limit;
      }
    }
    top[c] = hi;
  }
  return { bitOf, nodeOfBit: Int32Array.from(order), functionBits, words, sets, comps };
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Nodes that fail when `node` fails (not counting `node` itself): functions first, then services dependents-first. */
export function impactedNodes(impact: Impact, node: number): number[] {
  const set = impact.sets[impact.comps.of[node]];
  const out: number[] = [];
  for (let w = 0; w < impact.words; w++) {
    let word = set[w];
    while (word) {
      const low = word & -word;
      const bit = (w << 5) + (31 - Math.clz32(low));
      const other = impact.nodeOfBit[bit];
      if (other !== node) out.push(other);
      word ^= low;
    }
  }
  return out;
}

/** How many functions and services fail when `node` fails (not counting `node` itself). */
export function countImpact(impact: Impact, node: number): { functions: number; services: number } {
  const set = impact.sets[impact.comps.of[node]];
  let functions = 0;
  let total = 0;
  const fWords = impact.functionBits >>> 5;
  for (let w = 0; w < impact.words; w++) {
    const c = popcount(set[w]);
    total += c;
    if (w < fWords) functions += c;
    else if (w === fWords && impact.functionBits & 31) functions += popcount(set[w] & ((1 << (impact.functionBits & 31)) - 1));
  }
  const self = impact.bitOf[node];
  if (self >= 0 && (set[self >>> 5] >>> (self & 31)) & 1) {
    total -= 1;
    if (self < impact.functionBits) functions -= 1;
  }
  return { functions, services: total - functions };
}

/** The functions that fail when `node` fails, ascending: a scan of the function bits only. */
export function impactedFunctions(impact: Impact, node: number): number[] {
  const set = impact.sets[impact.comps.of[node]];
  const out: number[] = [];
  const fWords = Math.ceil(impact.functionBits / 32);
  for (let w = 0; w < fWords; w++) {
    let word = set[w];
    while (word) {
      const low = word & -word;
      const bit = (w << 5) + (31 - Math.clz32(low));
      if (bit < impact.functionBits && impact.nodeOfBit[bit] !== node) out.push(impact.nodeOfBit[bit]);
      word ^= low;
    }
  }
  return out;
}
