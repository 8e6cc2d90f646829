import { describe, it, expect, inject } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sampleModel } from '../analytics/sample.ts';

const model = sampleModel();
const read = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The text of a page: tags gone, spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('role pages', () => {
  it('a role named in a sample plan step has a page listing its holders and its steps', () => {
    const plan = model.index.get('plans/warehouse-continuity');
    expect(plan?.kind).toBe('plans');
    const dist = inject('internalDist');
    const html = read(dist, 'roles/warehouse-operations-manager');
    const t = text(html);
    expect(t).toContain('Warehouse operations manager');
    expect(html).toContain('href="/people/quinn-adeyemi/"');
    expect(html).toMatch(/href="tel:\+\d+"/);
    expect(html).toContain('href="/plans/warehouse-continuity/#step-confirm-outage"');
    expect(t).toContain('In the first hour');
    expect(text(read(dist, 'roles'))).toContain('Warehouse operations manager');
  });

  it('the internal edition names nothing restricted on a role or learning path page, and counts it', () => {
    const dist = inject('internalDist');
    const left = [...model.index.values()].filter((e) => e.data.classification === 'confidential');
    expect(left.length).toBeGreaterThan(0);
    const shown = [...model.index.values()]
      .filter((e) => e.data.classification !== 'confidential')
      .map((e) => JSON.stringify([e.data, e.body]));
    const pages = [
      ...readdirSync(join(dist, 'roles'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `roles/${d.name}`),
      'roles',
      'learn',
      ...readdirSync(join(dist, 'learn'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `learn/${d.name}`),
    ];
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      const html = read(dist, p);
      for (const e of left) {
        expect(html, `${p} links ${e.key}`).not.toContain(`/${e.key}/`);
        if (!shown.some((s) => s.includes(e.data.title)))
          expect(html, `${p} names ${e.key}`).not.toContain(e.data.title);
      }
    }
    // The confidential ransomware plan has a step for the backup administrator: counted there.
    expect(text(read(dist, 'roles/backup-administrator'))).toMatch(
      /1 more plan with steps in this role is on records this edition does not name/,
    );
    expect(existsSync(join(dist, 'plans/ransomware-response'))).toBe(false);
  });
});
