import { describe, it, expect } from 'vitest';
import { analyse } from '../../src/lib/analytics/analyse.ts';
import { toApiDocuments } from '../../src/lib/render/api.ts';
import { publish } from '../../src/lib/publish/publish.ts';
import { toJsonSchemas, API_VERSION } from '../../src/lib/render/api-schema.ts';
import { sampleModel, generatedModel } from './sample.ts';
import { AS_OF } from '../helpers.ts';

describe('toApiDocuments', () => {
  const model = sampleModel();
  const docs = toApiDocuments(publish(model, analyse(model), 'confidential'));

  it('writes an index listing the documents, with the version and the as-of date', () => {
    const index = docs.get('api/v1/index.json') as {
      apiVersion: string;
      asOf: string;
      documents: { path: string }[];
    };
    expect(index.apiVersion).toBe(API_VERSION);
    expect(index.asOf).toBe(AS_OF);
    expect(index.documents.map((d) => d.path)).toContain('api/v1/services.json');
  });

  it('gives every service its tier, RTO figures with paths, wave, rank and readiness', () => {
    const services = (docs.get('api/v1/services.json') as { data: Record<string, unknown>[] }).data;
    expect(services).toHaveLength(model.byKind.services.length);
    const ledger = services.find((s) => s.id === 'ledger-db') as {
      rto: { inversion: boolean; requiredPath: string[] };
      wave: number;
      readiness: unknown;
    };
    expect(ledger.rto.inversion).toBe(true);
    expect(ledger.rto.requiredPath.at(-1)).toBe('services/ledger-db');
    expect(ledger.wave).toBeGreaterThan(0);
    expect(ledger.readiness).not.toBeNull();
  });

  it('lists what fails with a service in its own document', () => {
    const dns = docs.get('api/v1/services/dns.json') as {
      data: { impacted: { functions: string[]; services: string[] } };
    };
    expect(dns.data.impacted.services).toContain('services/directory');
    expect(dns.data.impacted.functions.length).toBeGreaterThan(0);
  });

  it('writes gaps and reviews with their texts formatted and titles looked up in the model', () => {
    const gaps = (
      docs.get('api/v1/gaps.json') as {
        data: { key: string; title: string; message: string; fix: string }[];
      }
    ).data;
    const erp = gaps.find(
      (g) => g.key === 'services/erp-db' && g.message.startsWith('In ex-2026-01-database-restore'),
    )!;
    expect(erp.title).toBe(model.index.get('services/erp-db')!.data.title);
    expect(erp.message).toBe(
      'In ex-2026-01-database-restore (2026-01-24) erp-db recovered in 10h against its declared RTO of 8h.',
    );
    expect(gaps.every((g) => typeof g.message === 'string' && typeof g.fix === 'string')).toBe(
      true,
    );
    const reviews = (docs.get('api/v1/reviews.json') as { data: { detail: unknown }[] }).data;
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.every((r) => typeof r.detail === 'string')).toBe(true);
  });

  it('never writes NaN or undefined', () => {
    for (const [path, doc] of docs) expect(JSON.stringify(doc), path).not.toMatch(/NaN|undefined/);
  });

  it('publishes a JSON Schema for every document type', () => {
    const schema = toJsonSchemas() as { documents: Record<string, { type: string }> };
    expect(Object.keys(schema.documents)).toEqual(
      expect.arrayContaining([
        'records',
        'record',
        'scenarios',
        'reviews',
        'gaps',
        'risks',
        'readiness',
      ]),
    );
    expect(schema.documents.records.type).toBe('object');
  });

  it('keeps every single file linear in the number of records', () => {
    const sizes = (n: number) => {
      const m = generatedModel(n);
      const d = toApiDocuments(publish(m, analyse(m), 'confidential'));
      return new Map([...d].map(([p, doc]) => [p, JSON.stringify(doc).length]));
    };
    const small = sizes(150);
    const large = sizes(600);
    const largest = (s: Map<string, number>) => Math.max(...s.values());
    // Four times the records: a linear file grows about four times, a quadratic one sixteen.
    expect(largest(large) / largest(small)).toBeLessThan(7);
  });
});
