import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serve } from './serve.mjs';
import { countMapPixels, mapRegion, startSession, waitForMap, type Session } from './browser';
import { BASE_PATH } from './global-setup';
import { CSP } from './csp';
import { LIGHT } from '../../src/map/theme';

/** Every view a reader can reach: explore, an embed, the presenter, an imported file, and Export image. */
async function visitEveryView(page: Page, base: string) {
  await page.goto(base);
  await waitForMap(page);
  await expect.poll(() => countMapPixels(page, LIGHT.sea)).toBeGreaterThan(1000);
  await mapRegion(page).getByRole('group', { name: 'Events on the map' }).waitFor({ state: 'attached' });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export image' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.png$/);

  await page.getByRole('button', { name: 'Present' }).click();
  await page.getByRole('region', { name: 'Presentation' }).waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Stories' }).click();
  const dialog = page.getByRole('dialog', { name: 'Stories' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose a file…' }).click()]);
  await chooser.setFiles(join('tests', 'fixtures', 'import', 'timelinejs-places.csv'));
  const report = page.getByRole('dialog', { name: /^Import report: / });
  await report.waitFor();
  await report.getByRole('button', { name: 'Close' }).click();
  await waitForMap(page);
  await expect.poll(() => countMapPixels(page, LIGHT.sea)).toBeGreaterThan(1000);

  await page.goto(`${base}?embed=1`);
  await waitForMap(page);
  await expect.poll(() => countMapPixels(page, LIGHT.sea)).toBeGreaterThan(1000);
}

describe('under the documented Content-Security-Policy', () => {
  let server: Server;
  let base: string;
  let s: Session;
  const violations: string[] = [];
  beforeAll(async () => {
    server = (await serve({ prefix: BASE_PATH, headers: { 'content-security-policy': CSP } })) as Server;
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE_PATH}`;
    s = await startSession();
    // Violations in the page, reported as events on every page loaded; those in workers show as console errors.
    await s.context.exposeFunction('__cspViolation', (v: string) => violations.push(v));
    await s.context.addInitScript(() => {
      const report = (window as unknown as { __cspViolation(v: string): void }).__cspViolation;
      document.addEventListener('securitypolicyviolation', (e) => report(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
  });
  afterAll(async () => {
    await s?.close();
    await new Promise((done) => server?.close(done));
  });

  it('is the policy the README states', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(CSP);
  });

  it('runs explore, embed, presenter, an import and Export image with no violation, the map drawn', async () => {
    await visitEveryView(s.page, base);
    expect(violations).toEqual([]);
    expect(s.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

describe('no request to another origin', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('in explore, export, the presenter, an import and an embed', async () => {
    const origins = new Set<string>();
    s.context.on('request', (r) => origins.add(new URL(r.url()).protocol === 'http:' ? new URL(r.url()).origin : new URL(r.url()).protocol));
    await visitEveryView(s.page, inject('baseUrl'));
    expect(s.foreignRequests).toEqual([]);
    // Only the app's own origin, and the blob:/data: URLs it makes itself.
    expect([...origins].filter((o) => o !== new URL(inject('baseUrl')).origin && o !== 'blob:' && o !== 'data:')).toEqual([]);
  });
});
