/**
 * Self-checks in a browser: without JavaScript an answer stays hidden until its question is
 * opened; with JavaScript, "I knew it" and "Not yet" give a score for the page, kept on the
 * device (localStorage) and sent nowhere: no request leaves the page while answering.
 */
import { describe, it, expect } from 'vitest';
import { CHROMIUM, useSampleSite } from './browser.ts';

const GUIDE = '/guides/rto-rpo-mtpd-explained/';
const PLAN = '/plans/datacentre-failover/';

describe.skipIf(!CHROMIUM)('self-check questions', () => {
  const site = useSampleSite('serve.mjs', 'internal');

  it('hides each answer until its question is opened, with JavaScript off', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(new URL(GUIDE, site.base).href);
    const first = page.locator('[data-question]').first();
    const answer = first.locator('p').first();
    await expect(answer.isVisible()).resolves.toBe(false);
    await first.locator('summary').click();
    await expect(answer.isVisible()).resolves.toBe(true);
    await expect(answer.textContent()).resolves.not.toBe('');
    // No score and no buttons without JavaScript.
    await expect(page.locator('.self-check-buttons').count()).resolves.toBe(0);
    await ctx.close();
  });

  it('keeps a score on the device with JavaScript, and sends nothing while answering', async () => {
    const ctx = await site.browser.newContext();
    const page = await ctx.newPage();
    await page.goto(new URL(PLAN, site.base).href);
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const questions = page.locator('[data-question]');
    const n = await questions.count();
    expect(n).toBeGreaterThanOrEqual(3);
    await questions.nth(0).locator('summary').click();
    await questions.nth(0).getByRole('button', { name: 'I knew it' }).click();
    await questions.nth(1).locator('summary').click();
    await questions.nth(1).getByRole('button', { name: 'Not yet' }).click();
    await expect(page.locator('[data-score]').textContent()).resolves.toBe(
      `You knew 1 of ${n} (2 answered). Kept on this device only.`,
    );
    expect(requests).toEqual([]);
    // Remembered on the device: the score is back after a reload.
    await page.reload();
    await expect(page.locator('[data-score]').textContent()).resolves.toContain('You knew 1 of');
    await ctx.close();
  });
});
