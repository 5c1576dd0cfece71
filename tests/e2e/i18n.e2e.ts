import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, startSession, type Session } from './browser';
import { catalogues, en } from '../../src/i18n/messages';
import type { Message } from '../../src/i18n/translate';

const BAD_ROWS = resolve('tests', 'fixtures', 'import', 'bad-rows.csv');
const STORY: unknown = JSON.parse(readFileSync('geodata/stories/china-espionage-nl.json', 'utf8'));

/** Every string of a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  return value && typeof value === 'object' ? Object.values(value).flatMap(stringsOf) : [];
}
/** The story's own text, and the cells of the file imported below, which the report quotes as they are. */
const STORY_TEXT = [...stringsOf(STORY), ...readFileSync(BAD_ROWS, 'utf8').split(/[\n,]/)];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const forms = (m: Message) => (typeof m === 'string' ? [m] : [m.one, m.other]);
const dutch = new Set(Object.values(catalogues.nl).flatMap(forms));

const words = (text: string) => text.match(/\p{L}{2,}/gu) ?? [];

/**
 * The English catalogue as patterns: each message whole (its placeholders matching anything), and each
 * of its literal runs of two words or more, wherever it appears. Messages Dutch says the same way
 * ("GeoJSON", "Incident Atlas") are left out, and so are messages whose own words are fewer than two
 * around placeholders ("{shown} of {total}"): "of" is Dutch too, and a title may say "row".
 */
const ENGLISH = Object.entries(en).flatMap(([key, message]) =>
  forms(message)
    .filter((text) => {
      const own = words(text.replace(/\{\w+\}/g, ' '));
      return !dutch.has(text) && own.length >= (text.includes('{') ? 2 : 1);
    })
    .flatMap((text) => {
      const runs = text.split(/\{\w+\}/).map((run) =>
        run
          .trim()
          .replace(/^[,.:;()]+|[,.:;()]+$/g, '')
          .trim(),
      );
      const phrases = runs.filter((run) => /\p{L}+\s+\p{L}+/u.test(run) && run.length >= 10 && !dutch.has(run));
      return [
        {
          key,
          pattern: new RegExp(
            `^${text
              .split(/\{\w+\}/)
              .map(escape)
              .join('.+?')}$`,
            's',
          ),
        },
        ...phrases.map((run) => ({ key, pattern: new RegExp(`(^|[^\\p{L}])${escape(run)}($|[^\\p{L}])`, 'u') })),
      ];
    }),
);

/** Every text node, aria-label, title, alt, placeholder and value text on the page, and the document's title. */
function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('script, style')) texts.push(node.textContent ?? '');
    }
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext', 'aria-roledescription']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
}

/** The texts that come from the English catalogue, with the message each matched; the story's own text is left alone. */
async function englishOn(page: Page): Promise<string[]> {
  const found = new Set<string>();
  for (const text of await pageTexts(page)) {
    if (STORY_TEXT.some((s) => s.includes(text))) continue;
    for (const { key, pattern } of ENGLISH) if (pattern.test(text)) found.add(`${key}: ${text}`);
  }
  return [...found];
}

const dutchMap = (page: Page) => page.getByRole('region', { name: 'Kaart van de gebeurtenissen' });
async function openDutch(query: string) {
  await s.page.goto(`${inject('baseUrl')}${query}`);
  await dutchMap(s.page).and(s.page.locator('[aria-busy="false"]')).waitFor({ timeout: 30_000 });
  // The map's own words (its canvas, its zoom buttons) come once it has started.
  await s.page.getByRole('button', { name: 'Inzoomen' }).first().waitFor();
}

let s: Session;
beforeAll(async () => {
  s = await startSession({ viewport: { width: 1280, height: 720 } });
});
afterAll(async () => {
  await s?.close();
});

describe('in Dutch (?lang=nl)', () => {
  it('finds its own English words, so the check below can fail', async () => {
    await s.page.goto(`${inject('baseUrl')}?lang=en&event=chimera-nxp-intrusion`);
    await s.page.getByRole('region', { name: 'Map of the events' }).waitFor({ timeout: 30_000 });
    const english = await englishOn(s.page);
    expect(english).toContainEqual(expect.stringMatching(/^panel\.closeDetail: Close event details$/));
    expect(english).toContainEqual(expect.stringMatching(/^time\.knownSpan: Start known to the quarter, end to the season$/));
  });

  it('shows no English word of the interface in explore, with an event open', async () => {
    await openDutch('?lang=nl&event=chimera-nxp-intrusion');
    await expect(s.page.evaluate(() => document.documentElement.lang)).resolves.toBe('nl');
    await expect(s.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Chinese spionage in Nederland en Europa, 2017–2024');
    await expect(s.page.getByText('eind 2017 – voorjaar 2020').count()).resolves.toBeGreaterThan(0);
    await expect(s.page.getByText(/^24 van 24 gebeurtenissen$/).count()).resolves.toBe(1);
    // Longer words must not cost the map its half of a 1280×720 screen.
    expect((await dutchMap(s.page).boundingBox())?.height).toBeGreaterThanOrEqual(360);
    await expect(englishOn(s.page)).resolves.toEqual([]);
    await expect(axeViolations(s.page)).resolves.toEqual([]);
  });

  it('shows none in the embed dialog, whose code carries the language', async () => {
    await s.page.getByRole('button', { name: 'Insluiten' }).click();
    const dialog = s.page.getByRole('dialog', { name: 'Deze weergave insluiten' });
    await expect(dialog.getByRole('textbox', { name: 'Insluitcode' }).inputValue()).resolves.toMatch(/[?&;]lang=nl[&"]/);
    await expect(englishOn(s.page)).resolves.toEqual([]);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
  });

  it('shows none in an embed', async () => {
    await openDutch('?lang=nl&embed=1');
    await expect(englishOn(s.page)).resolves.toEqual([]);
    await expect(axeViolations(s.page)).resolves.toEqual([]);
  });

  it('shows none in presenter mode, whose link keeps the language', async () => {
    await openDutch('?lang=nl&present=1&chapter=2');
    await expect(s.page.getByText('Hoofdstuk 2 van 11').count()).resolves.toBe(1);
    await expect(s.page.getByRole('heading', { name: 'Twee jaar binnen bij een chipmaker' }).count()).resolves.toBe(1);
    await expect(englishOn(s.page)).resolves.toEqual([]);
    await s.page.getByRole('button', { name: 'Volgende →' }).click();
    await expect.poll(() => new URL(s.page.url()).searchParams.get('lang')).toBe('nl');
    await expect(axeViolations(s.page)).resolves.toEqual([]);
  });

  it('shows none in the import report, its problems included', async () => {
    await openDutch('?lang=nl');
    await s.page.getByRole('button', { name: 'Verhalen' }).click();
    const [chooser] = await Promise.all([s.page.waitForEvent('filechooser'), s.page.getByRole('button', { name: 'Kies een bestand…' }).click()]);
    await chooser.setFiles(BAD_ROWS);
    const report = s.page.getByRole('dialog', { name: /^Importverslag: / });
    await report.waitFor();
    await expect(report.getByText('31 februari 2023 bestaat niet').count()).resolves.toBeGreaterThan(0);
    await expect(englishOn(s.page)).resolves.toEqual([]);
    await expect(axeViolations(s.page)).resolves.toEqual([]);
  });
});

describe('the language switch', () => {
  it('changes the language and keeps the rest: the event, the link, <html lang>', async () => {
    await s.page.goto(`${inject('baseUrl')}?event=chimera-nxp-intrusion`);
    await s.page.getByRole('region', { name: 'Map of the events' }).waitFor({ timeout: 30_000 });
    // A language guessed from the browser stays out of the link.
    expect(new URL(s.page.url()).searchParams.get('lang')).toBeNull();
    await s.page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await expect.poll(() => new URL(s.page.url()).searchParams.get('lang')).toBe('nl');
    await expect(new URL(s.page.url()).searchParams.get('event')).toBe('chimera-nxp-intrusion');
    await expect(s.page.getByRole('heading', { level: 2, name: 'China-linked hackers spend two years inside NXP’s network' }).count()).resolves.toBe(1);
    await s.page.getByRole('combobox', { name: 'Taal' }).selectOption('en');
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
