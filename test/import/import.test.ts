/**
 * npm run import end to end, and the registers the build exports: a 262-system inventory
 * with messy real-world names, tier labels and no RTOs imports in one run into records that
 * pass the check, its re-import changes nothing, and its CSV export re-imports unchanged; a
 * BIA sheet with three deliberate errors reports exactly those, at their row and column, and
 * writes nothing; every register of the sample round-trips through CSV and XLSX unchanged.
 */
import { describe, it, expect, afterAll, beforeAll, onTestFinished } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import { parseCsv, readSheets } from '../../src/load/read-sheet.ts';
import { planImport } from '../../src/load/import-records.ts';
import { importSheet } from '../../src/lib/import/import-sheet.ts';
import { IMPORT_KINDS } from '../../src/lib/import/columns.ts';
import { toCsv, toDoraRegister, toRegister, toRegisters } from '../../src/lib/export/registers.ts';
import { toWorkbook } from '../../src/lib/export/workbook.ts';
import { analyseRecovery } from '../../src/lib/analytics/recovery.ts';
import { parseDuration } from '../../src/lib/schema/duration.ts';
import type { Kind } from '../../src/lib/schema/index.ts';
import { AS_OF } from '../helpers.ts';

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/import');

/** Runs npm run import's script on `args` with the content folder `content`. */
function runImport(content: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/import.ts'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ITSCM_CONTENT: content, ITSCM_AS_OF: AS_OF },
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Every file under `dir` with its text. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d, { withFileTypes: true }))
      if (name.isDirectory()) walk(join(d, name.name), `${rel}${name.name}/`);
      else out.set(`${rel}${name.name}`, readFileSync(join(d, name.name), 'utf8'));
  };
  walk(dir, '');
  return out;
}

const modelOfFolder = (dir: string) => {
  const loaded = loadContentFolder(dir);
  return buildModel({ raws: loaded.raws, settings: loaded.settings, asOf: AS_OF });
};

/** What the content knows, as the import resolves references. */
const knownOf = (dir: string) => {
  const loaded = loadContentFolder(dir);
  const known: Partial<Record<Kind, { id: string; title: string }[]>> = {};
  for (const r of loaded.raws)
    (known[r.kind] ??= []).push({
      id: r.id,
      title: String((r.data as { title?: string }).title),
    });
  return { loaded, known };
};

const TIERS = [
  { tier: 1, name: 'Critical', maxRto: 240 },
  { tier: 2, name: 'Essential', maxRto: 1440 },
  { tier: 3, name: 'Important', maxRto: 4320 },
  { tier: 4, name: 'Deferrable', maxRto: 40320 },
];

describe('npm run import on a 262-system inventory', () => {
  const work = mkdtempSync(join(tmpdir(), 'itscm-import-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const content = join(work, 'content');
  const sheet = join(work, 'inventory.csv');
  let first: { status: number | null; out: string };
  beforeAll(() => {
    mkdirSync(content);
    writeFileSync(join(content, 'organisation.yaml'), 'name: Handbook Inc\n');
    cpSync(join(FIXTURES, 'inventory.csv'), sheet);
    first = runImport(content, sheet, '--kind', 'services');
  }, 60_000);

  it('imports in one run into records that pass the check, names kept as titles', () => {
    expect(first.status, first.out).toBe(0);
    const model = modelOfFolder(content);
    expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(model.byKind.services).toHaveLength(262);
    expect(model.byKind.teams).toHaveLength(12);
    const byTitle = new Map(model.byKind.services.map((s) => [s.data.title, s]));
    // Real names made ids; two names that make one id are told apart, visibly.
    expect(byTitle.get('db (MySQL/MariaDB)')?.id).toBe('db');
    expect(byTitle.get('db (PostgreSQL primary)')?.id).toBe('db-postgresql-primary');
    expect(byTitle.get('payment-gateway (paypal.com, external)')?.id).toBe('payment-gateway');
    expect(byTitle.get('smtp.163.com (external SMTP)')?.id).toBe('smtp-163-com');
    expect(byTitle.get('external_license_db')?.id).toBe('external-license-db');
    expect(first.out).toContain(
      '"db (PostgreSQL primary)" and "db (MySQL/MariaDB)" both make the id "db"',
    );
    // Tier labels through the tier table, without RTOs: the tier's RTO.
    expect(byTitle.get('db (MySQL/MariaDB)')?.data.rto).toBe(240);
    // A formula-like note is kept as text.
    expect(model.byKind.services.some((s) => s.data.summary === '=HYPERLINK("http://evil")')).toBe(
      true,
    );
    // Dependencies by title, separated by comma, semicolon, pipe or new line.
    expect(model.byKind.services.filter((s) => s.data.dependsOn.length > 0).length).toBeGreaterThan(
      50,
    );
    expect(existsSync(`${sheet}.import.yaml`)).toBe(true);
  });

  it('changes nothing when the same sheet is imported again', () => {
    const before = tree(content);
    const again = runImport(content, sheet, '--kind', 'services');
    expect(again.status, again.out).toBe(0);
    expect(again.out).toContain('262 records: 0 new, 0 changed, 262 unchanged');
    expect(tree(content)).toEqual(before);
  });

  it('re-imports its own CSV export unchanged', () => {
    const before = tree(content);
    const exported = join(work, 'services-export.csv');
    writeFileSync(exported, toCsv(toRegister(modelOfFolder(content), 'services')));
    const r = runImport(content, exported, '--kind', 'services');
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('262 records: 0 new, 0 changed, 262 unchanged');
    expect(tree(content)).toEqual(before);
  });

  it('says what a dry run would write, and writes nothing', () => {
    const before = tree(content);
    const edited = join(work, 'edited.csv');
    writeFileSync(edited, 'name;rto;owner\nSlack;2 hours;\nBrand new system;1 day;IT Operations\n');
    const r = runImport(content, edited, '--kind', 'services', '--dry-run');
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('would write changed services/slack.mdx: rto');
    expect(r.out).toContain(
      'would write new services/brand-new-system.mdx: title, rto, owner, kind',
    );
    expect(r.out).toContain('kind "application" for 1 new record that gives none');
    expect(tree(content)).toEqual(before);
  });

  it('reports the three errors of a BIA sheet with row and column, and writes nothing', () => {
    const before = tree(content);
    const r = runImport(content, join(FIXTURES, 'bia.csv'), '--kind', 'bia');
    expect(r.status).toBe(1);
    const lines = r.out.split('\n').filter((l) => /^bia\.csv row \d+/.test(l));
    expect(lines.map((l) => l.split(':')[0])).toEqual([
      'bia.csv row 3, column D (RTO)',
      'bia.csv row 4, column C (Tier)',
      'bia.csv row 6, column G (Systems)',
    ]);
    expect(lines[0]).toContain('longer than the MTPD');
    expect(lines[1]).toContain('"Gold" names no tier');
    expect(lines[2]).toContain('"Refund engine" names no service');
    expect(r.out).toContain('3 problems: nothing written.');
    expect(tree(content)).toEqual(before);
  });
});

describe('the registers of the sample', () => {
  const dir = join(PROJECT_ROOT, 'src/content');
  const { loaded, known } = knownOf(dir);
  const model = buildModel({ raws: loaded.raws, settings: loaded.settings, asOf: AS_OF });

  for (const kind of IMPORT_KINDS)
    it(`round-trip: the ${kind} register exported as CSV imports again without a change`, () => {
      const sheet = parseCsv(toCsv(toRegister(model, kind)), `${kind}.csv`);
      const result = importSheet(sheet, kind, { known, tiers: TIERS });
      expect(result.problems).toEqual([]);
      expect(result.teams).toEqual([]);
      expect(result.records).toHaveLength(model.byKind[kind].length);
      const { changes, unchanged } = planImport(loaded, result.records);
      expect(changes.map((c) => `${c.file}: ${c.fields.join(', ')}`)).toEqual([]);
      expect(unchanged).toBe(model.byKind[kind].length);
    });

  it('writes one workbook with a sheet per register, the same bytes every time, that reads back as the CSVs', async () => {
    const sheets = [...toRegisters(model)];
    const a = await toWorkbook(sheets, AS_OF);
    const b = await toWorkbook(sheets, AS_OF);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'itscm-xlsx-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'registers.xlsx');
    writeFileSync(file, a);
    const read = await readSheets(file);
    expect(read.map((s) => s.name)).toEqual([...IMPORT_KINDS]);
    for (const [i, [, table]] of sheets.entries())
      expect(read[i].rows.map((r) => r.map((c) => c ?? ''))).toEqual(table);
  });

  it('exports the DORA table as CSV with one row per critical or important function', () => {
    const recovery = analyseRecovery(model);
    const csv = toCsv(toDoraRegister(model, (k) => recovery.byKey.get(k)));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const critical = recovery.nodes.filter((x) => x.kind === 'bia' && (x.tier ?? 9) <= 2);
    expect(rows.map((r) => r.function_id)).toEqual(critical.map((x) => x.id).sort());
    const orderIntake = rows.find((r) => r.function_id === 'order-intake')!;
    const x = recovery.byKey.get('bia/order-intake')!;
    expect(Number(orderIntake.rto_hours)).toBe(x.rto.target! / 60);
    expect(orderIntake.critical_or_important).toBe('critical');
    expect(orderIntake.ict_services.split('; ')).toContain('ledger-db');
    expect(orderIntake.third_party_providers.split('; ')).toContain('paygate');
    expect(parseDuration(`${orderIntake.mtpd_hours}h`)).toBeGreaterThan(0);
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    const hostile = {
      ...model,
      byKind: {
        ...model.byKind,
        teams: [
          {
            ...model.byKind.teams[0],
            data: { ...model.byKind.teams[0].data, summary: '=HYPERLINK("http://x")' },
          },
        ],
      },
    };
    const csv = toCsv(toRegister(hostile, 'teams'));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(
      csv
        .split('\r\n')
        .slice(1)
        .some((l) => /(^|,)=/.test(l)),
    ).toBe(false);
  });
});

describe('npm run import on a Backstage catalogue', () => {
  const work = mkdtempSync(join(tmpdir(), 'itscm-backstage-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const content = join(work, 'content');
  const mapping = join(work, 'catalogue.import.yaml');
  const catalogue = join(FIXTURES, 'catalog-info.yaml');
  let first: { status: number | null; out: string };
  beforeAll(() => {
    mkdirSync(content);
    writeFileSync(join(content, 'organisation.yaml'), 'name: Backstage Shop\n');
    first = runImport(content, catalogue, '--mapping', mapping);
  }, 60_000);

  it('brings 53 entities in: Groups as teams, Components, Resources and Systems as services, passing the check', () => {
    expect(first.status, first.out).toBe(0);
    const model = modelOfFolder(content);
    expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(model.byKind.teams.map((t) => t.id).sort()).toEqual([
      'data-team',
      'identity-team',
      'payments-team',
      'platform-team',
      'sre',
      'storefront-team',
    ]);
    expect(model.byKind.services).toHaveLength(47);
    const get = (id: string) => model.byKind.services.find((s) => s.id === id)!;
    // spec.owner and spec.dependsOn (entity references), spec.lifecycle, the tier annotation.
    expect(get('checkout-service').data.owner).toBe('payments-team');
    expect(get('checkout-service').data.dependsOn.map((d) => d.service)).toEqual([
      'cart-service',
      'payments-api',
      'orders-api',
    ]);
    expect(get('recommendations').data.lifecycle).toBe('planned');
    expect(get('legacy-admin').data.lifecycle).toBe('deprecated');
    expect(get('orders-db').data.kind).toBe('data');
    expect(get('reporting-api').data.rto).toBe(40320);
    // A System depends on the components and resources that name it in spec.system.
    expect(get('checkout').data.kind).toBe('business-service');
    expect(get('checkout').data.dependsOn.map((d) => d.service)).toContain('payments-api');
    expect(first.out).toContain('left aside (not a Component, Resource, System or Group)');
  });

  it('changes nothing when the catalogue is imported again', () => {
    const before = tree(content);
    const again = runImport(content, catalogue, '--mapping', mapping);
    expect(again.status, again.out).toBe(0);
    expect(again.out).toContain('0 new, 0 changed, 53 unchanged');
    expect(tree(content)).toEqual(before);
  });

  it('reports an entity that names an unknown component at its file and line', () => {
    const broken = join(work, 'broken.yaml');
    writeFileSync(
      broken,
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: lonely\nspec:\n  owner: sre\n  dependsOn: [component:nowhere]\n',
    );
    const r = runImport(content, broken, '--mapping', join(work, 'broken.import.yaml'));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(
      /broken\.yaml line 1, column F \(dependsOn\): "nowhere" names no service/,
    );
  });
});
