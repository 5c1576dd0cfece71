import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Page } from 'playwright-core';
import { countMapPixels, mapRegion, startSession, type Session } from './browser';
import { LIGHT } from '../../src/map/theme';

/** The colour at the middle of the map, where a `?map=zoom/lat/lon` view puts its centre. */
async function centreColour(page: Page): Promise<number[]> {
  const canvas = mapRegion(page).getByRole('region', { name: 'Map', exact: true });
  return canvas.evaluate((el) => {
    const map = el as HTMLCanvasElement;
    const pixel = Object.assign(document.createElement('canvas'), { width: 1, height: 1 });
    const ctx = pixel.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(map, Math.floor(map.width / 2), Math.floor(map.height / 2), 1, 1, 0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  });
}

/**
 * Sea (bluish) or land (warm grey) at the centre, told apart by blue against red, since a
 * shaded country darkens both a little; `drawn` once land shows anywhere: before its tiles
 * arrive the map is all background, which is the sea colour.
 */
async function atCentre(page: Page): Promise<{ centre: 'sea' | 'land' | 'neither'; drawn: boolean }> {
  const [r, , b] = await centreColour(page);
  const centre = b - r > 12 ? 'sea' : b - r < 0 && r > 150 ? 'land' : 'neither';
  return { centre, drawn: (await countMapPixels(page, LIGHT.land, 20)) > 100 };
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
