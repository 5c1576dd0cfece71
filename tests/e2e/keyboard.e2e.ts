import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession({ viewport: { width: 1280, height: 720 } });
});
afterAll(async () => {
  await s?.close();
});

const focused = () =>
  s.page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    label: document.activeElement?.getAttribute('aria-label') ?? '',
    text: document.activeElement?.textContent ?? '',
  }));

describe('the map from the keyboard', () => {
  it('skips to the map, steps to an event, opens it with Enter and closes it with Escape', async () => {
    await s.open();
    await s.page.keyboard.press('Tab');
    await expect.poll(focused).toMatchObject({ tag: 'A', text: 'Skip to the map' });
    await s.page.keyboard.press('Enter');
    await expect.poll(focused).toMatchObject({ tag: 'CANVAS', label: 'Map' });
    // The focused map shows a ring.
    const ring = await s.page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(ring).toBe('solid');

    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('ArrowRight');
    const live = s.page.getByText(/^2 of \d+: /);
    await live.waitFor({ state: 'attached' });
    const announced = (await live.textContent()) ?? '';

    await s.page.keyboard.press('Enter');
    const heading = s.page.getByRole('article').getByRole('heading', { level: 2 });
    await heading.waitFor();
    const title = (await heading.textContent()) ?? '';
    expect(announced).toContain(`: ${title}, `);
    await expect.poll(focused).toMatchObject({ tag: 'H2', text: title });

    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.getByRole('button', { name: 'Close event details' }).count()).toBe(0);
    await expect.poll(focused).toMatchObject({ tag: 'CANVAS', label: 'Map' });
  });

  it('keeps at least half of a 1280×720 screen for the map, with no axe violations', async () => {
    await s.open();
    const map = await s.page.getByRole('region', { name: 'Map of the events' }).boundingBox();
    expect(map?.height).toBeGreaterThanOrEqual(360);
    expect(await axeViolations(s.page)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
