// The continuity figures of every service as Backstage annotations with a link to its record page, for a catalogue to show (src/lib/import/backstage.ts).
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { getAnalysis } from '../../site/model.ts';
import { keyUrl } from '../../site/url.ts';
import { toCatalogAnnotations } from '../../lib/import/backstage.ts';
import { formatDuration } from '../../lib/schema/duration.ts';

export const GET: APIRoute = ({ site }) => {
  const analysis = getAnalysis();
  const figures = analysis.recovery.nodes
    .filter((x) => x.kind === 'services')
    .map((x) => ({
      id: x.id,
      tier: x.tier,
      rto: x.rto.target === undefined ? undefined : formatDuration(x.rto.target),
      achievable: x.rto.achievable === undefined ? undefined : formatDuration(x.rto.achievable),
      wave: x.wave,
      gaps: analysis.about(x.key).gaps.length,
      url: site ? new URL(keyUrl(x.key), site).href : keyUrl(x.key),
    }));
  const body = toCatalogAnnotations(figures)
    .map((doc) => stringify(doc, { lineWidth: 0 }))
    .join('---\n');
  return new Response(body, { headers: { 'content-type': 'application/yaml; charset=utf-8' } });
};
