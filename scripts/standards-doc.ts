/**
 * `npm run standards-doc`: writes docs/standards.md, the documented mapping of every standard's
 * requirements to what evidences them and the rule of each, from src/lib/analytics/standards/
 * (src/lib/render/standards-doc.ts). The file is committed; a unit test fails when it is out of
 * date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/load/build-inputs.ts';
import { STANDARDS_DOC, toStandardsDoc } from '../src/lib/render/standards-doc.ts';

writeFileSync(join(PROJECT_ROOT, STANDARDS_DOC), toStandardsDoc());
console.log(`Wrote ${STANDARDS_DOC}.`);
