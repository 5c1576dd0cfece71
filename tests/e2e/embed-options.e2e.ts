import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, timeline, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

const background = () => s.page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('embed options', () => {
  it('gives copy-ready embed code for the current view in the Embed dialog', async () => {
    await s.open('?event=transavia-breach&from=2019-01-01&to=2019-12-31&hide=raid');
    await s.page.getByRole('button', { name: 'Embed' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Embed this view' });
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const iframe = /<iframe [^>]*src="([^"]+)"[^>]*><\/iframe>/.exec(code);
    if (!iframe) throw new Error(`no iframe in: ${code}`);
    const src = new URL(iframe[1].replace(/&amp;/g, '&'));
    expect(Object.fromEntries(src.searchParams)).toMatchObject({ embed: '1', event: 'transavia-breach', from: '2019-01-01', to: '2019-12-31', hide: 'raid' });
    expect(src.searchParams.get('id')).toBeTruthy();
    expect(code).toMatch(/title="[^"]+"/);
    expect(code).toMatch(/height="\d+"/);
    expect(code).toMatch(/<script async src="[^"]+\/embed\.js"><\/script>/);
    expect(await axeViolations(s.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
  });

  it('follows the system colour scheme, and ?theme= overrides it', async () => {
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await s.open();
    const dark = await background();
    await s.open('?theme=light');
    const light = await background();
    expect(dark).not.toBe(light);
    expect(light).toBe('rgb(255, 255, 255)');
    await s.page.emulateMedia({ colorScheme: 'light' });
    await s.open('?theme=dark');
    expect(await background()).toBe(dark);
    expect(await axeViolations(s.page)).toEqual([]);
  });

  it('drops all chrome but the map and the timeline with ?plain=1', async () => {
    await s.open('?embed=1&plain=1');
    await expect(timeline(s.page).count()).resolves.toBe(1);
    await expect(s.page.getByRole('banner').count()).resolves.toBe(0);
    await expect(s.page.getByRole('contentinfo').count()).resolves.toBe(0);
    await expect(s.page.getByRole('list', { name: 'Events in the time window' }).count()).resolves.toBe(0);
  });
});
