import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { axeViolations, countMapPixels, eventCount, mapRegion, startSession, timeline, waitForMap, type Session } from './browser';
import { categoryStyles } from '../../src/symbols/palette';
import { LIGHT } from '../../src/map/theme';

const story = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as {
  categories: { id: string; label: string }[];
  events: { id: string; title: string }[];
};
const colourOf = (category: string) => categoryStyles(story.categories).find((c) => c.id === category)?.colour as string;
const titleOf = (id: string) => story.events.find((e) => e.id === id)?.title as string;
const total = story.events.length;

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

describe('the story map', () => {
  it('loads from a sub-path with no request to another origin and no console errors', async () => {
    await s.open();
    await expect(eventCount(s.page).textContent()).resolves.toBe(`${total} of ${total} events`);
    expect(s.foreignRequests).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('draws the basemap and the event markers on the map canvas', async () => {
    await s.open();
    const land = await countMapPixels(s.page, LIGHT.land, 2);
    const sea = await countMapPixels(s.page, LIGHT.sea, 2);
    // The arrests (London, Düsseldorf, Bad Homburg, Dresden) stand apart at this view; the Randstad is clustered.
    const arrests = await countMapPixels(s.page, colourOf('arrest-charge'), 4);
    expect(land).toBeGreaterThan(50_000);
    expect(sea).toBeGreaterThan(5_000);
    expect(arrests).toBeGreaterThan(20);
  });

  it('moves the time window by keyboard, changing the list count and the map', async () => {
    await s.open();
    const arrestsBefore = await countMapPixels(s.page, colourOf('arrest-charge'), 4);
    const dresden = s.page
      .getByRole('group', { name: 'Events on the map' })
      .getByRole('button', { name: new RegExp(titleOf('germany-arrest-jian-g-dresden')) });
    await expect.poll(() => dresden.count()).toBe(1);
    const end = timeline(s.page).getByRole('slider', { name: 'End of the time window' });
    await end.focus();
    await s.page.keyboard.press('PageDown');
    await expect.poll(() => end.getAttribute('aria-valuetext')).toMatch(/2023$/);
    await expect.poll(() => eventCount(s.page).textContent()).not.toBe(`${total} of ${total} events`);
    // The April 2024 arrests are now outside the window: their markers fade and leave the map's symbol list.
    const onMap = s.page.getByRole('group', { name: 'Events on the map' });
    await expect.poll(() => onMap.getByRole('button', { name: new RegExp(titleOf('germany-arrest-jian-g-dresden')) }).count()).toBe(0);
    // Half, not less: grey city dots and labels share the arrests' mid grey.
    expect(await countMapPixels(s.page, colourOf('arrest-charge'), 4)).toBeLessThan(arrestsBefore / 2);

    const start = timeline(s.page).getByRole('slider', { name: 'Start of the time window' });
    await start.focus();
    for (let i = 0; i < 5; i++) await s.page.keyboard.press('PageUp');
    await expect.poll(() => start.getAttribute('aria-valuetext')).toMatch(/2022$/);
    const count = Number((await eventCount(s.page).textContent())?.split(' ')[0]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total - 2);
  });

  it('moves the time window with the mouse', async () => {
    await s.open();
    const frame = timeline(s.page);
    const from = await frame.getByText('2018', { exact: true }).boundingBox();
    const to = await frame.getByText('2019', { exact: true }).boundingBox();
    const lane = await frame.getByText('Intimidation', { exact: true }).boundingBox();
    if (!from || !to || !lane) throw new Error('timeline axis or lanes not found');
    const y = lane.y + lane.height / 2;
    await s.page.mouse.move(from.x + from.width / 2, y);
    await s.page.mouse.down();
    await s.page.mouse.move(to.x + to.width / 2, y, { steps: 8 });
    await s.page.mouse.up();
    await expect.poll(() => eventCount(s.page).textContent()).not.toBe(`${total} of ${total} events`);
    const list = s.page.getByRole('list').filter({ has: s.page.getByRole('button', { name: new RegExp(titleOf('chimera-nxp-intrusion')) }) });
    await expect(list.count()).resolves.toBe(1);
    await expect(s.page.getByRole('button', { name: new RegExp(titleOf('nuctech-raid-rotterdam')) }).count()).resolves.toBe(1); // only the timeline mark
  });

  it('opens the same event from a map symbol and from a timeline mark', async () => {
    const id = 'germany-arrest-jian-g-dresden';
    await s.open('?map=8.00/51.0504/13.7373');
    const box = await mapRegion(s.page).boundingBox();
    if (!box) throw new Error('map not laid out');
    await s.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const heading = s.page.getByRole('heading', { level: 2, name: titleOf(id) });
    await expect(heading.count()).resolves.toBe(1);
    await s.page.getByRole('button', { name: 'Close event details' }).click();
    await expect(heading.count()).resolves.toBe(0);

    await timeline(s.page)
      .getByRole('button', { name: new RegExp(`^${titleOf(id)},`) })
      .click();
    await expect(heading.count()).resolves.toBe(1);
    expect(new URL(s.page.url()).searchParams.get('event')).toBe(id);
  });

  it('restores the selection and the window from a deep link, and Back steps through selections', async () => {
    await s.open('?event=transavia-breach&from=2019-01-01&to=2019-12-31');
    await expect(s.page.getByRole('heading', { level: 2, name: titleOf('transavia-breach') }).count()).resolves.toBe(1);
    const start = timeline(s.page).getByRole('slider', { name: 'Start of the time window' });
    await expect(start.getAttribute('aria-valuetext')).resolves.toBe('1 January 2019');
    const count = await eventCount(s.page).textContent();
    expect(count).not.toBe(`${total} of ${total} events`);

    // The list's button: the map's symbol buttons are named after their events too.
    await s.page
      .getByRole('complementary')
      .getByRole('button', { name: titleOf('transavia-fox-it-investigation-eindhoven-ip') })
      .first()
      .click();
    await expect(s.page.getByRole('heading', { level: 2, name: titleOf('transavia-fox-it-investigation-eindhoven-ip') }).count()).resolves.toBe(1);
    await s.page.goBack();
    await expect.poll(() => s.page.getByRole('heading', { level: 2, name: titleOf('transavia-breach') }).count()).toBe(1);
    await waitForMap(s.page);
  });

  it('has no axe-core violations, with and without an open event', async () => {
    await s.open();
    expect(await axeViolations(s.page)).toEqual([]);
    await s.open('?event=chimera-nxp-intrusion');
    expect(await axeViolations(s.page)).toEqual([]);
  });
});
