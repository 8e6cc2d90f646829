/** Published editions for the view tests: the sample organisation, the editions fixture, literals. */
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadContentFolder } from '../../src/load/content-folder.ts';
import { PROJECT_ROOT } from '../../src/load/build-inputs.ts';
import { buildModel } from '../../src/lib/model/build-model.ts';
import type { Model } from '../../src/lib/model/model.ts';
import type { Edition } from '../../src/lib/model/edition.ts';
import type { RecordKey } from '../../src/lib/model/key.ts';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { publish, type Published } from '../../src/lib/publish/publish.ts';
import { sampleModel } from '../analytics/sample.ts';
import { AS_OF, modelOf, type Rec } from '../helpers.ts';

const cache = new Map<string, Published>();

function cached(name: string, load: () => Model, edition: Edition): Published {
  const id = `${name}:${edition}`;
  let site = cache.get(id);
  if (!site) {
    const model = load();
    site = publish(model, analyse(model), edition);
    cache.set(id, site);
  }
  return site;
}

let sample: Model | undefined;
/** The sample organisation as `edition` shows it (internal leaves out people, some functions, risks, a plan and vendors). */
export const sampleSite = (edition: Edition): Published =>
  cached('sample', () => (sample ??= sampleModel()), edition);

/**
 * The editions fixture as `edition` shows it. Internal leaves out the confidential vault:
 * sales --> app --> secret-vault (confidential) --> keystore.
 */
export const editionsSite = (edition: Edition): Published =>
  cached(
    'editions',
    () => {
      const loaded = loadContentFolder(join(PROJECT_ROOT, 'test/fixtures/editions'));
      return buildModel({ raws: loaded.raws, settings: loaded.settings, asOf: AS_OF });
    },
    edition,
  );

/** Literal records published for `edition`. */
export function literalSite(recs: Rec[], edition: Edition, settings: unknown = {}): Published {
  const model = modelOf(recs, settings);
  expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return publish(model, analyse(model), edition);
}

/** Links as the site would make them, so tests can see which records a view links. */
export const href = (key: RecordKey): string => `/${key}/`;
export const page = (path = ''): string => `/${path}`;

/**
 * Fails when `view` names a record the edition leaves out: its key, its id as a word, or its
 * title anywhere in the view's data, unless what the edition shows says it itself (the
 * sample's internal "Nimbus Cloud exit plan" is named after a confidential vendor, and an
 * internal exercise's finding names the confidential "paygate" in its title).
 */
export function expectNoLeftOutRecord(site: Published, whole: Published, view: unknown): void {
  const json = JSON.stringify(view);
  const left = [...whole.model.index.values()].filter((e) => !site.shown.isShown(e.key));
  expect(left.length).toBeGreaterThan(0);
  const shownText = JSON.stringify([...site.model.index.values()].map((e) => [e.data, e.body]));
  const word = (s: string) => new RegExp(`(^|[^\\w-])${s}([^\\w-]|$)`);
  let checked = 0;
  for (const e of left) {
    expect(json, e.key).not.toContain(e.key);
    if (!word(e.id).test(shownText)) {
      checked++;
      expect(json, e.key).not.toMatch(word(e.id));
    }
    if (!shownText.includes(e.data.title)) expect(json, e.key).not.toContain(e.data.title);
  }
  // Most left-out ids are named nowhere the edition shows: the check above has teeth.
  expect(checked).toBeGreaterThan(left.length / 2);
}
