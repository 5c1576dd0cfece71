import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { mapRegion, startSession, type Session } from './browser';

/**
 * What MapLibre drew at the middle of the map, where a `?map=zoom/lat/lon` view puts its
 * centre: sea (bluish) or land (warm grey), told apart by blue against red, since a shaded
 * country darkens both a little. `drawn` once some land shows anywhere: before its tiles
 * arrive the map is all background, which is the sea colour.
 */
async function atCentre(page: Page): Promise<{ centre: 'sea' | 'land' | 'neither'; drawn: boolean }> {
  const canvas = mapRegion(page).getByRole('region', { name: 'Map', exact: true });
  return canvas.evaluate((el) => {
    const source = el as HTMLCanvasElement;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(source, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    const surface = (i: number) => (data[i + 2] - data[i] > 12 ? 'sea' : data[i + 2] - data[i] < 0 && data[i] > 150 ? 'land' : 'neither');
    let land = 0;
    for (let i = 0; i < data.length; i += 4) if (surface(i) === 'land') land++;
    const middle = (Math.floor(copy.height / 2) * copy.width + Math.floor(copy.width / 2)) * 4;
    return { centre: surface(middle), drawn: land > data.length / 4 / 100 };
  });
}

let s: Session;
const notFound: string[] = [];
beforeAll(async () => {
  s = await startSession({ viewport: { width: 1000, height: 760 } });
  s.page.on('response', (r) => {
    if (r.status() === 404) notFound.push(r.url());
  });
});
afterAll(async () => {
  await s?.close();
});

describe('the basemap, drawn', () => {
  // The sea at 45°N 30°W and 70°N 0° was land-coloured at zooms 1.5-3 (rings across the antimeridian).
  it.each([
    ['the North Atlantic', '1.5/45/-30', 'sea'],
    ['the North Atlantic', '2/45/-30', 'sea'],
    ['the Norwegian Sea', '2/70/0', 'sea'],
    ['the Norwegian Sea', '3/70/0', 'sea'],
    ['Greenland', '2/75/-40', 'land'],
    ['the IJsselmeer', '8/52.75/5.4', 'sea'],
    ['the Markermeer', '8/52.5/5.25', 'sea'],
    ['Overijssel', '8/52.3/6.6', 'land'],
  ])('draws %s at %s as %s', async (_, view, surface) => {
    await s.open(`?map=${view}&theme=light`);
    await expect.poll(() => atCentre(s.page)).toEqual({ centre: surface, drawn: true });
  });

  it('has its own icon, served from the sub-path it is hosted under', async () => {
    await s.open('?theme=light');
    const icons = await s.page.locator('link[rel="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(icons.length).toBeGreaterThan(0);
    for (const href of icons) {
      expect(href.startsWith(inject('baseUrl'))).toBe(true);
      const response = await s.page.request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^image\//);
    }
    expect(notFound).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
