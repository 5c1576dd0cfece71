import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataFile, type DataFormat } from '../../../../src/export/data/formats';
import { loadStory } from '../../../../src/story/load';
import type { Story, StoryEvent } from '../../../../src/story/model';
import { run } from '../../import/helpers';
import { storyArb } from '../../randomStory';

/** Imports an exported file as the import dialog would: as bytes, under its own name. */
async function reimport(format: DataFormat, story: Story, events: readonly StoryEvent[] = story.events): Promise<Story> {
  const file = dataFile(format, story, events);
  const outcome = await run({ kind: 'bytes', name: file.name, bytes: new TextEncoder().encode(file.text).buffer as ArrayBuffer });
  if (!outcome.ok) throw new Error(outcome.message);
  const result = loadStory(outcome.story);
  if (!result.ok) throw new Error('the imported story does not load');
  return result.story;
}

/** What a sheet or GeoJSON carries of an event: categories by label, places without the gazetteer flag. */
function sheetView(story: Story, sources: boolean) {
  const label = new Map(story.categories.map((c) => [c.id, c.label]));
  return {
    events: story.events.map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date,
      time: e.time,
      category: label.get(e.category),
      place: e.place && { ...e.place, byName: false },
      summary: e.summary,
      actors: e.actors,
      ...(sources && { source: e.sources[0] && { url: e.sources[0].url, title: e.sources[0].title, publisher: e.sources[0].publisher } }),
    })),
    relations: story.relations.map((r) => `${r.from} → ${r.to}`).sort(),
  };
}

describe('export then import', () => {
  it('gives back the same story from story JSON (property)', async () => {
    await fc.assert(
      fc.asyncProperty(storyArb({ rich: true }), async (story) => {
        expect(await reimport('story', story)).toEqual(story);
      }),
      { numRuns: 60 },
    );
  });

  it('gives back the same events from the CSV template: dates, precision, places, text, one source (property)', async () => {
    await fc.assert(
      fc.asyncProperty(storyArb({ rich: false }), async (story) => {
        expect(sheetView(await reimport('csv', story), true)).toEqual(sheetView(story, true));
      }),
      { numRuns: 60 },
    );
  });

  it('gives back the same events from GeoJSON, less the sources it cannot carry (property)', async () => {
    await fc.assert(
      fc.asyncProperty(storyArb({ rich: false }), async (story) => {
        expect(sheetView(await reimport('geojson', story), false)).toEqual(sheetView(story, false));
      }),
      { numRuns: 60 },
    );
  });

  it('holds exactly the selection, and the relations and chapters within it (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        storyArb({ rich: true }).chain((story) => fc.tuple(fc.constant(story), fc.subarray([...story.events], { minLength: 1 }))),
        async ([story, chosen]) => {
          const back = await reimport('story', story, chosen);
          const ids = new Set(chosen.map((e) => e.id));
          expect(back.events.map((e) => e.id)).toEqual(chosen.map((e) => e.id));
          expect(back.relations).toEqual(story.relations.filter((r) => ids.has(r.from) && ids.has(r.to)));
          expect(back.chapters.flatMap((c) => c.events).every((id) => ids.has(id))).toBe(true);
          expect(back.categories.map((c) => c.id)).toEqual(story.categories.filter((c) => chosen.some((e) => e.category === c.id)).map((c) => c.id));
        },
      ),
      { numRuns: 40 },
    );
  });
});
