/**
 * Turns raw records into the model in named layers: settings, file names, shape (schemas),
 * identity (duplicates), references (existence, kind, "did you mean"), then record rules.
 * Never throws for content problems: every problem becomes an Issue and all are returned.
 * O(records + references) apart from "did you mean", which runs only on bad references.
 */
import { KINDS, KIND_NOUN, type Kind, type RecordData, type Settings } from '../schema/index.ts';
import { SettingsSchema } from '../schema/settings.ts';
import { isId, toKebab } from '../schema/common.ts';
import {
  parseRecords,
  toIssues,
  type RawRecord,
  type ParsedRecord,
  type ZodIssue,
} from './parse-records.ts';
import { listReferences } from './references.ts';
import { checkRecordRules } from './record-rules.ts';
import { applySeverity, FIXED_ERRORS } from './severity.ts';
import { didYouMean, suggest } from './did-you-mean.ts';
import { sortIssues, showValue, toFieldPath, type FieldPath, type Issue } from './issue.ts';
import type { Entry, Model } from './model.ts';
import { keyOf, type RecordKey } from './key.ts';
import { NO_HISTORY, type ContentHistory } from '../git/history.ts';
import { parseGlossary } from './glossary.ts';

export interface ModelInput {
  raws: RawRecord[];
  /** organisation.yaml as parsed ({} when absent). */
  settings: unknown;
  /** glossary.yaml as parsed (undefined when absent): the terms pages link to. */
  glossary?: unknown;
  /** Today, YYYY-MM-DD: a build input, never the clock. */
  asOf: string;
  /** Problems found while reading files, reported with the rest. */
  readIssues?: Issue[];
  /** Name of the settings file, for messages. */
  settingsFile?: string;
  /**
   * The git history of the content folder (read once per build in src/load/git-facts.ts), a
   * build input like asOf; absent, the model says the history was not read.
   */
  history?: ContentHistory;
}

/**
 * Per kind, the lists of entries that each name a record, where one record may rightly be named
 * by several entries (a person with two roles in a team, a subject trained on again, a team
 * owning several findings, several results for one service): a repeat there is no
 * repeated-reference warning. Every kind has an entry, so a new kind does not compile until it
 * is decided.
 */
const REPEATABLE: { [K in Kind]: readonly (keyof RecordData<K> & string)[] } = {
  services: [],
  bia: [],
  plans: [],
  policies: [],
  risks: [],
  exercises: ['findings', 'results'],
  incidents: ['findings', 'services'],
  teams: ['members'],
  people: ['training'],
  vendors: [],
  locations: [],
  guides: [],
};

/** Rules whose fix is general; a setting's own rule says what to do itself. */
const GENERIC_RULES = new Set([
  'invalid',
  'unknown-field',
  'wrong-type',
  'required',
  'not-allowed',
]);

function parseSettings(raw: unknown, file: string, issues: Issue[]): Settings {
  const data = raw ?? {};
  const result = SettingsSchema.safeParse(data);
  if (result.success) return result.data;
  for (const zi of result.error.issues)
    issues.push(
      ...toIssues({ file, data, noun: 'settings file' }, SettingsSchema, zi as ZodIssue).map((i) =>
        GENERIC_RULES.has(i.rule)
          ? { ...i, fix: `${i.fix} Every setting and its default: src/lib/schema/settings.ts.` }
          : i,
      ),
    );
  return SettingsSchema.parse({});
}

/** The addresses of a list's later pages ("page-2": src/lib/render/paging.ts), no record's. */
const LIST_PAGE = /^page-(\d+)$/;

/** Builds the model and collects every issue. */
export function buildModel(input: ModelInput): Model {
  const issues: Issue[] = [...(input.readIssues ?? [])];
  const settings = parseSettings(input.settings, input.settingsFile ?? 'organisation.yaml', issues);
  const glossary = parseGlossary(input.glossary, issues);

  const named = input.raws.filter((r) => {
    if (isId(r.id)) {
      const page = LIST_PAGE.exec(r.id);
      // Kept, so that references to it resolve: the error alone stops the build.
      if (page)
        issues.push({
          severity: 'error',
          file: r.file,
          path: [],
          value: showValue(r.id),
          rule: 'reserved-file-name',
          message: `the file name "${r.id}" is the address of page ${page[1]} of the list of ${r.kind} (${r.kind}/${r.id}/), so the record would have no page of its own.`,
          fix: `Rename the file to a name that says what the record is, not "page-" and a number, and change the references to it.`,
        });
      return true;
    }
    issues.push({
      severity: 'error',
      file: r.file,
      path: [],
      value: showValue(r.id),
      rule: 'bad-file-name',
      message: `the file name "${r.id}" is not a kebab-case id.`,
      fix: `Rename the file to "${toKebab(r.id)}" with lower-case letters, digits and hyphens.`,
    });
    return false;
  });
  const parsed = parseRecords(named);
  // An id that is not kebab-case is often an existing record written another way: say which.
  const allIds = [...new Set(named.map((r) => r.id))];
  issues.push(
    ...parsed.issues.map((i) => {
      if (i.rule !== 'bad-id' || i.value === undefined) return i;
      const near = suggest(toKebab(i.value), allIds);
      return near
        ? {
            ...i,
            message: `${i.message} Did you mean "${near}"?`,
            fix: `Correct the id, probably to "${near}".`,
          }
        : i;
    }),
  );

  const byKind = Object.fromEntries(
    KINDS.map((k) => [k, [] as Entry[]]),
  ) as unknown as Model['byKind'];
  const index = new Map<RecordKey, Entry>();
  const firstFile = new Map<RecordKey, string>();
  for (const rec of parsed.records as ParsedRecord[]) {
    const key = keyOf(rec.kind, rec.id);
    const seen = firstFile.get(key);
    if (seen) {
      issues.push({
        severity: 'error',
        file: rec.file,
        path: [],
        value: showValue(rec.id),
        rule: 'duplicate-id',
        message: `the id "${rec.id}" is already used by ${seen}.`,
        fix: 'Ids must be unique within a kind: rename or delete one of the two files.',
      });
      continue;
    }
    firstFile.set(key, rec.file);
    const entry: Entry = { ...rec, key, refs: [], referencedBy: [] };
    index.set(key, entry);
    (byKind[rec.kind] as Entry[]).push(entry);
  }
  // Ids of records that failed their schema still exist for reference checks: their own errors are reported already.
  const existing = new Set([...index.keys(), ...named.map((r) => keyOf(r.kind, r.id))]);
  const idsOfKind = (k: Kind) => named.filter((r) => r.kind === k).map((r) => r.id);

  // What passes of records that failed their schema: their references and record rules are
  // checked in this round too (the records stay out of the model).
  const salvaged = parsed.salvaged.map((s) => ({
    complete: s.complete,
    writtenPath: s.writtenPath,
    entry: {
      ...s.record,
      key: keyOf(s.record.kind, s.record.id),
      refs: [],
      referencedBy: [],
    } as Entry,
  }));
  const inModel = new Set<Entry>();
  for (const kind of KINDS) {
    const repeatable: readonly string[] = REPEATABLE[kind];
    const checked: { entry: Entry; writtenPath?: (p: FieldPath) => FieldPath }[] = [
      ...(byKind[kind] as Entry[]).map((entry) => ({ entry })),
      ...salvaged.filter((s) => s.entry.kind === kind),
    ];
    for (const entry of byKind[kind] as Entry[]) inModel.add(entry);
    for (const { entry, writtenPath } of checked) {
      const start = issues.length;
      const seenIn = new Map<string, string>();
      for (const ref of listReferences(kind, entry.data as never)) {
        const listField = String(ref.path[0]);
        const dupKey = `${listField}:${ref.id}`;
        if (seenIn.has(dupKey) && !repeatable.includes(listField)) {
          issues.push({
            severity: 'warning',
            file: entry.file,
            key: entry.key,
            related: ref.kinds.map((k) => keyOf(k, ref.id)).filter((k) => existing.has(k)),
            path: ref.path,
            value: showValue(ref.id),
            rule: 'repeated-reference',
            message: `"${ref.id}" is listed twice (also at ${seenIn.get(dupKey)}).`,
            fix: 'Remove the repeated entry.',
          });
        }
        seenIn.set(dupKey, toFieldPath(ref.path));
        const target = ref.kinds.find((k) => existing.has(keyOf(k, ref.id)));
        if (!target) {
          const other = KINDS.find((k) => existing.has(keyOf(k, ref.id)));
          const nouns = ref.kinds.map((k) => KIND_NOUN[k]).join(' or ');
          if (other) {
            issues.push({
              severity: 'error',
              file: entry.file,
              key: entry.key,
              path: ref.path,
              value: showValue(ref.id),
              rule: 'wrong-kind',
              message: `"${ref.id}" is a ${KIND_NOUN[other]}, not a ${nouns}.`,
              fix: `Name a ${nouns} here (ids are in src/content/${ref.kinds[0]}/).`,
            });
          } else {
            const hint = didYouMean(ref.id, ref.kinds.flatMap(idsOfKind));
            issues.push({
              severity: 'error',
              file: entry.file,
              key: entry.key,
              path: ref.path,
              value: showValue(ref.id),
              rule: 'dangling-reference',
              message: `"${ref.id}" is not a ${nouns}.${hint}`,
              fix: hint
                ? `Correct the id${hint.replace(' Did you mean', ', probably to').replace('?', '')}.`
                : `Create ${ref.kinds[0]}/${ref.id}.mdx or name an existing ${nouns}.`,
            });
          }
          continue;
        }
        const to = index.get(keyOf(target, ref.id));
        if (!to || !inModel.has(entry)) continue;
        // The target's own id string: lookups by it compare one pointer instead of the characters.
        entry.refs.push({
          rel: ref.rel,
          kind: target,
          id: to.id,
          key: to.key,
          path: ref.path,
          ...(ref.soft === undefined ? {} : { soft: ref.soft }),
        });
        to.referencedBy.push({ rel: ref.rel, kind, id: entry.id, key: entry.key, path: ref.path });
      }
      if (writtenPath)
        for (let i = start; i < issues.length; i++)
          issues[i] = { ...issues[i], path: writtenPath(issues[i].path) };
    }
  }
  for (const kind of KINDS) {
    (byKind[kind] as Entry[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const entry of byKind[kind] as Entry[])
      issues.push(...checkRecordRules(entry, { settings, asOf: input.asOf, index }));
  }
  // Paths in what was kept of a failed record are given as the file writes them.
  for (const s of salvaged)
    if (s.complete)
      issues.push(
        ...checkRecordRules(s.entry, { settings, asOf: input.asOf, index }).map((i) => ({
          ...i,
          path: s.writtenPath(i.path),
        })),
      );
  for (const [rule, level] of Object.entries(settings.severity))
    if (level === 'warning' && FIXED_ERRORS.has(rule))
      issues.push({
        severity: 'warning',
        file: input.settingsFile ?? 'organisation.yaml',
        path: ['severity', rule],
        value: showValue(level),
        rule: 'fixed-severity',
        message: `"${rule}" cannot be lowered to a warning: a record with it cannot be read or linked.`,
        fix: `Remove "${rule}" from severity, and fix the records it names.`,
      });
  // Each scenario is a page of its own: two with one id would silently lose one.
  const scenarioIds = new Map<string, number>();
  settings.scenarios.forEach((sc, i) => {
    const first = scenarioIds.get(sc.id);
    if (first === undefined) return void scenarioIds.set(sc.id, i);
    issues.push({
      severity: 'error',
      file: input.settingsFile ?? 'organisation.yaml',
      path: ['scenarios', i, 'id'],
      value: showValue(sc.id),
      rule: 'duplicate-id',
      message: `the scenario id "${sc.id}" is already used by scenarios[${first}].`,
      fix: 'Give each scenario its own id.',
    });
  });
  settings.scenarios.forEach((sc, i) =>
    sc.lose.forEach((key, j) => {
      if (/^(services|vendors|locations)\//.test(key) && index.has(key as RecordKey)) return;
      issues.push({
        severity: 'error',
        file: input.settingsFile ?? 'organisation.yaml',
        path: ['scenarios', i, 'lose', j],
        value: showValue(key),
        rule: 'dangling-reference',
        message: `"${key}" is not a service, vendor or location.${didYouMean(
          key,
          [...index.keys()].filter((k) => /^(services|vendors|locations)\//.test(k)),
        )}`,
        fix: 'Write "services/<id>", "vendors/<id>" or "locations/<id>" with an existing id.',
      });
    }),
  );
  // A cost per hour for a level the scale does not have would silently cost nothing.
  const levels = settings.impactScale.map((l) => l.level);
  for (const level of Object.keys(settings.costOfDowntime.perHour))
    if (!levels.includes(level))
      issues.push({
        severity: 'error',
        file: input.settingsFile ?? 'organisation.yaml',
        path: ['costOfDowntime', 'perHour', level],
        value: showValue(level),
        rule: 'unknown-impact-level',
        message: `"${level}" is not an impact level, so its cost per hour would never be used.${didYouMean(level, levels)}`,
        fix: `Use one of: ${levels.join(', ')} (the levels of impactScale), or remove it.`,
      });
  for (const entry of index.values())
    entry.referencedBy.sort(
      (a, b) =>
        a.kind.localeCompare(b.kind) ||
        a.id.localeCompare(b.id) ||
        toFieldPath(a.path).localeCompare(toFieldPath(b.path)),
    );
  return {
    asOf: input.asOf,
    settings,
    glossary,
    history: input.history ?? NO_HISTORY,
    byKind,
    index,
    issues: sortIssues(applySeverity(issues, settings.severity)),
    edition: 'confidential' as const,
    left: 0,
  };
}
