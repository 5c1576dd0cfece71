import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { startSession, type Session } from './browser';

const story = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8')) as { events: { id: string; title: string }[] };
const titleOf = (id: string) => story.events.find((e) => e.id === id)?.title as string;

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

/** The focused element's text, as a screen reader would announce it. */
const focusedText = () => s.page.evaluate(() => document.activeElement?.textContent ?? '');

describe('focus', () => {
  it('moves to an opened event and back to where the reader was when it closes', async () => {
    await s.open();
    const item = s.page.getByRole('list', { name: 'Events in the time window' }).getByRole('button', { name: new RegExp(titleOf('transavia-breach')) });
    await item.focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(focusedText).toBe(titleOf('transavia-breach'));
    await s.page.getByRole('button', { name: 'Close event details' }).focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(focusedText).toContain(titleOf('transavia-breach'));
    await expect.poll(() => item.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('returns to the Present button when a presentation ends', async () => {
    await s.open();
    await s.page.getByRole('button', { name: 'Present' }).focus();
    await s.page.keyboard.press('Enter');
    await s.page.getByRole('region', { name: 'Presentation' }).waitFor();
    await s.page.keyboard.press('Escape');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.textContent)).toBe('Present');
  });
});
