import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSession, type Session } from './browser';
import { LIGHT } from '../../src/map/theme';
import { readPngText } from '../../src/export/pngText';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let s: Session;
let dir: string;
beforeAll(async () => {
  s = await startSession();
  dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
});
afterAll(async () => {
  await s?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Distinct colours; the share of pixels, in `box` or the whole image, that are neither transparent
 * nor the corner's (background) colour; and how many pixels are close to each of `hexes`.
 */
async function describePng(png: Buffer, hexes: string[], box?: { x: number; y: number; width: number; height: number }) {
  return s.page.evaluate(
    async ([base64, wanted, b]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const near = (i: number, [r, g, b]: number[]) => Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) <= 6;
      const background = [data[0], data[1], data[2]];
      const targets = wanted.map((hex) => [1, 3, 5].map((j) => parseInt(hex.slice(j, j + 2), 16)));
      const counts = targets.map(() => 0);
      const colours = new Set<number>();
      const area = b ?? { x: 0, y: 0, width: canvas.width, height: canvas.height };
      const inBox = (i: number) => {
        const [x, y] = [(i / 4) % canvas.width, Math.floor(i / 4 / canvas.width)];
        return x >= area.x && x < area.x + area.width && y >= area.y && y < area.y + area.height;
      };
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        if (data[i + 3] > 0 && !near(i, background) && inBox(i)) inked++;
        targets.forEach((t, k) => near(i, t) && counts[k]++);
      }
      return { colours: colours.size, inked: inked / (area.width * area.height), counts };
    },
    [png.toString('base64'), hexes, box] as const,
  );
}

/** Exports the current view and returns the saved PNG. */
async function exportPng(name = 'Export image'): Promise<Buffer> {
  const download = s.page.waitForEvent('download');
  await s.page.getByRole('button', { name }).click();
  const file = await download;
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return readFileSync(path);
}

describe('export image', () => {
  it('names the selected event with its date and place, and the window in the subtitle', async () => {
    await s.open('?event=nuctech-raid-rotterdam&from=2024-04-01&to=2024-04-30');
    const png = await exportPng();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    const text = readPngText(png);
    expect(text.Title).toBe('Chinese espionage in the Netherlands and Europe, 2017–2024');
    expect(text.Description).toMatch(/^1 April 2024 – 30 April 2024 · \d+ of 24 events\. Selected: .*Nuctech.*, 23 April 2024 · Rotterdam\.$/);
    // The caption's column (right, above the credit) carries text only when an event is selected.
    const column = { x: 1500, y: 640, width: 360, height: 330 };
    const withCaption = (await describePng(png, [], column)).inked;
    await s.open('?from=2024-04-01&to=2024-04-30');
    const without = (await describePng(await exportPng(), [], column)).inked;
    expect(withCaption).toBeGreaterThan(without + 0.01);
    expect(s.errors).toEqual([]);
  });

  it('words the slide in Dutch for a Dutch reader', async () => {
    await s.page.goto(`${inject('baseUrl')}?lang=nl&event=nuctech-raid-rotterdam&from=2024-04-01&to=2024-04-30`);
    await s.page.getByRole('region', { name: 'Kaart van de gebeurtenissen' }).and(s.page.locator('[aria-busy="false"]')).waitFor({ timeout: 30_000 });
    const text = readPngText(await exportPng('Afbeelding exporteren'));
    expect(text.Title).toBe('Chinese spionage in Nederland en Europa, 2017–2024');
    expect(text.Description).toMatch(/^1 april 2024 – 30 april 2024 · \d+ van 24 gebeurtenissen\. Geselecteerd: .*Nuctech.*, 23 april 2024 · Rotterdam\.$/);
    expect(text.Source).toMatch(/^Bron: ‘/);
  });

  it('downloads a 1920×1080 PNG of the current view that is not blank', async () => {
    await s.open('?from=2019-01-01&to=2019-12-31');
    const button = s.page.getByRole('button', { name: 'Export image' });
    const download = s.page.waitForEvent('download');
    await button.click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    const path = join(dir, file.suggestedFilename());
    await file.saveAs(path);

    const png = readFileSync(path);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);

    const { colours, inked, counts } = await describePng(png, [LIGHT.land, LIGHT.sea]);
    expect(colours).toBeGreaterThan(50);
    // Map, timeline, legend and text together cover well over a quarter of the slide.
    expect(inked).toBeGreaterThan(0.25);
    // The map itself came through (a WebGL canvas read back too late is empty).
    const [land, sea] = counts;
    expect(land).toBeGreaterThan(100_000);
    expect(sea).toBeGreaterThan(20_000);

    // The button is back, nothing failed, and nothing was fetched from elsewhere.
    await expect(button.getAttribute('aria-busy')).resolves.toBe('false');
    await expect(s.page.getByRole('status').filter({ hasText: 'The image could not be made' }).count()).resolves.toBe(0);
    expect(s.foreignRequests).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
