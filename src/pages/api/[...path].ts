// The machine-readable API: every document of src/lib/render/api.ts as a static JSON file.
import type { APIRoute } from 'astro';
import { getApiDocuments } from '../../site/model.ts';

export function getStaticPaths() {
  return [...getApiDocuments().keys()].map((path) => ({
    params: { path: path.replace(/^api\//, '') },
  }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(getApiDocuments().get(`api/${params.path}`), null, 1), {
    headers: { 'content-type': 'application/json' },
  });
