import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventCount, mapRegion, startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession({ viewport: { width: 1280, height: 720 } });
});
afterAll(async () => {
  await s?.close();
});

/** The buttons laid over the map's symbols, one per drawn symbol (src/map/MapSymbols.tsx). */
const symbolGroup = (page: Page) => mapRegion(page).getByRole('group', { name: 'Events on the map' });

interface Box {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

async function symbolBoxes(page: Page): Promise<Box[]> {
  await expect.poll(() => symbolGroup(page).getByRole('button').count()).toBeGreaterThan(0);
  return symbolGroup(page)
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons.map((b) => {
        const r = b.getBoundingClientRect();
        return { label: b.getAttribute('aria-label') ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
}

/** The share of the smaller box that two boxes have in common. */
function overlapShare(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const h = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  return (w * h) / Math.min(a.width * a.height, b.width * b.height);
}

/** How many events a symbol stands for, from its accessible name ("4 events around …" or one event). */
const countOf = (label: string) => Number(/^(\d+) events around /.exec(label)?.[1] ?? 1);

describe('the opening view', () => {
  it('draws no two event symbols overlapping by more than a third, and groups the Randstad', async () => {
    await s.open();
    const boxes = await symbolBoxes(s.page);
    const pairs = boxes.flatMap((a, i) => boxes.slice(i + 1).map((b) => ({ a: a.label, b: b.label, share: overlapShare(a, b) })));
    expect(pairs.filter((p) => p.share > 1 / 3)).toEqual([]);
    expect(boxes.some((b) => countOf(b.label) > 1)).toBe(true);
    expect(boxes.every((b) => b.width >= 16 && b.width === b.height)).toBe(true);
  });

  it('counts in its clusters only the events inside the time window', async () => {
    await s.open('?from=2024-04-01&to=2024-04-30');
    const shown = Number((await eventCount(s.page).textContent())?.split(' ')[0]);
    const offscreen = await mapRegion(s.page)
      .locator('..')
      .getByRole('button', { name: /^Show \d+ events? to the / })
      .evaluateAll((buttons) => buttons.map((b) => Number(/^Show (\d+)/.exec(b.getAttribute('aria-label') ?? '')?.[1])));
    const onMap = (await symbolBoxes(s.page)).reduce((sum, b) => sum + countOf(b.label), 0);
    expect(onMap + offscreen.reduce((a, b) => a + b, 0)).toBe(shown);
  });

  it('opens a cluster into the list of its events by keyboard, and gives focus back when closed', async () => {
    await s.open();
    await symbolBoxes(s.page);
    const buttons = symbolGroup(s.page).getByRole('button');
    await buttons.first().focus();
    let label = '';
    for (let i = 0; i < (await buttons.count()); i++) {
      label = (await s.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
      if (countOf(label) > 1) break;
      await s.page.keyboard.press('ArrowRight');
    }
    expect(countOf(label)).toBeGreaterThan(1);
    await s.page.keyboard.press('Enter');
    const chooser = s.page.getByRole('dialog', { name: `${countOf(label)} events here` });
    await expect(chooser.count()).resolves.toBe(1);
    await expect(chooser.getByRole('listitem').count()).resolves.toBe(countOf(label));
    await s.page.keyboard.press('Escape');
    await expect(chooser.count()).resolves.toBe(0);
    await expect(s.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe(label);
  });

  it('selects a lone event by keyboard', async () => {
    await s.open();
    await symbolBoxes(s.page);
    const title = 'Aide to AfD MEP Krah arrested in Dresden on spying suspicion';
    await symbolGroup(s.page)
      .getByRole('button', { name: new RegExp(`^${title},`) })
      .focus();
    await s.page.keyboard.press('Enter');
    await expect(s.page.getByRole('heading', { level: 2, name: title }).count()).resolves.toBe(1);
  });
});
