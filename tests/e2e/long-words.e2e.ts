import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForMap, type Session } from './browser';
import { importHostile, overflow } from './overflow';
import { longWordStory } from '../fixtures/hostile/files';
import { longWord } from '../fixtures/hostile/payloads';

const NO_OVERFLOW = { page: 0, escaped: [] };

describe('a story of words thousands of characters long, without a space', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession({ viewport: { width: 375, height: 740 }, touch: true });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('wraps every field on a 375 px phone: the report, the map, the list, the legend and an open event', async () => {
    await s.open();
    const report = await importHostile(s.page, longWordStory());
    expect(report).not.toBeNull();
    expect(await overflow(s.page)).toEqual(NO_OVERFLOW);
    await report?.getByRole('button', { name: 'Close' }).click();
    await waitForMap(s.page);
    expect(await overflow(s.page)).toEqual(NO_OVERFLOW);

    const more = s.page.getByText('Events and categories');
    if ((await s.page.locator('details.more[open]').count()) === 0) await more.click();
    const list = s.page.getByRole('list', { name: 'Events in the time window' });
    await expect(list.getByRole('button').count()).resolves.toBe(3);
    await expect(s.page.getByRole('button', { name: new RegExp(`^${longWord(200)}`) }).count()).resolves.toBeGreaterThan(0);
    expect(await overflow(s.page)).toEqual(NO_OVERFLOW);

    await list.getByRole('button').first().click();
    await s.page.getByRole('heading', { level: 2, name: longWord(300) }).waitFor();
    expect(await overflow(s.page)).toEqual(NO_OVERFLOW);
  });
});

describe('long category labels on a wide screen', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('cuts a lane label short with an ellipsis and keeps the whole label in its title', async () => {
    await s.open();
    const report = await importHostile(s.page, longWordStory());
    await report?.getByRole('button', { name: 'Close' }).click();
    await waitForMap(s.page);
    const labels = await s.page.locator('.lane-labels text').evaluateAll((texts) =>
      texts.map((t) => ({
        shown: t.textContent?.replace(t.querySelector('title')?.textContent ?? '', ''),
        title: t.querySelector('title')?.textContent,
        width: (t as SVGTextElement).getBBox().width,
      })),
    );
    expect(labels.length).toBe(2);
    for (const label of labels) {
      expect(label.title).toMatch(/^Donaudampf/);
      expect(label.title?.length).toBe(200);
      expect(label.shown).toMatch(/…$/);
      expect(label.width).toBeLessThan(210);
    }
    expect(await overflow(s.page)).toEqual(NO_OVERFLOW);
  });
});
