// The machine-readable API in `astro dev` only (scripts/astro-api.ts injects it): every document of
// src/lib/render/api.ts as JSON. `astro build` writes the same files directly after the pages.
import type { APIRoute } from 'astro';
import { getApiDocuments } from './model.ts';

export function getStaticPaths() {
  return [...getApiDocuments().keys()].map((path) => ({
    params: { path: path.replace(/^api\//, '') },
  }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(getApiDocuments().get(`api/${params.path}`), null, 1), {
    headers: { 'content-type': 'application/json' },
  });
