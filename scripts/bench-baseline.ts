/**
 * For the bench: a bare Astro project over the same content folder, the yardstick the site's
 * build is measured against: only @astrojs/mdx, one glob collection per kind with a schema that
 * lets everything through, and one page per record rendering its title and body. It uses this
 * project's installed packages (a node_modules link), so both builds run the same Astro.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from '../src/lib/schema/common.ts';
import { PROJECT_ROOT } from '../src/load/build-inputs.ts';

/** Writes the bare project into `dir` (emptied first), reading content from `content`. */
export function writeBaselineProject(dir: string, content: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/[kind]'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-baseline", "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const kind = (name: string) =>
  defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(content)} + '/' + name }),
    schema: z.looseObject({}),
  });
export const collections = {
${KINDS.map((k) => `  ${JSON.stringify(k)}: kind(${JSON.stringify(k)}),`).join('\n')}
};
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[kind]/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const kinds = ${JSON.stringify(KINDS)};
  const all = await Promise.all(kinds.map((k) => getCollection(k as never)));
  return all.flat().map((entry) => ({ params: { kind: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><h1>{entry.data.title}</h1><Content /></body></html>
`,
  );
}
