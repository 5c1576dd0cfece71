import type { Story, StoryEvent } from '../../story/model';
import type { ChapterFile, PlaceFile, StoryEventFile, StoryFile } from '../../story/schema';

/** An event as the story JSON writes it: empty optional fields left out. */
export function eventFile(e: StoryEvent): StoryEventFile {
  const place: PlaceFile | null = e.place && {
    name: e.place.name,
    lon: e.place.lon,
    lat: e.place.lat,
    precision: e.place.precision,
    ...(e.place.country && { country: e.place.country }),
    ...(e.place.byName && { byName: true as const }),
  };
  return {
    id: e.id,
    title: e.title,
    date: e.date,
    category: e.category,
    ...(place && { place }),
    ...(e.summary !== null && { summary: e.summary }),
    ...(e.passage !== null && { passage: e.passage }),
    ...(e.verification !== null && { verification: e.verification }),
    ...(e.verificationNote !== null && { verificationNote: e.verificationNote }),
    ...(e.corrections.length > 0 && { corrections: [...e.corrections] }),
    ...(e.sources.length > 0 && { sources: [...e.sources] }),
    ...(e.actors.length > 0 && { actors: [...e.actors] }),
  };
}

/**
 * The story JSON of a selection: the story's own fields, the chosen events, the categories they
 * use (in the story's order), the relations between two of them and the chapters cut down to them.
 * For every event it is the story itself, which the import reads back unchanged.
 */
export function selectionFile(story: Story, events: readonly StoryEvent[]): StoryFile {
  const ids = new Set(events.map((e) => e.id));
  const used = new Set(events.map((e) => e.category));
  const chapters: ChapterFile[] = story.chapters.flatMap((c) => {
    const kept = c.events.filter((id) => ids.has(id));
    return kept.length ? [{ id: c.id, title: c.title, text: c.text, events: kept, view: c.view, window: c.window.edtf }] : [];
  });
  return {
    id: story.id,
    title: story.title,
    // Empty rather than left out: the import would otherwise write its own ("Imported from …").
    standfirst: story.standfirst ?? '',
    ...(story.article && { article: story.article }),
    credits: story.credits ?? '',
    ...(story.updated !== null && { updated: story.updated }),
    home: story.home,
    ...(story.translations && { translations: story.translations }),
    categories: story.categories.filter((c) => used.has(c.id)),
    events: events.map(eventFile),
    relations: story.relations.filter((r) => ids.has(r.from) && ids.has(r.to)),
    chapters,
  };
}
