// Collections: loader + schema, nothing else. The folder comes from ITSCM_CONTENT (default src/content).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { SCHEMAS, KINDS } from './lib/schema/index.ts';
import { resolveContentDir } from '../scripts/content.ts';

const dir = resolveContentDir();

export const collections = Object.fromEntries(
  KINDS.map((kind) => [
    kind,
    defineCollection({
      loader: glob({ pattern: '[^_]*.{md,mdx}', base: `${dir}/${kind}` }),
      schema: SCHEMAS[kind],
    }),
  ]),
) as { [K in (typeof KINDS)[number]]: ReturnType<typeof defineCollection> };
