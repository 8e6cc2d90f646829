// Collections: one per kind, each fed by the records loader from the build's one read of the
// content folder. No schema: the model validates every record and reports every problem;
// Astro's own check would stop at the first bad entry.
import { defineCollection } from 'astro:content';
import { KINDS } from './lib/schema/index.ts';
import { recordsLoader } from './load/records-loader.ts';

export const collections = Object.fromEntries(
  KINDS.map((kind) => [kind, defineCollection({ loader: recordsLoader(kind) })]),
) as { [K in (typeof KINDS)[number]]: ReturnType<typeof defineCollection> };
