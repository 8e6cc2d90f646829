/**
 * Renders authored ```mermaid blocks to inline SVG at build time with the real mermaid package
 * in headless Chromium: one browser for the whole build, results cached on disk by content
 * hash. Without Chromium the block falls back to client-side mermaid, loaded lazily, and the
 * build says so once. Used by the Markdown/MDX pipeline (see astro.config.mjs).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../src/load/build-inputs.ts';

const CACHE = join(PROJECT_ROOT, 'node_modules', '.cache', 'itscm-mermaid');
const MERMAID = join(PROJECT_ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
// ITSCM_MERMAID=client forces the browser fallback (to test it, or to build without a browser on purpose).
const CHROMIUM =
  process.env.ITSCM_MERMAID === 'client'
    ? undefined
    : [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
        (p) => p && existsSync(p),
      );

let page: Promise<Page | undefined> | undefined;
let browser: Browser | undefined;
let warned = false;
/** True once a block had to fall back to client-side rendering in this build. */
export let usedFallback = false;

async function openPage(): Promise<Page | undefined> {
  if (!CHROMIUM) return undefined;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const p = await browser.newPage();
  await p.setContent('<!doctype html><html><body></body></html>');
  await p.addScriptTag({ path: MERMAID });
  await p.evaluate(() =>
    (window as unknown as { mermaid: { initialize(o: object): void } }).mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'neutral',
      fontFamily: 'system-ui, sans-serif',
      deterministicIds: true,
    }),
  );
  return p;
}

/** SVG markup for a mermaid definition, or undefined when no Chromium is available. */
export async function renderMermaid(code: string): Promise<string | undefined> {
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const cached = join(CACHE, `${hash}.svg`);
  if (CHROMIUM && existsSync(cached)) return readFileSync(cached, 'utf8');
  page ??= openPage();
  const p = await page;
  if (!p) {
    if (!warned)
      console.warn(
        '[itscm-mermaid] No Chromium found: mermaid diagrams in content fall back to client-side rendering (install chromium or set CHROMIUM_PATH).',
      );
    warned = true;
    usedFallback = true;
    return undefined;
  }
  const svg = await p.evaluate(
    async ([id, text]) =>
      (
        await (
          window as unknown as {
            mermaid: { render(i: string, t: string): Promise<{ svg: string }> };
          }
        ).mermaid.render(id, text)
      ).svg,
    [`mermaid-${hash}`, code] as const,
  );
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(cached, svg);
  return svg;
}

/** Closes the browser if one was started (end of build). */
export async function closeMermaid(): Promise<void> {
  await browser?.close();
  browser = undefined;
  page = undefined;
}
