import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

const FLAGS = ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  readonly errors: string[];
  /** Requests to any host other than the app's own. */
  readonly foreignRequests: string[];
  open(query?: string): Promise<void>;
  close(): Promise<void>;
}

export interface SessionOptions {
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  extraArgs?: string[];
  /** A phone or tablet: touch events, a coarse pointer, no hover. */
  touch?: boolean;
}

/** A fresh Chromium profile, with every request and console error recorded. */
export async function startSession({
  viewport = { width: 1280, height: 860 },
  reducedMotion = 'reduce',
  extraArgs = [],
  touch = false,
}: SessionOptions = {}): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const profile = mkdtempSync(join(tmpdir(), 'atlas-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromium'),
    headless: true,
    args: [...FLAGS, ...extraArgs],
    viewport,
    reducedMotion,
    hasTouch: touch,
    isMobile: touch,
    timezoneId: 'Europe/Amsterdam',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  return {
    page,
    context,
    errors,
    foreignRequests,
    async open(query = '') {
      await page.goto(`${baseUrl}${query}`);
      await waitForMap(page);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const mapRegion = (page: Page) => page.getByRole('region', { name: 'Map of the events' });
export const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
export const eventCount = (page: Page) => page.getByText(/^\d+ of \d+ events$/);

/** Waits until the map has loaded its style and drawn a frame. */
export async function waitForMap(page: Page) {
  await mapRegion(page).and(page.locator('[aria-busy="false"]')).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
}

/** How many map pixels are within `tolerance` of a colour, read back from the WebGL canvas. */
export async function countMapPixels(page: Page, hex: string, tolerance = 6): Promise<number> {
  const canvas = mapRegion(page).getByRole('region', { name: 'Map', exact: true });
  return canvas.evaluate(
    (el, [colour, tol]) => {
      const source = el as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(source, 0, 0);
      const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
      const c = colour as string;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - r) <= (tol as number) && Math.abs(data[i + 1] - g) <= (tol as number) && Math.abs(data[i + 2] - b) <= (tol as number)) n++;
      }
      return n;
    },
    [hex, tolerance] as const,
  );
}

const AXE = readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's WCAG 2.x A/AA violations on the page as it is now: "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } })
      .axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
