import { readFileSync } from 'node:fs';
import { isPlaced, type PlacedEvent, type Story, type StoryEvent } from '../../src/story/model';
import { loadStory } from '../../src/story/load';
import { describeProblem } from '../../src/story/describe';
import type { PlaceFile, StoryEventFile, StoryFile } from '../../src/story/schema';

/** What a test says about an event; everything else gets a valid placeholder. */
export interface EventSpec {
  readonly id: string;
  readonly date: string;
  readonly category?: string;
  /** null: not on the map. */
  readonly place?: Partial<PlaceFile> | null;
}

export interface StorySpec {
  readonly categories?: readonly string[];
  readonly relations?: StoryFile['relations'];
}

export const CATEGORIES = ['cyber', 'raid', 'report'] as const;

const AMSTERDAM = { name: 'Amsterdam', lon: 4.9041, lat: 52.3676, precision: 'city', country: 'NL' } as const;

function eventFile({ id, date, category = CATEGORIES[0], place }: EventSpec): StoryEventFile {
  return {
    id,
    title: `Event ${id}`,
    summary: `Summary of ${id}.`,
    category,
    date,
    place: place === null ? null : { ...AMSTERDAM, ...place },
    passage: `Passage about ${id}.`,
    verification: 'verified',
    corrections: [],
    sources: [{ url: 'https://example.org/source', title: 'A source', publisher: 'A publisher' }],
    actors: [],
  };
}

/** A minimal valid story file holding the given events. */
export function storyFile(events: readonly EventSpec[], { categories = CATEGORIES, relations = [] }: StorySpec = {}): StoryFile {
  return {
    id: 'test-story',
    title: 'Test story',
    standfirst: 'A story for tests.',
    article: { title: 'An article', publisher: 'A publisher', date: '2024-05' },
    credits: 'Tests.',
    updated: '2024-06-01',
    categories: categories.map((id) => ({ id, label: `Label ${id}` })),
    events: events.map(eventFile),
    relations,
    chapters: [],
  };
}

function mustLoad(raw: unknown, authored = false): Story {
  const result = loadStory(raw, { authored });
  if (!result.ok || result.problems.length) throw new Error(`fixture story is invalid:\n${result.problems.map((p) => describeProblem(p)).join('\n')}`);
  return result.story;
}

/** A loaded story built from event specs; throws if the fixture itself is invalid. */
export function makeStory(events: readonly EventSpec[], spec: StorySpec = {}): Story {
  return mustLoad(storyFile(events, spec));
}

/** Loaded events, in the story's (date) order. */
export function makeEvents(events: readonly EventSpec[], spec: StorySpec = {}): readonly StoryEvent[] {
  return makeStory(events, spec).events;
}

const repoFile = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The real story file, parsed but not validated. */
export function realStoryJson(): unknown {
  return JSON.parse(repoFile('geodata/stories/china-espionage-nl.json'));
}

export function realStory(): Story {
  return mustLoad(realStoryJson(), true);
}

/** The translated article the story quotes from. */
export function sourceArticle(): string {
  return repoFile('geodata/sources/dutch-intelligence-ccp-spy-activities.txt');
}

/** Looks an event up by id, failing loudly rather than returning undefined. */
export function eventById(story: Story, id: string): StoryEvent {
  const event = story.byId.get(id);
  if (!event) throw new Error(`no event "${id}" in ${story.id}`);
  return event;
}

/** Looks up an event that must have a place. */
export function placedById(story: Story, id: string): PlacedEvent {
  const event = eventById(story, id);
  if (!isPlaced(event)) throw new Error(`event "${id}" has no place`);
  return event;
}

/** UTC milliseconds for "2019-03-12" (midnight) or a full ISO time with its zone. */
export function utc(iso: string): number {
  const t = Date.parse(iso.includes('T') ? iso : `${iso}T00:00:00Z`);
  if (Number.isNaN(t)) throw new Error(`not an ISO time: "${iso}"`);
  return t;
}

/** The last millisecond of a UTC day. */
export const endOfDay = (iso: string): number => utc(iso) + 86_400_000 - 1;
