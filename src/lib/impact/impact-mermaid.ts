/**
 * The picture of a change (impact-graph.ts) as a Mermaid flowchart, which GitHub draws in a
 * comment. Node ids are generated (n0, n1, ...), so no record id can break the syntax; labels
 * keep letters, digits and plain punctuation and write every other character as a Mermaid
 * entity code (#60; for "<"), so an untrusted title cannot close the label, inject HTML or end
 * the code block. Pure; O(nodes + edges).
 */
import { kindOf } from '../model/key.ts';
import type { GraphEdge, GraphNode, ImpactGraph } from './impact-graph.ts';

/** The longest label, in characters, before it is shortened with "…". */
const LABEL_LIMIT = 48;

/** `s` safe inside a quoted Mermaid label. */
export function toMermaidLabel(s: string): string {
  let chars = [...s.replace(/\s+/g, ' ').trim()];
  if (chars.length > LABEL_LIMIT) chars = [...chars.slice(0, LABEL_LIMIT - 1), '…'];
  return chars
    .map((c) => (/^[\p{L}\p{N} .,:/()'_-]$/u.test(c) ? c : `#${c.codePointAt(0)};`))
    .join('');
}

// Shapes tell the kinds apart without colour: service box, function stadium, vendor
// subroutine box, location hexagon.
const SHAPE: Record<string, [string, string]> = {
  services: ['["', '"]'],
  bia: ['(["', '"])'],
  vendors: ['[["', '"]]'],
  locations: ['{{"', '"}}'],
};

const ARROW: Record<GraphEdge['state'], Record<GraphEdge['type'], string>> = {
  kept: { hard: '-->', soft: '-.->' },
  added: { hard: '==>|added|', soft: '-.->|added, soft|' },
  removed: { hard: '-.-x|removed|', soft: '-.-x|removed|' },
  retyped: { hard: '-->|now hard|', soft: '-.->|now soft|' },
};

const CLASSES: Record<Exclude<GraphNode['state'], 'neighbour'>, string> = {
  added: 'fill:#dafbe1,stroke:#1a7f37,stroke-width:3px,color:#0d1117',
  removed: 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 3,color:#0d1117',
  edited: 'fill:#fff8c5,stroke:#9a6700,stroke-width:3px,color:#0d1117',
  affected: 'stroke:#0969da,stroke-width:2px,stroke-dasharray:2 2',
};

/** The flowchart source (without the code fence), dependents above their dependencies. */
export function toImpactMermaid(graph: ImpactGraph): string {
  const id = new Map(graph.nodes.map((n, i) => [n.key, `n${i}`]));
  const lines = ['flowchart TB'];
  for (const n of graph.nodes) {
    const [open, close] = SHAPE[kindOf(n.key)] ?? SHAPE.services;
    const label = toMermaidLabel(`${n.tier ? `T${n.tier} ` : ''}${n.title}`);
    lines.push(`  ${id.get(n.key)}${open}${label}${close}`);
  }
  for (const e of graph.edges)
    lines.push(`  ${id.get(e.from)} ${ARROW[e.state][e.type]} ${id.get(e.to)}`);
  for (const [state, style] of Object.entries(CLASSES)) {
    const ids = graph.nodes.filter((n) => n.state === state).map((n) => id.get(n.key));
    if (ids.length === 0) continue;
    lines.push(`  classDef ${state} ${style}`, `  class ${ids.join(',')} ${state}`);
  }
  return lines.join('\n');
}
