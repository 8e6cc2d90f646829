import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { KINDS, SCHEMAS, type Kind } from '../../src/lib/schema/index.ts';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { toModel } from '../../src/load/load-model.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { fieldOf } from '../../src/lib/model/issue.ts';
import { planNewRecord, readTemplate, toKebab, writeNewRecord } from '../../scripts/new.ts';
import { AS_OF, MINIMAL } from '../helpers.ts';

/** The values a test author would write for each placeholder of a kind. */
const filled = (kind: Kind): Record<string, unknown> => ({
  title: `A new ${kind} record`,
  owner: 'ops',
  ...MINIMAL[kind],
});

/** Replaces every `key: TODO` line with the value the kind needs. */
const fill = (kind: Kind, text: string): string =>
  text.replace(/^(\s*)(\w+): TODO\b.*$/gm, (_, indent: string, key: string) => {
    const value = filled(kind)[key];
    if (value === undefined) throw new Error(`no value to fill ${kind}.${key} with`);
    return `${indent}${key}: ${JSON.stringify(value)}`;
  });

/** The template with every commented-out field written in: "# key: value" and "#   - item". */
const uncomment = (text: string): string => text.replace(/^# (?=[A-Za-z]\w*:|\s)/gm, '');

const frontmatterOf = (text: string): unknown =>
  yaml.load(/^---\n([\s\S]*?\n)---\n/.exec(text)![1]);

let dir: string;
beforeEach(() => {
  // The smallest content folder a new record can be checked in: settings and the owning team.
  dir = mkdtempSync(join(tmpdir(), 'itscm-new-'));
  writeFileSync(join(dir, 'organisation.yaml'), 'name: New Ltd\n');
  mkdirSync(join(dir, 'teams'));
  writeFileSync(join(dir, 'teams', 'ops.md'), '---\ntitle: Operations\nowner: ops\n---\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const env = () => ({ ITSCM_CONTENT: dir });
const messageOf = (args: string[]): string => {
  try {
    planNewRecord(args, env());
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('planNewRecord', () => {
  it('refuses an unknown kind, suggesting the nearest', () => {
    expect(messageOf(['servces', 'x'])).toMatchInlineSnapshot(
      `""servces" is not a record kind. Did you mean "services"? Kinds: services, bia, plans, policies, risks, exercises, incidents, teams, people, vendors, locations, guides."`,
    );
    expect(messageOf(['plan', 'x'])).toContain('Did you mean "plans"?');
  });

  it('refuses an id that is not kebab-case, suggesting one', () => {
    expect(messageOf(['services', 'Payments API'])).toMatchInlineSnapshot(
      `""Payments API" is not an id: write it in kebab-case (lower-case letters and digits, single hyphens between), as it becomes the file name. Did you mean "payments-api"?"`,
    );
    expect(messageOf(['services', '---'])).not.toContain('Did you mean');
  });

  it('refuses a record that exists as .md or .mdx', () => {
    expect(messageOf(['teams', 'ops'])).toBe(
      `${join(dir, 'teams', 'ops.md')} already exists: edit it, or choose another id.`,
    );
    writeNewRecord(['services', 'erp'], env(), null);
    expect(messageOf(['services', 'erp'])).toContain('services/erp.mdx already exists');
  });

  it('refuses a content folder that does not exist, and a wrong number of arguments', () => {
    expect(() => planNewRecord(['teams', 'x'], { ITSCM_CONTENT: join(dir, 'nope') })).toThrow(
      /^the content folder .*nope does not exist: set ITSCM_CONTENT/,
    );
    expect(messageOf(['teams'])).toMatch(
      /^usage: npm run new -- <kind> <id>, where kind is one of services, bia/,
    );
  });
});

describe('toKebab', () => {
  it('turns a title into the id it would have', () => {
    expect(['Payments API', 'Café Ölbar', ' erp_db 2 ', '!!'].map(toKebab)).toEqual([
      'payments-api',
      'cafe-olbar',
      'erp-db-2',
      '',
    ]);
  });
});

describe('npm run new', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/new.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, ITSCM_CONTENT: dir },
    });

  it('exits 2 with one line and no stack trace on a mistake', () => {
    const r = run('servces', 'x');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^npm run new: "servces" is not a record kind\. Did you mean "services"\?/,
      ),
    ]);
  });

  it('writes the template and says what to do next', () => {
    const r = run('services', 'payments-api');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Replace each TODO');
    expect(readFileSync(join(dir, 'services', 'payments-api.mdx'), 'utf8')).toBe(
      readTemplate('services'),
    );
  });
});

describe('the templates', () => {
  it.each(KINDS)(
    '%s: has every required field, and every field it comments out is valid',
    (kind) => {
      const text = readTemplate(kind);
      const schema = JSON.parse(
        readFileSync(join(PROJECT_ROOT, 'schemas', `${kind}.schema.json`), 'utf8'),
      ) as { required: string[] };
      const data = frontmatterOf(text) as Record<string, unknown>;
      expect(Object.keys(data)).toEqual(expect.arrayContaining(schema.required));
      // What the author gets when every placeholder is filled and every field uncommented.
      const full = frontmatterOf(fill(kind, uncomment(text))) as Record<string, unknown>;
      const parsed = SCHEMAS[kind].safeParse(full);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(Object.keys(full).length).toBeGreaterThan(Object.keys(data).length);
    },
  );
});

describe('writeNewRecord', () => {
  it('gives records the check refuses, naming each placeholder, and that pass once filled in', () => {
    for (const kind of KINDS) writeNewRecord([kind, `new-${kind}`], env(), null);
    const check = () => {
      const model = toModel(loadContentFolder(dir), { asOf: AS_OF });
      return model.issues
        .filter((i) => i.severity === 'error')
        .map((i) => `${i.file} ${fieldOf(i)} ${i.rule}`);
    };
    const expected = KINDS.flatMap((kind) =>
      [...readTemplate(kind).matchAll(/^(\w+): TODO\b/gm)].map(
        (m) => `${kind}/new-${kind}.mdx ${m[1]} placeholder`,
      ),
    );
    expect(check().sort()).toEqual(expected.sort());
    for (const kind of KINDS) {
      const file = join(dir, kind, `new-${kind}.mdx`);
      writeFileSync(file, fill(kind, readFileSync(file, 'utf8')));
    }
    expect(check()).toEqual([]);
  });
});
