/**
 * Reads a Backstage software catalogue: one catalog-info.yaml file, or every .yaml/.yml file
 * under a folder (in path order), each document an entity, with the line it starts on. A file
 * that is not YAML is an InputError naming it and the line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { InputError } from './build-inputs.ts';
import type { CatalogEntity } from '../lib/import/backstage.ts';

/** The catalogue files of `path`: itself, or the YAML files under it. */
function filesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/i.test(e.name)) out.push(p);
    }
  };
  walk(path);
  return out;
}

/** Every entity of the catalogue at `path`, named by its file relative to `path` (or its name). */
export function readCatalog(path: string): CatalogEntity[] {
  let files: string[];
  try {
    files = filesOf(path);
  } catch (e) {
    throw new InputError(
      `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}).`,
    );
  }
  const out: CatalogEntity[] = [];
  for (const f of files) {
    const name = relative(statSync(path).isDirectory() ? path : join(f, '..'), f) || f;
    const text = readFileSync(f, 'utf8');
    for (const doc of parseAllDocuments(text)) {
      if (!('errors' in doc)) continue;
      const start = doc.range?.[0] ?? 0;
      const line = text.slice(0, start).split('\n').length;
      if (doc.errors.length > 0)
        throw new InputError(
          `${name}: line ${line}: not readable as YAML: ${doc.errors[0].message}`,
        );
      const entity = doc.toJS({ maxAliasCount: 100 });
      if (entity !== null && entity !== undefined) out.push({ file: name, line, entity });
    }
  }
  return out;
}
