import { loadContentFolder, resolveContentDir } from './content.ts';
import { parseRecords } from '../src/lib/model/parse-records.ts';
import { formatIssue, sortIssues } from '../src/lib/model/issue.ts';
const loaded = loadContentFolder(resolveContentDir());
const { issues } = parseRecords(loaded.raws);
const all = sortIssues([...loaded.issues, ...issues]);
for (const i of all) console.log(formatIssue(i));
console.log(`${loaded.raws.length} records, ${all.length} problems`);
process.exit(all.some((i) => i.severity === 'error') ? 1 : 0);
