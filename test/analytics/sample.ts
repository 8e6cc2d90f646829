/** The sample organisation, and generated ones, as models at the fixed date the tests use. */
import { join } from 'node:path';
import yaml from 'js-yaml';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { generateOrganisation, type GenerateOptions } from '../../scripts/generate.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import type { RawRecord } from '../../src/lib/model/parse-records.ts';
import { AS_OF } from '../helpers.ts';

export function sampleModel() {
  const loaded = loadContentFolder(join(PROJECT_ROOT, 'src/content'));
  return buildModel({
    raws: loaded.raws,
    settings: loaded.settings,
    glossary: loaded.glossary,
    asOf: AS_OF,
    readIssues: loaded.issues,
  });
}

/** A generated organisation as a model, without touching the disk. */
export function generatedModel(services: number, options: Partial<GenerateOptions> = {}) {
  const files = generateOrganisation({ services, seed: 3, ...options });
  const raws: RawRecord[] = [];
  for (const [path, text] of files) {
    if (!path.includes('/')) continue;
    const [kind, name] = path.split('/');
    const m = /^---\n([\s\S]*?)---\n([\s\S]*)$/.exec(text)!;
    raws.push({
      kind: kind as RawRecord['kind'],
      id: name.replace(/\.md$/, ''),
      file: path,
      data: yaml.load(m[1]),
      body: m[2],
    });
  }
  return buildModel({ raws, settings: yaml.load(files.get('organisation.yaml')!), asOf: AS_OF });
}
