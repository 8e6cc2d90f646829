/** The sample organisation as a model at the fixed date the tests use. */
import { join } from 'node:path';
import { loadContentFolder, PROJECT_ROOT } from '../../scripts/content.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { AS_OF } from '../helpers.ts';

export function sampleModel() {
  const loaded = loadContentFolder(join(PROJECT_ROOT, 'src/content'));
  return buildModel({ raws: loaded.raws, settings: loaded.settings, asOf: AS_OF, readIssues: loaded.issues });
}
